// Buffers a query borrows and leaves zeroed, so ranking allocates (almost) nothing per candidate.
// Queries run synchronously, so one set per index suffices.
import { withCapacity } from './growable.js';
import type { GridCell } from './spatial-grid.js';

export class QueryScratch {
  /** By competence id: 1 + its position in the probed vacancy's asked list, 0 when not asked. */
  askedPosition = new Int32Array(0);
  /** By asked position: the candidate's level (0 = absent). */
  askedLevels = new Uint8Array(0);
  /** By competence id: the probed job-seeker's level (0 = absent). */
  seekerLevels = new Uint8Array(0);
  /** By seeker slot: how many REQUIRED competences the candidate passes. */
  requiredHits = new Uint8Array(0);
  touched = new Int32Array(0);
  readonly cells: GridCell[] = [];

  reserve(competences: number, askedCount: number, seekerSlots: number): void {
    this.askedPosition = withCapacity(this.askedPosition, competences);
    this.seekerLevels = withCapacity(this.seekerLevels, competences);
    this.askedLevels = withCapacity(this.askedLevels, askedCount);
    this.requiredHits = withCapacity(this.requiredHits, seekerSlots);
    this.touched = withCapacity(this.touched, seekerSlots);
  }
}
