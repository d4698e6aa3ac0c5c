// Vacancies as typed-array columns, one row (slot) per vacancy, plus what each asks in a form the
// score loop reads directly.
import { withCapacity } from './growable.js';
import { SlotAllocator } from './slot-allocator.js';
import type { VacancyInput } from './types.js';

/** What a vacancy asks, precomputed from its competences and the config. */
export interface AskedCompetences {
  readonly ids: Int32Array;
  readonly minLevels: Uint8Array;
  /** Lowest passing level for a REQUIRED competence; 0 for a WISHED one. */
  readonly lowestAccepted: Uint8Array;
  /** weight × requirement factor. */
  readonly credit: Float64Array;
  /** Sum of `credit`, added in input order. */
  readonly creditAsked: number;
  /** Positions (in the arrays above) of the REQUIRED competences. */
  readonly required: Int32Array;
}

export class VacancyStore {
  readonly slots = new SlotAllocator();
  readonly inputs: (VacancyInput | undefined)[] = [];
  readonly asked: (AskedCompetences | undefined)[] = [];
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  hoursMin = new Float64Array(0);
  hoursMax = new Float64Array(0);
  openings = new Int32Array(0);
  region = new Int32Array(0);
  /** Index in VACANCY_KINDS. */
  kind = new Uint8Array(0);
  /** Bit of the vacancy's sector (as in SeekerStore.sectorMask); 0 when it has none. */
  sectorBit = new Int32Array(0);
  /** Bit f set when a person with eligibility flags f (SeekerStore flags & 3) may take this kind. */
  eligibility = new Uint8Array(0);

  ensureCapacity(slots: number): void {
    this.lat = withCapacity(this.lat, slots);
    this.lon = withCapacity(this.lon, slots);
    this.hoursMin = withCapacity(this.hoursMin, slots);
    this.hoursMax = withCapacity(this.hoursMax, slots);
    this.openings = withCapacity(this.openings, slots);
    this.region = withCapacity(this.region, slots);
    this.kind = withCapacity(this.kind, slots);
    this.sectorBit = withCapacity(this.sectorBit, slots);
    this.eligibility = withCapacity(this.eligibility, slots);
  }
}
