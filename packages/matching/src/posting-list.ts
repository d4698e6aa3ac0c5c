// The inverted index: per competence, the seeker slots that have it and at which level. Order inside
// a list carries no meaning, so removal swaps the last entry into the gap: no tombstones to compact.
import { withCapacity } from './growable.js';

export class PostingList {
  slots = new Int32Array(8);
  levels = new Uint8Array(8);
  length = 0;

  add(slot: number, level: number): void {
    this.slots = withCapacity(this.slots, this.length + 1);
    this.levels = withCapacity(this.levels, this.length + 1);
    this.slots[this.length] = slot;
    this.levels[this.length] = level;
    this.length++;
  }

  remove(slot: number): boolean {
    const slots = this.slots;
    for (let at = 0; at < this.length; at++) {
      if (slots[at] !== slot) continue;
      const last = --this.length;
      slots[at] = slots[last];
      this.levels[at] = this.levels[last];
      return true;
    }
    return false;
  }
}

export class InvertedIndex {
  private readonly lists: PostingList[] = [];

  /** The list of a competence id, or undefined when no one ever had it. */
  listOf(competenceId: number): PostingList | undefined {
    return this.lists[competenceId];
  }

  lengthOf(competenceId: number): number {
    return this.lists[competenceId]?.length ?? 0;
  }

  add(competenceId: number, slot: number, level: number): void {
    let list = this.lists[competenceId];
    if (list === undefined) {
      list = new PostingList();
      this.lists[competenceId] = list;
    }
    list.add(slot, level);
  }

  remove(competenceId: number, slot: number): boolean {
    return this.lists[competenceId]?.remove(slot) ?? false;
  }
}
