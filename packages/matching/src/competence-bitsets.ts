// The inverted index: per competence and per level 1-5, a bitset over seeker slots with bit s set
// when person s has the competence at that level or higher. Finding everyone who passes a
// vacancy's REQUIRED competences is then an AND of a few bitsets, 32 people per operation.
// (Posting lists of slots and levels were measured first: walking them cost more than scoring.)
// Three more bitsets hold the flags a vacancy kind or the consent rule can demand.

const LEVELS = 5;

/** The seeker flags with a bitset of their own. */
export const BITSET_FLAGS = ['CONSENT', 'DOELGROEPREGISTER', 'BESCHUT'] as const;
export type BitsetFlag = (typeof BITSET_FLAGS)[number];

export class CompetenceBitsets {
  /** thresholds[competenceId][level - 1], allocated when the competence is first seen. */
  private readonly thresholds: Uint32Array[][] = [];
  /** One bitset per BITSET_FLAGS entry, in that order. */
  private readonly flags: Uint32Array[] = BITSET_FLAGS.map(() => new Uint32Array(0));
  private words = 0;

  /** Number of 32-bit words per bitset; covers every slot below words × 32. */
  get wordCount(): number {
    return this.words;
  }

  ensureSlots(slots: number): void {
    const needed = Math.ceil(slots / 32);
    if (needed <= this.words) return;
    let words = Math.max(8, this.words * 2);
    while (words < needed) words *= 2;
    const grow = (sets: Uint32Array[]): void => {
      sets.forEach((set, i) => {
        sets[i] = new Uint32Array(words);
        sets[i].set(set);
      });
    };
    for (const sets of this.thresholds) if (sets !== undefined) grow(sets);
    grow(this.flags);
    this.words = words;
  }

  /** The people with this flag set. */
  withFlag(flag: BitsetFlag): Uint32Array {
    return this.flags[BITSET_FLAGS.indexOf(flag)];
  }

  setFlag(flag: BitsetFlag, slot: number, on: boolean): void {
    const set = this.withFlag(flag);
    if (on) set[slot >>> 5] |= 1 << (slot & 31);
    else set[slot >>> 5] &= ~(1 << (slot & 31));
  }

  /** The bitset of people with the competence at `level` or higher; undefined when no one ever had it. */
  atLeast(competenceId: number, level: number): Uint32Array | undefined {
    return this.thresholds[competenceId]?.[level - 1];
  }

  add(competenceId: number, slot: number, level: number): void {
    let sets = this.thresholds[competenceId];
    if (sets === undefined) {
      sets = Array.from({ length: LEVELS }, () => new Uint32Array(this.words));
      this.thresholds[competenceId] = sets;
    }
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    for (let t = 0; t < level; t++) sets[t][word] |= bit;
  }

  remove(competenceId: number, slot: number): void {
    const sets = this.thresholds[competenceId];
    if (sets === undefined) return;
    const word = slot >>> 5;
    const mask = ~(1 << (slot & 31));
    for (let t = 0; t < LEVELS; t++) sets[t][word] &= mask;
  }
}
