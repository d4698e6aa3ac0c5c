// A grid of lat/lon cells over the points of the index, so a query visits only the cells a trip can
// reach instead of everyone. Each cell knows the farthest reach of its members, so a cell of people
// who only walk is skipped for a vacancy 20 km away. The grid prunes; it never decides a match.
import { withCapacity } from './growable.js';
import { EARTH_RADIUS_KM, latitudeSpanDegrees, longitudeSpanDegrees } from './geo.js';

const KEY_OFFSET = 2 ** 20;
const KEY_STRIDE = 2 ** 21;
/** Keeps points exactly at a boundary (distance = maximum) inside the search. */
const RELATIVE_MARGIN = 1e-9;
const ABSOLUTE_MARGIN_KM = 1e-6;

export class GridCell {
  slots = new Int32Array(4);
  reach = new Float64Array(4);
  length = 0;
  /** The largest reach of the members; an upper bound after removals until recomputed. */
  maxReachKm = -Infinity;

  constructor(
    readonly row: number,
    readonly col: number,
  ) {}

  add(slot: number, reachKm: number): void {
    this.slots = withCapacity(this.slots, this.length + 1);
    this.reach = withCapacity(this.reach, this.length + 1);
    this.slots[this.length] = slot;
    this.reach[this.length] = reachKm;
    this.length++;
    if (reachKm > this.maxReachKm) this.maxReachKm = reachKm;
  }

  remove(slot: number): void {
    for (let at = 0; at < this.length; at++) {
      if (this.slots[at] !== slot) continue;
      const last = --this.length;
      this.slots[at] = this.slots[last];
      this.reach[at] = this.reach[last];
      break;
    }
    let max = -Infinity;
    for (let at = 0; at < this.length; at++) if (this.reach[at] > max) max = this.reach[at];
    this.maxReachKm = max;
  }
}

const withMargin = (km: number): number => km * (1 + RELATIVE_MARGIN) + ABSOLUTE_MARGIN_KM;

export class SpatialGrid {
  private readonly cells = new Map<number, GridCell>();
  private readonly cellDegrees: number;
  private cellKeyOfSlot = new Float64Array(0);
  /** An upper bound of every member's reach. */
  private maxReachKm = -Infinity;

  constructor(cellKm: number) {
    this.cellDegrees = cellKm / (EARTH_RADIUS_KM * (Math.PI / 180));
  }

  private static key(row: number, col: number): number {
    return (row + KEY_OFFSET) * KEY_STRIDE + (col + KEY_OFFSET);
  }

  /** `reachKm` is how far this point's owner travels; Infinity for points that do not travel (vacancies). */
  insert(slot: number, lat: number, lon: number, reachKm: number): void {
    const row = Math.floor(lat / this.cellDegrees);
    const col = Math.floor(lon / this.cellDegrees);
    const key = SpatialGrid.key(row, col);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = new GridCell(row, col);
      this.cells.set(key, cell);
    }
    cell.add(slot, reachKm);
    this.cellKeyOfSlot = withCapacity(this.cellKeyOfSlot, slot + 1);
    this.cellKeyOfSlot[slot] = key;
    if (reachKm > this.maxReachKm) this.maxReachKm = reachKm;
  }

  remove(slot: number): void {
    const key = this.cellKeyOfSlot[slot];
    const cell = this.cells.get(key);
    if (cell === undefined) return;
    cell.remove(slot);
    if (cell.length === 0) this.cells.delete(key);
  }

  /**
   * Fills `out` with the cells that may hold a point within `radiusKm` of (lat, lon) that can also
   * travel that far (its own reach); returns how many members they have together.
   */
  collect(lat: number, lon: number, radiusKm: number, out: GridCell[]): number {
    out.length = 0;
    const radius = Math.min(radiusKm, this.maxReachKm);
    if (radius < 0 || this.cells.size === 0) return 0;
    const latSpan = latitudeSpanDegrees(withMargin(radius));
    const lonSpan = longitudeSpanDegrees(lat, withMargin(radius));
    const size = this.cellDegrees;
    const rowMin = Math.floor((lat - latSpan) / size);
    const rowMax = Math.floor((lat + latSpan) / size);
    const colMin = lonSpan === Infinity ? -Infinity : Math.floor((lon - lonSpan) / size);
    const colMax = lonSpan === Infinity ? Infinity : Math.floor((lon + lonSpan) / size);
    let members = 0;
    const consider = (cell: GridCell): void => {
      if (cell.row < rowMin || cell.row > rowMax || cell.col < colMin || cell.col > colMax) return;
      if (!this.mayReach(cell, lat, lon, Math.min(radius, cell.maxReachKm))) return;
      out.push(cell);
      members += cell.length;
    };
    const boxCells = (rowMax - rowMin + 1) * (colMax - colMin + 1);
    if (boxCells > this.cells.size) {
      for (const cell of this.cells.values()) consider(cell);
    } else {
      for (let row = rowMin; row <= rowMax; row++) {
        for (let col = colMin; col <= colMax; col++) {
          const cell = this.cells.get(SpatialGrid.key(row, col));
          if (cell !== undefined) consider(cell);
        }
      }
    }
    return members;
  }

  /** False only when every point of the cell is certainly farther than `radiusKm`. */
  private mayReach(cell: GridCell, lat: number, lon: number, radiusKm: number): boolean {
    if (radiusKm < 0) return false;
    const size = this.cellDegrees;
    const latGap = Math.max(0, cell.row * size - lat, lat - (cell.row + 1) * size);
    if (latGap > latitudeSpanDegrees(withMargin(radiusKm))) return false;
    const lonGap = Math.max(0, cell.col * size - lon, lon - (cell.col + 1) * size);
    return lonGap <= longitudeSpanDegrees(lat, withMargin(radiusKm));
  }
}
