// References and generators for tests and the benchmark: not for production use.
export { denseOptimalUnits } from './dense-assignment.js';
export {
  naiveTopSeekersForVacancy,
  naiveTopVacanciesForSeeker,
  type NaiveRanked,
} from './naive-matcher.js';
export { mulberry32, pick, randomInt, sample, type Random } from './random.js';
export {
  discLocations,
  generateSyntheticData,
  type Location,
  type SyntheticData,
  type SyntheticOptions,
} from './synthetic.js';
