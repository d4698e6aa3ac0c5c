// The ranked queries with explanations: rank on the typed arrays, then explain only the k kept.
import { MatchingError } from './errors.js';
import { explainMatch } from './explain.js';
import type { MatchingIndex } from './matching-index.js';
import { rankSeekersForVacancy, rankVacanciesForSeeker } from './rank.js';
import { unitsToPoints } from './score.js';
import type {
  SeekerInput,
  SeekerQueryFilters,
  SeekerSuggestion,
  VacancyInput,
  VacancyQueryFilters,
  VacancySuggestion,
} from './types.js';

export function validateK(k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new MatchingError('INVALID_QUERY', `k must be a whole number >= 1, got ${k}`);
  }
}

function validateFilters(filters: { maxDistanceKm?: number; minScore?: number }): void {
  if (filters.maxDistanceKm !== undefined && !(filters.maxDistanceKm >= 0)) {
    throw new MatchingError('INVALID_QUERY', `maxDistanceKm must be >= 0, got ${filters.maxDistanceKm}`);
  }
  if (filters.minScore !== undefined && !Number.isFinite(filters.minScore)) {
    throw new MatchingError('INVALID_QUERY', `minScore must be a number, got ${filters.minScore}`);
  }
}

export function topSeekersForVacancy(
  index: MatchingIndex,
  vacancyId: string,
  k: number,
  filters: SeekerQueryFilters = {},
): SeekerSuggestion[] {
  validateK(k);
  validateFilters(filters);
  const slot = index.vacancySlot(vacancyId);
  const vacancy = index.vacancies.inputs[slot] as VacancyInput;
  return rankSeekersForVacancy(index, slot, k, filters)
    .sorted()
    .map(({ slot: seeker, units }) => ({
      seekerId: index.seekers.slots.ids[seeker],
      score: unitsToPoints(units),
      explanation: explainMatch(index.seekers.inputs[seeker] as SeekerInput, vacancy, index.config),
    }));
}

export function topVacanciesForSeeker(
  index: MatchingIndex,
  seekerId: string,
  k: number,
  filters: VacancyQueryFilters = {},
): VacancySuggestion[] {
  validateK(k);
  validateFilters(filters);
  const slot = index.seekerSlot(seekerId);
  const seeker = index.seekers.inputs[slot] as SeekerInput;
  return rankVacanciesForSeeker(index, slot, k, filters)
    .sorted()
    .map(({ slot: vacancy, units }) => ({
      vacancyId: index.vacancies.slots.ids[vacancy],
      score: unitsToPoints(units),
      explanation: explainMatch(seeker, index.vacancies.inputs[vacancy] as VacancyInput, index.config),
    }));
}
