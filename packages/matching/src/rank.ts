// The fast path: rank candidates on the typed-array columns. Every rule here calls the same small
// functions as the explained path (filters.ts, score.ts), in the same order where it matters for
// the arithmetic, so both give the same scores to the unit; the property tests hold them to it.
import { VACANCY_KINDS } from '@werkbrug/domain-rules';
import type { MatchingConfig, TravelModel } from './config.js';
import {
  hasEnoughHours,
  isAvailabilityRecent,
  isConsentCurrent,
  isWithinLimit,
} from './filters.js';
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
import {
  SEEKER_ALIVE,
  SEEKER_CONSENT,
  SEEKER_DOELGROEPREGISTER,
  type SeekerStore,
} from './seeker-store.js';
import { TopK } from './top-k.js';
import type { SeekerQueryFilters, VacancyQueryFilters } from './types.js';
import type { AskedCompetences } from './vacancy-store.js';

/**
 * ANDing one bitset word covers 32 people and is far cheaper than looking at one person in a grid
 * cell; take the bitsets unless the people in reach are very few.
 */
const BITSET_ROUTE_ADVANTAGE = 4;

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

const sectorChoice = (mask: number, sectorBit: number): number =>
  sectorBit === 0 || mask === 0 ? 0 : (mask & sectorBit) !== 0 ? 1 : 2;

/** True when the person in matrix row `row` passes every REQUIRED competence. */
function passesRequired(asked: AskedCompetences, levels: Uint8Array, row: number): boolean {
  const required = asked.required;
  for (let r = 0; r < required.length; r++) {
    const j = required[r];
    if (levels[row + asked.ids[j]] < asked.lowestAccepted[j]) return false;
  }
  return true;
}

/** Competence points of the person in matrix row `row`, summed in the vacancy's order. */
function competenceUnits(
  asked: AskedCompetences,
  levels: Uint8Array,
  row: number,
  config: MatchingConfig,
): number {
  const penalty = config.gapPenaltyPerLevel;
  let earned = 0;
  for (let j = 0; j < asked.ids.length; j++) {
    earned +=
      asked.credit[j] * askedCompetenceFit(levels[row + asked.ids[j]], asked.minLevels[j], penalty);
  }
  return factorUnits(config.weights.competence, competenceFit(earned, asked.creditAsked));
}

/** Scores job-seekers for one vacancy. */
class VacancyProbe {
  private readonly seekers: SeekerStore;
  private readonly config: MatchingConfig;
  private readonly models: readonly TravelModel[];
  private readonly asked: AskedCompetences;
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
  private readonly maxCompetenceUnits: number;

  constructor(index: MatchingIndex, vacancy: number, filters: SeekerQueryFilters) {
    const vacancies = index.vacancies;
    this.seekers = index.seekers;
    this.config = index.config;
    this.models = index.travelModels;
    this.asked = vacancies.asked[vacancy] as AskedCompetences;
    this.lat = vacancies.lat[vacancy];
    this.lon = vacancies.lon[vacancy];
    this.hoursMin = vacancies.hoursMin[vacancy];
    this.hoursMax = vacancies.hoursMax[vacancy];
    this.eligibility = vacancies.eligibility[vacancy];
    this.sectorBit = vacancies.sectorBit[vacancy];
    this.sectorUnits = sectorUnitsTable(this.config);
    this.requiredFlags =
      SEEKER_ALIVE |
      SEEKER_CONSENT |
      (filters.doelgroepregisterOnly ? SEEKER_DOELGROEPREGISTER : 0);
    this.nowMs = this.config.now().getTime();
    this.regions = regionMask(index, filters.regionCodes);
    this.excluded =
      filters.excludeSeekerIds === undefined
        ? null
        : new Set(
            filters.excludeSeekerIds
              .map((id) => this.seekers.slots.slotOf(id))
              .filter((slot) => slot >= 0),
          );
    this.maxDistanceKm = filters.maxDistanceKm ?? Infinity;
    this.minScore = filters.minScore ?? -Infinity;
    this.maxCompetenceUnits = factorUnits(this.config.weights.competence, 1);
  }

  /**
   * Score units of a candidate, or -1 when a hard filter or a query filter removes them, or when
   * even a perfect competence fit would stay below `floorUnits` (it could not enter the top k).
   */
  score(slot: number, floorUnits: number): number {
    const seekers = this.seekers;
    const flags = seekers.flags[slot];
    if ((flags & this.requiredFlags) !== this.requiredFlags) return -1;
    if (((this.eligibility >> (flags & 3)) & 1) === 0) return -1;
    const levels = seekers.levels;
    const row = slot * seekers.stride;
    if (!passesRequired(this.asked, levels, row)) return -1;
    if (!isConsentCurrent(seekers.consentUntil[slot], this.nowMs)) return -1;
    if (
      !isAvailabilityRecent(
        seekers.availableAt[slot],
        this.nowMs,
        this.config.availabilityMaxAgeDays,
      )
    ) {
      return -1;
    }
    const hours = seekers.hours[slot];
    if (!hasEnoughHours(hours, this.hoursMin)) return -1;
    if (this.regions !== null && this.regions[seekers.region[slot]] === 0) return -1;
    if (this.excluded !== null && this.excluded.has(slot)) return -1;
    const maxKm = seekers.maxKm[slot];
    const km = haversineKm(this.lat, this.lon, seekers.lat[slot], seekers.lon[slot]);
    if (!isWithinLimit(km, maxKm) || !isWithinLimit(km, this.maxDistanceKm)) return -1;
    const minutes = estimateTravelMinutes(km, this.models[seekers.transport[slot]]);
    if (!isWithinLimit(minutes, seekers.maxMinutes[slot])) return -1;
    const weights = this.config.weights;
    const otherUnits =
      factorUnits(
        weights.hours,
        hoursFit(hours, this.hoursMin, this.hoursMax, this.config.hoursFitAtMinimum),
      ) +
      factorUnits(weights.distance, distanceFit(km, maxKm)) +
      this.sectorUnits[sectorChoice(seekers.sectorMask[slot], this.sectorBit)] +
      seekers.perspectiveUnits[slot];
    if (otherUnits + this.maxCompetenceUnits < floorUnits) return -1;
    const units = competenceUnits(this.asked, levels, row, this.config) + otherUnits;
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
  const probe = new VacancyProbe(index, vacancy, filters);
  const cells = index.scratchCells;
  const inReach = index.seekerGrid.collect(
    vacancies.lat[vacancy],
    vacancies.lon[vacancy],
    filters.maxDistanceKm ?? Infinity,
    cells,
  );
  const words = Math.min(
    index.competenceBitsets.wordCount,
    Math.ceil(index.seekers.slots.highWater / 32),
  );
  if (
    asked.required.length > 0 &&
    words * asked.required.length < inReach * BITSET_ROUTE_ADVANTAGE
  ) {
    scanRequiredBitsets(index, vacancy, filters, words, probe, top);
  } else {
    for (const cell of cells) {
      for (let i = 0; i < cell.length; i++) {
        const slot = cell.slots[i];
        const units = probe.score(slot, top.floorUnits);
        if (units >= 0) top.offer(units, slot);
      }
    }
  }
  return top;
}

/**
 * Candidates are the people who consent, have the flags the vacancy kind (or the filter) demands
 * and pass every REQUIRED competence: the AND of those bitsets.
 */
function scanRequiredBitsets(
  index: MatchingIndex,
  vacancy: number,
  filters: SeekerQueryFilters,
  words: number,
  probe: VacancyProbe,
  top: TopK,
): void {
  const bitsets = index.competenceBitsets;
  const asked = index.vacancies.asked[vacancy] as AskedCompetences;
  // Bit f of the kind's table is set when people with eligibility flags f may take it.
  const eligibility = index.vacancies.eligibility[vacancy];
  const sets: Uint32Array[] = [bitsets.withFlag('CONSENT')];
  if ((eligibility & 0b0101) === 0 || filters.doelgroepregisterOnly)
    sets.push(bitsets.withFlag('DOELGROEPREGISTER'));
  if ((eligibility & 0b0011) === 0) sets.push(bitsets.withFlag('BESCHUT'));
  for (const j of asked.required) {
    const set = bitsets.atLeast(asked.ids[j], asked.lowestAccepted[j]);
    if (set === undefined) return;
    sets.push(set);
  }
  const first = sets[0];
  for (let w = 0; w < words; w++) {
    let bits = first[w] | 0;
    for (let s = 1; s < sets.length && bits !== 0; s++) bits &= sets[s][w];
    while (bits !== 0) {
      const lowest = bits & -bits;
      bits ^= lowest;
      const slot = (w << 5) | (31 - Math.clz32(lowest));
      const units = probe.score(slot, top.floorUnits);
      if (units >= 0) top.offer(units, slot);
    }
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
  if (!isAvailabilityRecent(seekers.availableAt[seeker], nowMs, config.availabilityMaxAgeDays))
    return top;
  if (!isConsentCurrent(seekers.consentUntil[seeker], nowMs)) return top;
  const regions = regionMask(index, filters.regionCodes);
  const kinds =
    filters.kinds === undefined
      ? null
      : new Set(filters.kinds.map((kind) => VACANCY_KINDS.indexOf(kind)));
  const excluded =
    filters.excludeVacancyIds === undefined
      ? null
      : new Set(
          filters.excludeVacancyIds
            .map((id) => vacancies.slots.slotOf(id))
            .filter((slot) => slot >= 0),
        );
  const minScore = filters.minScore ?? -Infinity;
  const lat = seekers.lat[seeker];
  const lon = seekers.lon[seeker];
  const hours = seekers.hours[seeker];
  const maxKm = seekers.maxKm[seeker];
  const maxMinutes = seekers.maxMinutes[seeker];
  const model = index.travelModels[seekers.transport[seeker]];
  const mask = seekers.sectorMask[seeker];
  const levels = seekers.levels;
  const row = seeker * seekers.stride;
  const sectorUnits = sectorUnitsTable(config);
  const weights = config.weights;
  const perspective = seekers.perspectiveUnits[seeker];
  const maxCompetenceUnits = factorUnits(weights.competence, 1);
  const maxDistanceKm = filters.maxDistanceKm ?? Infinity;
  const cells = index.scratchCells;
  index.vacancyGrid.collect(lat, lon, Math.min(seekers.reachKm[seeker], maxDistanceKm), cells);
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i++) {
      const v = cell.slots[i];
      if (vacancies.openings[v] <= 0) continue;
      if (((vacancies.eligibility[v] >> (flags & 3)) & 1) === 0) continue;
      const asked = vacancies.asked[v] as AskedCompetences;
      if (!passesRequired(asked, levels, row)) continue;
      const hoursMin = vacancies.hoursMin[v];
      if (!hasEnoughHours(hours, hoursMin)) continue;
      if (regions !== null && regions[vacancies.region[v]] === 0) continue;
      if (kinds !== null && !kinds.has(vacancies.kind[v])) continue;
      if (excluded !== null && excluded.has(v)) continue;
      const km = haversineKm(vacancies.lat[v], vacancies.lon[v], lat, lon);
      if (!isWithinLimit(km, maxKm) || !isWithinLimit(km, maxDistanceKm)) continue;
      if (!isWithinLimit(estimateTravelMinutes(km, model), maxMinutes)) continue;
      const otherUnits =
        factorUnits(
          weights.hours,
          hoursFit(hours, hoursMin, vacancies.hoursMax[v], config.hoursFitAtMinimum),
        ) +
        factorUnits(weights.distance, distanceFit(km, maxKm)) +
        sectorUnits[sectorChoice(mask, vacancies.sectorBit[v])] +
        perspective;
      if (otherUnits + maxCompetenceUnits < top.floorUnits) continue;
      const units = competenceUnits(asked, levels, row, config) + otherUnits;
      if (unitsToPoints(units) >= minScore) top.offer(units, v);
    }
  }
  return top;
}
