// Keeps the k best (score units descending, id ascending) of a stream in a binary heap whose root is
// the worst kept entry.

export interface Ranked {
  slot: number;
  units: number;
}

export class TopK {
  private units: Float64Array;
  private slots: Int32Array;
  private size = 0;

  constructor(
    private readonly k: number,
    /** Slot → id, for ties. */
    private readonly ids: readonly string[],
  ) {
    const initial = Math.min(k, 64);
    this.units = new Float64Array(initial);
    this.slots = new Int32Array(initial);
  }

  get length(): number {
    return this.size;
  }

  /** An entry needs at least these units to get in: -Infinity until k are kept. */
  get floorUnits(): number {
    return this.size < this.k ? -Infinity : this.units[0];
  }

  /** True when entry a ranks below entry b. */
  private worse(unitsA: number, slotA: number, unitsB: number, slotB: number): boolean {
    return unitsA < unitsB || (unitsA === unitsB && this.ids[slotA] > this.ids[slotB]);
  }

  offer(units: number, slot: number): void {
    if (this.size < this.k) {
      if (this.size === this.units.length) this.grow();
      this.siftUp(this.size++, units, slot);
    } else if (this.k > 0 && this.worse(this.units[0], this.slots[0], units, slot)) {
      this.siftDown(0, units, slot);
    }
  }

  private grow(): void {
    const length = Math.min(this.k, this.units.length * 2);
    const units = new Float64Array(length);
    const slots = new Int32Array(length);
    units.set(this.units);
    slots.set(this.slots);
    this.units = units;
    this.slots = slots;
  }

  private siftUp(at: number, units: number, slot: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(units, slot, this.units[parent], this.slots[parent])) break;
      this.units[at] = this.units[parent];
      this.slots[at] = this.slots[parent];
      at = parent;
    }
    this.units[at] = units;
    this.slots[at] = slot;
  }

  private siftDown(at: number, units: number, slot: number): void {
    const size = this.size;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (
        child + 1 < size &&
        this.worse(
          this.units[child + 1],
          this.slots[child + 1],
          this.units[child],
          this.slots[child],
        )
      ) {
        child++;
      }
      if (!this.worse(this.units[child], this.slots[child], units, slot)) break;
      this.units[at] = this.units[child];
      this.slots[at] = this.slots[child];
      at = child;
    }
    this.units[at] = units;
    this.slots[at] = slot;
  }

  /** The kept entries, best first. */
  sorted(): Ranked[] {
    const entries: Ranked[] = [];
    for (let i = 0; i < this.size; i++) entries.push({ slot: this.slots[i], units: this.units[i] });
    return entries.sort((a, b) => (this.worse(a.units, a.slot, b.units, b.slot) ? 1 : -1));
  }
}
