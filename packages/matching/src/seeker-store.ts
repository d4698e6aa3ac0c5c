// Job-seekers as typed-array columns, one row (slot) per person: what the hard filters and the
// score read for every candidate, without touching an object.
import { withCapacity } from './growable.js';
import { SlotAllocator } from './slot-allocator.js';
import type { SeekerInput } from './types.js';

/** Bits in `flags`; the two eligibility facts are the low bits so `flags & 3` indexes a kind's table. */
export const SEEKER_DOELGROEPREGISTER = 1;
export const SEEKER_BESCHUT = 2;
export const SEEKER_CONSENT = 4;
export const SEEKER_ALIVE = 8;

export class SeekerStore {
  readonly slots = new SlotAllocator();
  /** A copy of each person's input, for explanations and explained exclusions. */
  readonly inputs: (SeekerInput | undefined)[] = [];
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  hours = new Float64Array(0);
  maxKm = new Float64Array(0);
  maxMinutes = new Float64Array(0);
  /** Farthest km reachable within both travel limits (see geo.reachKm). */
  reachKm = new Float64Array(0);
  /** Epoch ms of the last availability confirmation; NaN when never. */
  availableAt = new Float64Array(0);
  /** Epoch ms from which consent no longer holds; Infinity when it does not expire. */
  consentUntil = new Float64Array(0);
  /** Perspective points in score units; it depends on the person only. */
  perspectiveUnits = new Int32Array(0);
  /** Bit i set when WORK_SECTORS[i] is preferred; 0 is no preference. */
  sectorMask = new Int32Array(0);
  region = new Int32Array(0);
  flags = new Uint8Array(0);
  /** Index in TRANSPORT_MODES. */
  transport = new Uint8Array(0);
  /** The person's competence ids, in input order (to undo them on an update). */
  readonly competenceIds: Int32Array[] = [];
  /**
   * Dense level matrix: the level of competence c for slot s is levels[s × stride + c], 0 when
   * absent. The stride stays at least the number of known competences (see ensureStride).
   */
  levels = new Uint8Array(0);
  stride = 0;

  ensureCapacity(slots: number): void {
    this.lat = withCapacity(this.lat, slots);
    this.lon = withCapacity(this.lon, slots);
    this.hours = withCapacity(this.hours, slots);
    this.maxKm = withCapacity(this.maxKm, slots);
    this.maxMinutes = withCapacity(this.maxMinutes, slots);
    this.reachKm = withCapacity(this.reachKm, slots);
    this.availableAt = withCapacity(this.availableAt, slots);
    this.consentUntil = withCapacity(this.consentUntil, slots);
    this.perspectiveUnits = withCapacity(this.perspectiveUnits, slots);
    this.sectorMask = withCapacity(this.sectorMask, slots);
    this.region = withCapacity(this.region, slots);
    this.flags = withCapacity(this.flags, slots);
    this.transport = withCapacity(this.transport, slots);
    if (this.levels.length < this.transport.length * this.stride) {
      const grown = new Uint8Array(this.transport.length * this.stride);
      grown.set(this.levels);
      this.levels = grown;
    }
  }

  /** Widens the level matrix's rows so competence ids below `competences` fit. */
  ensureStride(competences: number): void {
    if (competences <= this.stride) return;
    let stride = Math.max(64, this.stride * 2);
    while (stride < competences) stride *= 2;
    const rows = this.transport.length;
    const levels = new Uint8Array(rows * stride);
    for (let slot = 0; slot < rows; slot++) {
      levels.set(this.levels.subarray(slot * this.stride, (slot + 1) * this.stride), slot * stride);
    }
    this.levels = levels;
    this.stride = stride;
  }
}
