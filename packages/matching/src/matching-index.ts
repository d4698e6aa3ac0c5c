// The engine's state for one or more regions: job-seekers and vacancies in typed-array columns, an
// inverted index per competence and spatial grids. Upserts and removals change it in place; the API
// calls them when a profile or a vacancy changes, and never needs a rebuild.
import {
  checkVacancyKindEligibility,
  TRANSPORT_MODES,
  VACANCY_KINDS,
  WORK_SECTORS,
} from '@werkbrug/domain-rules';
import {
  resolveMatchingConfig,
  type MatchingConfig,
  type MatchingConfigOverrides,
  type TravelModel,
} from './config.js';
import { BITSET_FLAGS, CompetenceBitsets } from './competence-bitsets.js';
import { Dictionary } from './dictionary.js';
import { MatchingError } from './errors.js';
import { exclusionReasons, lowestAcceptedLevel } from './filters.js';
import { explainMatch } from './explain.js';
import { reachKm } from './geo.js';
import {
  topSeekerScoresForVacancy,
  topSeekersForVacancy,
  topVacanciesForSeeker,
  topVacancyScoresForSeeker,
} from './queries.js';
import { competenceCredit, factorUnits, perspectiveFit } from './score.js';
import {
  SEEKER_ALIVE,
  SEEKER_BESCHUT,
  SEEKER_CONSENT,
  SEEKER_DOELGROEPREGISTER,
  SeekerStore,
} from './seeker-store.js';
import { SpatialGrid, type GridCell } from './spatial-grid.js';
import type {
  ExclusionReason,
  RankedSeeker,
  RankedVacancy,
  MatchExplanation,
  SeekerInput,
  SeekerQueryFilters,
  SeekerSuggestion,
  VacancyInput,
  VacancyQueryFilters,
  VacancySuggestion,
} from './types.js';
import { validateSeekerInput, validateVacancyInput } from './validate.js';
import { VacancyStore, type AskedCompetences } from './vacancy-store.js';

const EMPTY_IDS = new Int32Array(0);

const sectorBit = (sector: string): number =>
  1 << WORK_SECTORS.indexOf(sector as (typeof WORK_SECTORS)[number]);

function copySeeker(seeker: SeekerInput): SeekerInput {
  return {
    ...seeker,
    competences: seeker.competences.map((competence) => ({ ...competence })),
    sectorPreferences: [...seeker.sectorPreferences],
    availabilityConfirmedAt:
      seeker.availabilityConfirmedAt === null
        ? null
        : new Date(seeker.availabilityConfirmedAt.getTime()),
    consentExpiresAt: seeker.consentExpiresAt ? new Date(seeker.consentExpiresAt.getTime()) : null,
  };
}

function copyVacancy(vacancy: VacancyInput): VacancyInput {
  return {
    ...vacancy,
    competences: vacancy.competences.map((competence) => ({ ...competence })),
    trainableCompetences: [...(vacancy.trainableCompetences ?? [])],
  };
}

export class MatchingIndex {
  readonly config: MatchingConfig;
  /** The columns below are the engine's internals, read by the query and assignment modules. */
  readonly seekers = new SeekerStore();
  readonly vacancies = new VacancyStore();
  readonly competences = new Dictionary();
  readonly regions = new Dictionary();
  readonly competenceBitsets = new CompetenceBitsets();
  readonly seekerGrid: SpatialGrid;
  readonly vacancyGrid: SpatialGrid;
  /** The config's travel models by TRANSPORT_MODES index. */
  readonly travelModels: readonly TravelModel[];
  /** Reused by every query (queries run synchronously). */
  readonly scratchCells: GridCell[] = [];

  constructor(config: MatchingConfigOverrides = {}) {
    this.config = resolveMatchingConfig(config);
    this.seekerGrid = new SpatialGrid(this.config.gridCellKm);
    this.vacancyGrid = new SpatialGrid(this.config.gridCellKm);
    this.travelModels = TRANSPORT_MODES.map((mode) => this.config.travel[mode]);
  }

  static build(
    seekers: Iterable<SeekerInput>,
    vacancies: Iterable<VacancyInput>,
    config: MatchingConfigOverrides = {},
  ): MatchingIndex {
    const index = new MatchingIndex(config);
    for (const seeker of seekers) index.upsertSeeker(seeker);
    for (const vacancy of vacancies) index.upsertVacancy(vacancy);
    return index;
  }

  get seekerCount(): number {
    return this.seekers.slots.count;
  }

  get vacancyCount(): number {
    return this.vacancies.slots.count;
  }

  hasSeeker(id: string): boolean {
    return this.seekers.slots.slotOf(id) >= 0;
  }

  hasVacancy(id: string): boolean {
    return this.vacancies.slots.slotOf(id) >= 0;
  }

  /** Adds a job-seeker or replaces their profile. */
  upsertSeeker(input: SeekerInput): void {
    validateSeekerInput(input);
    const seeker = copySeeker(input);
    const store = this.seekers;
    const { slot, isNew } = store.slots.acquire(seeker.id);
    if (!isNew) this.unindexSeeker(slot);
    store.ensureCapacity(slot + 1);
    const transport = TRANSPORT_MODES.indexOf(seeker.transport);
    const reach = reachKm(
      seeker.maxTravelKm,
      seeker.maxTravelMinutes,
      this.travelModels[transport],
    );
    store.inputs[slot] = seeker;
    store.lat[slot] = seeker.lat;
    store.lon[slot] = seeker.lon;
    store.hours[slot] = seeker.hoursAvailable;
    store.maxKm[slot] = seeker.maxTravelKm;
    store.maxMinutes[slot] = seeker.maxTravelMinutes;
    store.reachKm[slot] = reach;
    store.availableAt[slot] = seeker.availabilityConfirmedAt?.getTime() ?? NaN;
    store.consentUntil[slot] = seeker.consentExpiresAt?.getTime() ?? Infinity;
    store.perspectiveUnits[slot] = factorUnits(
      this.config.weights.perspective,
      perspectiveFit(seeker.clientProfile, seeker.perspectiveGroup, this.config),
    );
    store.sectorMask[slot] = seeker.sectorPreferences.reduce(
      (mask, sector) => mask | sectorBit(sector),
      0,
    );
    store.region[slot] = this.regions.intern(seeker.regionCode);
    store.flags[slot] =
      SEEKER_ALIVE |
      (seeker.doelgroepregister ? SEEKER_DOELGROEPREGISTER : 0) |
      (seeker.indicatieBeschutWerk ? SEEKER_BESCHUT : 0) |
      (seeker.consentToMatch ? SEEKER_CONSENT : 0);
    store.transport[slot] = transport;
    const ids = Int32Array.from(seeker.competences, (competence) =>
      this.internCompetence(competence.code),
    );
    this.competenceBitsets.ensureSlots(slot + 1);
    const row = slot * store.stride;
    seeker.competences.forEach((competence, i) => {
      store.levels[row + ids[i]] = competence.level;
      this.competenceBitsets.add(ids[i], slot, competence.level);
    });
    store.competenceIds[slot] = ids;
    this.competenceBitsets.setFlag('CONSENT', slot, seeker.consentToMatch);
    this.competenceBitsets.setFlag('DOELGROEPREGISTER', slot, seeker.doelgroepregister);
    this.competenceBitsets.setFlag('BESCHUT', slot, seeker.indicatieBeschutWerk);
    this.seekerGrid.insert(slot, seeker.lat, seeker.lon, reach);
  }

  /** Returns false when the id is unknown. */
  removeSeeker(id: string): boolean {
    const store = this.seekers;
    const slot = store.slots.slotOf(id);
    if (slot < 0) return false;
    this.unindexSeeker(slot);
    store.slots.release(id);
    store.flags[slot] = 0;
    store.inputs[slot] = undefined;
    store.competenceIds[slot] = EMPTY_IDS;
    return true;
  }

  private unindexSeeker(slot: number): void {
    const store = this.seekers;
    for (const competenceId of store.competenceIds[slot]) {
      store.levels[slot * store.stride + competenceId] = 0;
      this.competenceBitsets.remove(competenceId, slot);
    }
    for (const flag of BITSET_FLAGS) this.competenceBitsets.setFlag(flag, slot, false);
    this.seekerGrid.remove(slot);
  }

  /** The competence's id; keeps the level matrix wide enough for every known competence. */
  private internCompetence(code: string): number {
    const id = this.competences.intern(code);
    this.seekers.ensureStride(this.competences.size);
    return id;
  }

  /** Adds a vacancy or replaces it. */
  upsertVacancy(input: VacancyInput): void {
    validateVacancyInput(input);
    const vacancy = copyVacancy(input);
    const store = this.vacancies;
    const { slot, isNew } = store.slots.acquire(vacancy.id);
    if (!isNew) this.vacancyGrid.remove(slot);
    store.ensureCapacity(slot + 1);
    store.inputs[slot] = vacancy;
    store.asked[slot] = this.askedCompetences(vacancy);
    store.lat[slot] = vacancy.lat;
    store.lon[slot] = vacancy.lon;
    store.hoursMin[slot] = vacancy.hoursMin;
    store.hoursMax[slot] = vacancy.hoursMax;
    store.openings[slot] = vacancy.openings;
    store.region[slot] = this.regions.intern(vacancy.regionCode);
    store.kind[slot] = VACANCY_KINDS.indexOf(vacancy.kind);
    store.sectorBit[slot] = vacancy.sector === null ? 0 : sectorBit(vacancy.sector);
    let eligibility = 0;
    for (let flags = 0; flags < 4; flags++) {
      const facts = {
        inDoelgroepregister: (flags & SEEKER_DOELGROEPREGISTER) !== 0,
        hasIndicatieBeschutWerk: (flags & SEEKER_BESCHUT) !== 0,
      };
      if (checkVacancyKindEligibility(vacancy.kind, facts).eligible) eligibility |= 1 << flags;
    }
    store.eligibility[slot] = eligibility;
    this.vacancyGrid.insert(slot, vacancy.lat, vacancy.lon, Infinity);
  }

  /** Returns false when the id is unknown. */
  removeVacancy(id: string): boolean {
    const store = this.vacancies;
    const slot = store.slots.slotOf(id);
    if (slot < 0) return false;
    this.vacancyGrid.remove(slot);
    store.slots.release(id);
    store.openings[slot] = 0;
    store.inputs[slot] = undefined;
    store.asked[slot] = undefined;
    return true;
  }

  private askedCompetences(vacancy: VacancyInput): AskedCompetences {
    const count = vacancy.competences.length;
    const asked = {
      ids: new Int32Array(count),
      minLevels: new Uint8Array(count),
      lowestAccepted: new Uint8Array(count),
      credit: new Float64Array(count),
      creditAsked: 0,
      required: new Int32Array(
        vacancy.competences.filter((c) => c.requirement === 'REQUIRED').length,
      ),
    };
    let required = 0;
    vacancy.competences.forEach((competence, i) => {
      asked.ids[i] = this.internCompetence(competence.code);
      asked.minLevels[i] = competence.minLevel;
      asked.credit[i] = competenceCredit(competence.weight, competence.requirement, this.config);
      asked.creditAsked += asked.credit[i];
      if (competence.requirement === 'REQUIRED') {
        asked.lowestAccepted[i] = lowestAcceptedLevel(
          competence.minLevel,
          this.config.requiredLevelTolerance,
        );
        asked.required[required++] = i;
      }
    });
    return asked;
  }

  /** The slot of a known job-seeker; throws UNKNOWN_SEEKER otherwise. */
  seekerSlot(id: string): number {
    const slot = this.seekers.slots.slotOf(id);
    if (slot < 0) throw new MatchingError('UNKNOWN_SEEKER', `Unknown job-seeker '${id}'`);
    return slot;
  }

  /** The slot of a known vacancy; throws UNKNOWN_VACANCY otherwise. */
  vacancySlot(id: string): number {
    const slot = this.vacancies.slots.slotOf(id);
    if (slot < 0) throw new MatchingError('UNKNOWN_VACANCY', `Unknown vacancy '${id}'`);
    return slot;
  }

  seeker(id: string): SeekerInput {
    return this.seekers.inputs[this.seekerSlot(id)] as SeekerInput;
  }

  vacancy(id: string): VacancyInput {
    return this.vacancies.inputs[this.vacancySlot(id)] as VacancyInput;
  }

  /** Ids of the vacancies in a region, sorted. */
  vacancyIdsInRegion(regionCode: string): string[] {
    const region = this.regions.idOf(regionCode);
    const ids: string[] = [];
    for (const slot of this.vacancies.slots.slots()) {
      if (this.vacancies.region[slot] === region) ids.push(this.vacancies.slots.ids[slot]);
    }
    return ids.sort();
  }

  /** The best k job-seekers for a vacancy, best first, ties by id; across regions unless filtered. */
  topSeekersForVacancy(
    vacancyId: string,
    k: number,
    filters: SeekerQueryFilters = {},
  ): SeekerSuggestion[] {
    return topSeekersForVacancy(this, vacancyId, k, filters);
  }

  /** The best k vacancies for a job-seeker, best first, ties by id; across regions unless filtered. */
  topVacanciesForSeeker(
    seekerId: string,
    k: number,
    filters: VacancyQueryFilters = {},
  ): VacancySuggestion[] {
    return topVacanciesForSeeker(this, seekerId, k, filters);
  }

  /** topSeekersForVacancy without explanations: for bulk work such as a regional re-match. */
  topSeekerScoresForVacancy(
    vacancyId: string,
    k: number,
    filters: SeekerQueryFilters = {},
  ): RankedSeeker[] {
    return topSeekerScoresForVacancy(this, vacancyId, k, filters);
  }

  /** topVacanciesForSeeker without explanations. */
  topVacancyScoresForSeeker(
    seekerId: string,
    k: number,
    filters: VacancyQueryFilters = {},
  ): RankedVacancy[] {
    return topVacancyScoresForSeeker(this, seekerId, k, filters);
  }

  /** Every hard filter that keeps this pair apart; empty when it may be suggested. */
  explainExclusion(seekerId: string, vacancyId: string): ExclusionReason[] {
    return exclusionReasons(
      this.seeker(seekerId),
      this.vacancy(vacancyId),
      this.config,
      this.config.now().getTime(),
    );
  }

  /** The score and explanation of any pair, with the hard filters it fails (if any). */
  explainPair(
    seekerId: string,
    vacancyId: string,
  ): { exclusions: ExclusionReason[]; explanation: MatchExplanation } {
    const seeker = this.seekerSlot(seekerId);
    const vacancy = this.vacancySlot(vacancyId);
    return {
      exclusions: this.explainExclusion(seekerId, vacancyId),
      explanation: this.explainSlots(seeker, vacancy),
    };
  }

  /** explainMatch for two slots, with the person's levels read from the level matrix. */
  explainSlots(seeker: number, vacancy: number): MatchExplanation {
    const asked = this.vacancies.asked[vacancy] as AskedCompetences;
    const row = seeker * this.seekers.stride;
    const levels = this.seekers.levels;
    return explainMatch(
      this.seekers.inputs[seeker] as SeekerInput,
      this.vacancies.inputs[vacancy] as VacancyInput,
      this.config,
      asked.ids.map((id) => levels[row + id]),
    );
  }
}
