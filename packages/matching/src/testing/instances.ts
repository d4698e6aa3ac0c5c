// Small generated instances for property tests: two neighbouring regions whose people overlap in
// reach, few competences so that REQUIRED ones often pass, and every kind of vacancy.
import {
  discLocations,
  generateSyntheticData,
  type SyntheticData,
} from '../reference/synthetic.js';
import { mulberry32 } from '../reference/random.js';
import { NOW } from './factories.js';

export const COMPETENCE_CODES = Array.from(
  { length: 24 },
  (_, i) => `C${String(i).padStart(2, '0')}`,
);

export function smallInstance(
  seed: number,
  size: { seekers: number; vacancies: number } = { seekers: 240, vacancies: 40 },
): SyntheticData {
  const random = mulberry32(seed ^ 0x5eed);
  const locations = [
    ...discLocations(random, 'AM12', { lat: 52.23, lon: 5.17 }, 12, 25),
    ...discLocations(random, 'AM14', { lat: 52.16, lon: 5.39 }, 12, 25),
  ];
  return generateSyntheticData({
    seed,
    ...size,
    competenceCodes: COMPETENCE_CODES,
    locations,
    now: NOW,
    seekerCompetences: [4, 16],
    vacancyCompetences: [0, 8],
    requiredCompetences: [0, 2],
  });
}
