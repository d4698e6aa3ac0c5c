// The ranked queries with explanations: rank on the typed arrays, then explain only the k kept.
import { MatchingError } from './errors.js';
import type { MatchingIndex } from './matching-index.js';
import { rankSeekersForVacancy, rankVacanciesForSeeker } from './rank.js';
import { unitsToPoints } from './score.js';
import type {
  RankedSeeker,
  RankedVacancy,
  SeekerQueryFilters,
  SeekerSuggestion,
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
    throw new MatchingError(
      'INVALID_QUERY',
      `maxDistanceKm must be >= 0, got ${filters.maxDistanceKm}`,
    );
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
  return rankSeekersForVacancy(index, slot, k, filters)
    .sorted()
    .map(({ slot: seeker, units }) => ({
      seekerId: index.seekers.slots.ids[seeker],
      score: unitsToPoints(units),
      explanation: index.explainSlots(seeker, slot),
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
  return rankVacanciesForSeeker(index, slot, k, filters)
    .sorted()
    .map(({ slot: vacancy, units }) => ({
      vacancyId: index.vacancies.slots.ids[vacancy],
      score: unitsToPoints(units),
      explanation: index.explainSlots(slot, vacancy),
    }));
}

/** The ranking without explanations, for bulk work such as a full regional re-match. */
export function topSeekerScoresForVacancy(
  index: MatchingIndex,
  vacancyId: string,
  k: number,
  filters: SeekerQueryFilters = {},
): RankedSeeker[] {
  validateK(k);
  validateFilters(filters);
  return rankSeekersForVacancy(index, index.vacancySlot(vacancyId), k, filters)
    .sorted()
    .map(({ slot, units }) => ({
      seekerId: index.seekers.slots.ids[slot],
      score: unitsToPoints(units),
    }));
}

/** The ranking without explanations. */
export function topVacancyScoresForSeeker(
  index: MatchingIndex,
  seekerId: string,
  k: number,
  filters: VacancyQueryFilters = {},
): RankedVacancy[] {
  validateK(k);
  validateFilters(filters);
  return rankVacanciesForSeeker(index, index.seekerSlot(seekerId), k, filters)
    .sorted()
    .map(({ slot, units }) => ({
      vacancyId: index.vacancies.slots.ids[slot],
      score: unitsToPoints(units),
    }));
}
