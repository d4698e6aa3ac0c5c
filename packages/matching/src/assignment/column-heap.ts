// A binary min-heap of (distance, column) for Dijkstra, with lazy deletion by the caller. Ties go
// to a free column first (an augmenting path ends there), then to the lower column index.

export class ColumnHeap {
  private keys = new Float64Array(64);
  private cols = new Int32Array(64);
  private size = 0;

  /** `isFree(col)` must not change while the heap holds entries. */
  constructor(private readonly isFree: (col: number) => boolean) {}

  get isEmpty(): boolean {
    return this.size === 0;
  }

  clear(): void {
    this.size = 0;
  }

  private less(keyA: number, colA: number, keyB: number, colB: number): boolean {
    if (keyA !== keyB) return keyA < keyB;
    const freeA = this.isFree(colA);
    if (freeA !== this.isFree(colB)) return freeA;
    return colA < colB;
  }

  push(key: number, col: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      const cols = new Int32Array(this.size * 2);
      keys.set(this.keys);
      cols.set(this.cols);
      this.keys = keys;
      this.cols = cols;
    }
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.less(key, col, this.keys[parent], this.cols[parent])) break;
      this.keys[at] = this.keys[parent];
      this.cols[at] = this.cols[parent];
      at = parent;
    }
    this.keys[at] = key;
    this.cols[at] = col;
  }

  /** The smallest entry's key; the heap must not be empty. */
  peekKey(): number {
    return this.keys[0];
  }

  /** Removes the smallest entry and returns its column. */
  pop(): number {
    const top = this.cols[0];
    const last = --this.size;
    const key = this.keys[last];
    const col = this.cols[last];
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (
        child + 1 < last &&
        this.less(this.keys[child + 1], this.cols[child + 1], this.keys[child], this.cols[child])
      ) {
        child++;
      }
      if (!this.less(this.keys[child], this.cols[child], key, col)) break;
      this.keys[at] = this.keys[child];
      this.cols[at] = this.cols[child];
      at = child;
    }
    this.keys[at] = key;
    this.cols[at] = col;
    return top;
  }
}
