// The fast path: rank candidates on the typed-array columns. Every rule here calls the same small
// functions as the explained path (filters.ts, score.ts), in the same order, so both give the same
// scores to the unit; the property tests hold them to it.
import { VACANCY_KINDS } from '@werkbrug/domain-rules';
import type { MatchingConfig, TravelModel } from './config.js';
import { hasEnoughHours, isAvailabilityRecent, isWithinLimit } from './filters.js';
import { estimateTravelMinutes, haversineKm } from './geo.js';
import type { MatchingIndex } from './matching-index.js';
import {
  askedCompetenceFit,
  competenceFit,
  distanceFit,
  factorUnits,
  hoursFit,
  sectorFit,
  unitsToPoints,
} from './score.js';
import { SEEKER_ALIVE, SEEKER_CONSENT, SEEKER_DOELGROEPREGISTER, type SeekerStore } from './seeker-store.js';
import { TopK } from './top-k.js';
import type { SeekerQueryFilters, VacancyQueryFilters } from './types.js';
import type { AskedCompetences, VacancyStore } from './vacancy-store.js';

/**
 * Walking a posting list entry is far cheaper than evaluating a candidate; take the inverted index
 * when its lists are shorter than this many times the people in reach.
 */
const POSTING_ROUTE_ADVANTAGE = 4;

function regionMask(index: MatchingIndex, codes: readonly string[] | undefined): Uint8Array | null {
  if (codes === undefined) return null;
  const mask = new Uint8Array(index.regions.size);
  for (const code of codes) {
    const id = index.regions.idOf(code);
    if (id >= 0) mask[id] = 1;
  }
  return mask;
}

/** Sector points by `preferred`: [no preference either side, preferred, not preferred]. */
function sectorUnitsTable(config: MatchingConfig): [number, number, number] {
  const weight = config.weights.sector;
  return [
    factorUnits(weight, sectorFit(null, config)),
    factorUnits(weight, sectorFit(true, config)),
    factorUnits(weight, sectorFit(false, config)),
  ];
}

/** Competence points for a candidate whose levels are in `levels` (by asked position); -1 when a REQUIRED one fails. */
function competenceUnits(asked: AskedCompetences, levels: Uint8Array, config: MatchingConfig): number {
  const count = asked.ids.length;
  const penalty = config.gapPenaltyPerLevel;
  let earned = 0;
  let passes = true;
  for (let j = 0; j < count; j++) {
    const level = levels[j];
    levels[j] = 0;
    if (level < asked.lowestAccepted[j]) passes = false;
    earned += asked.credit[j] * askedCompetenceFit(level, asked.minLevels[j], penalty);
  }
  return passes ? factorUnits(config.weights.competence, competenceFit(earned, asked.creditAsked)) : -1;
}

/** Scores job-seekers for one vacancy. */
class VacancyProbe {
  private readonly seekers: SeekerStore;
  private readonly config: MatchingConfig;
  private readonly models: readonly TravelModel[];
  private readonly asked: AskedCompetences;
  private readonly askedPosition: Int32Array;
  private readonly askedLevels: Uint8Array;
  private readonly lat: number;
  private readonly lon: number;
  private readonly hoursMin: number;
  private readonly hoursMax: number;
  private readonly eligibility: number;
  private readonly sectorBit: number;
  private readonly sectorUnits: [number, number, number];
  private readonly requiredFlags: number;
  private readonly nowMs: number;
  private readonly regions: Uint8Array | null;
  private readonly excluded: Set<number> | null;
  private readonly maxDistanceKm: number;
  private readonly minScore: number;

  constructor(index: MatchingIndex, vacancy: number, filters: SeekerQueryFilters) {
    const vacancies: VacancyStore = index.vacancies;
    this.seekers = index.seekers;
    this.config = index.config;
    this.models = index.travelModels;
    this.asked = vacancies.asked[vacancy] as AskedCompetences;
    this.askedPosition = index.scratch.askedPosition;
    this.askedLevels = index.scratch.askedLevels;
    this.lat = vacancies.lat[vacancy];
    this.lon = vacancies.lon[vacancy];
    this.hoursMin = vacancies.hoursMin[vacancy];
    this.hoursMax = vacancies.hoursMax[vacancy];
    this.eligibility = vacancies.eligibility[vacancy];
    this.sectorBit = vacancies.sectorBit[vacancy];
    this.sectorUnits = sectorUnitsTable(this.config);
    this.requiredFlags = SEEKER_ALIVE | SEEKER_CONSENT | (filters.doelgroepregisterOnly ? SEEKER_DOELGROEPREGISTER : 0);
    this.nowMs = this.config.now().getTime();
    this.regions = regionMask(index, filters.regionCodes);
    this.excluded =
      filters.excludeSeekerIds === undefined
        ? null
        : new Set(filters.excludeSeekerIds.map((id) => this.seekers.slots.slotOf(id)).filter((slot) => slot >= 0));
    this.maxDistanceKm = filters.maxDistanceKm ?? Infinity;
    this.minScore = filters.minScore ?? -Infinity;
    for (let j = 0; j < this.asked.ids.length; j++) this.askedPosition[this.asked.ids[j]] = j + 1;
  }

  /** Leaves the scratch buffers zeroed for the next query. */
  release(): void {
    for (let j = 0; j < this.asked.ids.length; j++) this.askedPosition[this.asked.ids[j]] = 0;
  }

  /** Score units of a candidate, or -1 when a hard filter or a query filter removes them. */
  score(slot: number): number {
    const seekers = this.seekers;
    const flags = seekers.flags[slot];
    if ((flags & this.requiredFlags) !== this.requiredFlags) return -1;
    if (((this.eligibility >> (flags & 3)) & 1) === 0) return -1;
    if (!isAvailabilityRecent(seekers.availableAt[slot], this.nowMs, this.config.availabilityMaxAgeDays)) return -1;
    const hours = seekers.hours[slot];
    if (!hasEnoughHours(hours, this.hoursMin)) return -1;
    if (this.regions !== null && this.regions[seekers.region[slot]] === 0) return -1;
    if (this.excluded !== null && this.excluded.has(slot)) return -1;
    const maxKm = seekers.maxKm[slot];
    const km = haversineKm(this.lat, this.lon, seekers.lat[slot], seekers.lon[slot]);
    if (!isWithinLimit(km, maxKm) || !isWithinLimit(km, this.maxDistanceKm)) return -1;
    const minutes = estimateTravelMinutes(km, this.models[seekers.transport[slot]]);
    if (!isWithinLimit(minutes, seekers.maxMinutes[slot])) return -1;
    const ids = seekers.competenceIds[slot];
    const levels = seekers.competenceLevels[slot];
    for (let t = 0; t < ids.length; t++) {
      const position = this.askedPosition[ids[t]];
      if (position !== 0) this.askedLevels[position - 1] = levels[t];
    }
    const competence = competenceUnits(this.asked, this.askedLevels, this.config);
    if (competence < 0) return -1;
    const mask = seekers.sectorMask[slot];
    const sector = this.sectorUnits[this.sectorBit === 0 || mask === 0 ? 0 : (mask & this.sectorBit) !== 0 ? 1 : 2];
    const weights = this.config.weights;
    const units =
      competence +
      factorUnits(weights.hours, hoursFit(hours, this.hoursMin, this.hoursMax, this.config.hoursFitAtMinimum)) +
      factorUnits(weights.distance, distanceFit(km, maxKm)) +
      sector +
      seekers.perspectiveUnits[slot];
    return unitsToPoints(units) >= this.minScore ? units : -1;
  }
}

/** The k best job-seekers for a vacancy slot (no explanations). */
export function rankSeekersForVacancy(
  index: MatchingIndex,
  vacancy: number,
  k: number,
  filters: SeekerQueryFilters = {},
): TopK {
  const top = new TopK(k, index.seekers.slots.ids);
  const vacancies = index.vacancies;
  if (vacancies.openings[vacancy] <= 0) return top;
  const asked = vacancies.asked[vacancy] as AskedCompetences;
  const scratch = index.scratch;
  scratch.reserve(index.competences.size, asked.ids.length, index.seekers.slots.highWater);
  const probe = new VacancyProbe(index, vacancy, filters);
  try {
    const cells = scratch.cells;
    const inReach = index.seekerGrid.collect(
      vacancies.lat[vacancy],
      vacancies.lon[vacancy],
      filters.maxDistanceKm ?? Infinity,
      cells,
    );
    let postingLength = 0;
    for (const position of asked.required) postingLength += index.postings.lengthOf(asked.ids[position]);
    if (asked.required.length > 0 && postingLength < inReach * POSTING_ROUTE_ADVANTAGE) {
      scanRequiredPostings(index, asked, probe, top);
    } else {
      for (const cell of cells) {
        for (let i = 0; i < cell.length; i++) {
          const slot = cell.slots[i];
          const units = probe.score(slot);
          if (units >= 0) top.offer(units, slot);
        }
      }
    }
  } finally {
    probe.release();
  }
  return top;
}

/** Candidates are the people who pass every REQUIRED competence, found by counting hits in the posting lists. */
function scanRequiredPostings(index: MatchingIndex, asked: AskedCompetences, probe: VacancyProbe, top: TopK): void {
  const hits = index.scratch.requiredHits;
  const touched = index.scratch.touched;
  let touchedCount = 0;
  for (const position of asked.required) {
    const list = index.postings.listOf(asked.ids[position]);
    if (list === undefined) continue;
    const lowest = asked.lowestAccepted[position];
    const slots = list.slots;
    const levels = list.levels;
    for (let e = 0; e < list.length; e++) {
      if (levels[e] < lowest) continue;
      const slot = slots[e];
      if (hits[slot]++ === 0) touched[touchedCount++] = slot;
    }
  }
  const required = asked.required.length;
  for (let t = 0; t < touchedCount; t++) {
    const slot = touched[t];
    const passes = hits[slot] === required;
    hits[slot] = 0;
    if (!passes) continue;
    const units = probe.score(slot);
    if (units >= 0) top.offer(units, slot);
  }
}

/** The k best vacancies for a job-seeker slot (no explanations). */
export function rankVacanciesForSeeker(
  index: MatchingIndex,
  seeker: number,
  k: number,
  filters: VacancyQueryFilters = {},
): TopK {
  const vacancies = index.vacancies;
  const seekers = index.seekers;
  const config = index.config;
  const top = new TopK(k, vacancies.slots.ids);
  const flags = seekers.flags[seeker];
  const nowMs = config.now().getTime();
  if ((flags & (SEEKER_ALIVE | SEEKER_CONSENT)) !== (SEEKER_ALIVE | SEEKER_CONSENT)) return top;
  if (!isAvailabilityRecent(seekers.availableAt[seeker], nowMs, config.availabilityMaxAgeDays)) return top;
  const scratch = index.scratch;
  scratch.reserve(index.competences.size, 0, 0);
  const levelOf = scratch.seekerLevels;
  const ownIds = seekers.competenceIds[seeker];
  const ownLevels = seekers.competenceLevels[seeker];
  for (let t = 0; t < ownIds.length; t++) levelOf[ownIds[t]] = ownLevels[t];
  try {
    const regions = regionMask(index, filters.regionCodes);
    const kinds = filters.kinds === undefined ? null : new Set(filters.kinds.map((kind) => VACANCY_KINDS.indexOf(kind)));
    const excluded =
      filters.excludeVacancyIds === undefined
        ? null
        : new Set(filters.excludeVacancyIds.map((id) => vacancies.slots.slotOf(id)).filter((slot) => slot >= 0));
    const minScore = filters.minScore ?? -Infinity;
    const lat = seekers.lat[seeker];
    const lon = seekers.lon[seeker];
    const hours = seekers.hours[seeker];
    const maxKm = seekers.maxKm[seeker];
    const maxMinutes = seekers.maxMinutes[seeker];
    const model = index.travelModels[seekers.transport[seeker]];
    const mask = seekers.sectorMask[seeker];
    const sectorUnits = sectorUnitsTable(config);
    const weights = config.weights;
    const penalty = config.gapPenaltyPerLevel;
    const fixedUnits = seekers.perspectiveUnits[seeker];
    const maxDistanceKm = filters.maxDistanceKm ?? Infinity;
    const cells = scratch.cells;
    index.vacancyGrid.collect(lat, lon, Math.min(seekers.reachKm[seeker], maxDistanceKm), cells);
    for (const cell of cells) {
      for (let i = 0; i < cell.length; i++) {
        const v = cell.slots[i];
        if (vacancies.openings[v] <= 0) continue;
        if (((vacancies.eligibility[v] >> (flags & 3)) & 1) === 0) continue;
        const hoursMin = vacancies.hoursMin[v];
        if (!hasEnoughHours(hours, hoursMin)) continue;
        if (regions !== null && regions[vacancies.region[v]] === 0) continue;
        if (kinds !== null && !kinds.has(vacancies.kind[v])) continue;
        if (excluded !== null && excluded.has(v)) continue;
        const km = haversineKm(vacancies.lat[v], vacancies.lon[v], lat, lon);
        if (!isWithinLimit(km, maxKm) || !isWithinLimit(km, maxDistanceKm)) continue;
        if (!isWithinLimit(estimateTravelMinutes(km, model), maxMinutes)) continue;
        const asked = vacancies.asked[v] as AskedCompetences;
        let earned = 0;
        let passes = true;
        for (let j = 0; j < asked.ids.length; j++) {
          const level = levelOf[asked.ids[j]];
          if (level < asked.lowestAccepted[j]) {
            passes = false;
            break;
          }
          earned += asked.credit[j] * askedCompetenceFit(level, asked.minLevels[j], penalty);
        }
        if (!passes) continue;
        const sectorBit = vacancies.sectorBit[v];
        const units =
          factorUnits(weights.competence, competenceFit(earned, asked.creditAsked)) +
          factorUnits(weights.hours, hoursFit(hours, hoursMin, vacancies.hoursMax[v], config.hoursFitAtMinimum)) +
          factorUnits(weights.distance, distanceFit(km, maxKm)) +
          sectorUnits[sectorBit === 0 || mask === 0 ? 0 : (mask & sectorBit) !== 0 ? 1 : 2] +
          fixedUnits;
        if (unitsToPoints(units) >= minScore) top.offer(units, v);
      }
    }
  } finally {
    for (let t = 0; t < ownIds.length; t++) levelOf[ownIds[t]] = 0;
  }
  return top;
}
