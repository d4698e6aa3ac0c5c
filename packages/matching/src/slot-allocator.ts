// Maps ids to dense slots (row numbers in the typed-array columns). A removed id's slot goes on a
// free list and the next new id takes it, so the columns never need compacting.

export class SlotAllocator {
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  /** The id in each slot; '' for a free slot. */
  readonly ids: string[] = [];

  get count(): number {
    return this.slotById.size;
  }

  /** Slots ever used: every live slot is below this. */
  get highWater(): number {
    return this.ids.length;
  }

  slotOf(id: string): number {
    return this.slotById.get(id) ?? -1;
  }

  /** The id's slot, taking a free one (or a new one) for a new id. */
  acquire(id: string): { slot: number; isNew: boolean } {
    const existing = this.slotById.get(id);
    if (existing !== undefined) return { slot: existing, isNew: false };
    const slot = this.freeSlots.pop() ?? this.ids.length;
    this.ids[slot] = id;
    this.slotById.set(id, slot);
    return { slot, isNew: true };
  }

  /** Frees the id's slot and returns it, or -1 for an unknown id. */
  release(id: string): number {
    const slot = this.slotById.get(id);
    if (slot === undefined) return -1;
    this.slotById.delete(id);
    this.ids[slot] = '';
    this.freeSlots.push(slot);
    return slot;
  }

  /** Live slots in ascending order. */
  *slots(): IterableIterator<number> {
    for (let slot = 0; slot < this.ids.length; slot++) if (this.ids[slot] !== '') yield slot;
  }
}
