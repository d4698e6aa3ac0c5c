// The straightforward way: loop over plain objects, check every rule, score everyone, sort. It
// shares the rules (filters.ts, score.ts via explainMatch) but none of the index's machinery, so
// tests and the benchmark can hold the engine's rankings to it.
import type { MatchingConfig } from '../config.js';
import { explainMatch } from '../explain.js';
import { exclusionReasons } from '../filters.js';
import { haversineKm } from '../geo.js';
import type {
  SeekerInput,
  SeekerQueryFilters,
  VacancyInput,
  VacancyQueryFilters,
} from '../types.js';

export interface NaiveRanked {
  id: string;
  score: number;
}

const byScoreThenId = (a: NaiveRanked, b: NaiveRanked): number =>
  b.score - a.score || (a.id < b.id ? -1 : 1);

export function naiveTopSeekersForVacancy(
  seekers: readonly SeekerInput[],
  vacancy: VacancyInput,
  k: number,
  config: MatchingConfig,
  filters: SeekerQueryFilters = {},
): NaiveRanked[] {
  const nowMs = config.now().getTime();
  const ranked: NaiveRanked[] = [];
  for (const seeker of seekers) {
    if (filters.regionCodes !== undefined && !filters.regionCodes.includes(seeker.regionCode))
      continue;
    if (filters.doelgroepregisterOnly && !seeker.doelgroepregister) continue;
    if (filters.excludeSeekerIds?.includes(seeker.id)) continue;
    if (exclusionReasons(seeker, vacancy, config, nowMs).length > 0) continue;
    const km = haversineKm(vacancy.lat, vacancy.lon, seeker.lat, seeker.lon);
    if (filters.maxDistanceKm !== undefined && km > filters.maxDistanceKm) continue;
    const { score } = explainMatch(seeker, vacancy, config);
    if (filters.minScore !== undefined && score < filters.minScore) continue;
    ranked.push({ id: seeker.id, score });
  }
  return ranked.sort(byScoreThenId).slice(0, k);
}

export function naiveTopVacanciesForSeeker(
  vacancies: readonly VacancyInput[],
  seeker: SeekerInput,
  k: number,
  config: MatchingConfig,
  filters: VacancyQueryFilters = {},
): NaiveRanked[] {
  const nowMs = config.now().getTime();
  const ranked: NaiveRanked[] = [];
  for (const vacancy of vacancies) {
    if (filters.regionCodes !== undefined && !filters.regionCodes.includes(vacancy.regionCode))
      continue;
    if (filters.kinds !== undefined && !filters.kinds.includes(vacancy.kind)) continue;
    if (filters.excludeVacancyIds?.includes(vacancy.id)) continue;
    if (exclusionReasons(seeker, vacancy, config, nowMs).length > 0) continue;
    const km = haversineKm(vacancy.lat, vacancy.lon, seeker.lat, seeker.lon);
    if (filters.maxDistanceKm !== undefined && km > filters.maxDistanceKm) continue;
    const { score } = explainMatch(seeker, vacancy, config);
    if (filters.minScore !== undefined && score < filters.minScore) continue;
    ranked.push({ id: vacancy.id, score });
  }
  return ranked.sort(byScoreThenId).slice(0, k);
}
