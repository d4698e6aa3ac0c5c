import { haversineKm } from './geo.js';
import { mulberry32 } from './reference/random.js';
import { SpatialGrid, type GridCell } from './spatial-grid.js';

describe(SpatialGrid.name, () => {
  const points = (() => {
    const random = mulberry32(5);
    return Array.from({ length: 2000 }, () => ({
      lat: 51.8 + random() * 1.2,
      lon: 4.6 + random() * 1.6,
      reach: random() < 0.1 ? -1 : random() * 40,
    }));
  })();

  const slotsIn = (cells: GridCell[]): Set<number> =>
    new Set(cells.flatMap((cell) => [...cell.slots.subarray(0, cell.length)]));

  it.each([1, 5, 25])('never leaves out a point within both radii (cells of %d km)', (cellKm) => {
    const grid = new SpatialGrid(cellKm);
    points.forEach((point, slot) => grid.insert(slot, point.lat, point.lon, point.reach));
    const random = mulberry32(cellKm);
    const cells: GridCell[] = [];
    for (let query = 0; query < 50; query++) {
      const centre = { lat: 51.8 + random() * 1.2, lon: 4.6 + random() * 1.6 };
      const radius = random() < 0.3 ? Infinity : random() * 30;
      grid.collect(centre.lat, centre.lon, radius, cells);
      const found = slotsIn(cells);
      points.forEach((point, slot) => {
        const km = haversineKm(centre.lat, centre.lon, point.lat, point.lon);
        if (km <= point.reach && km <= radius) expect(found.has(slot)).toBe(true);
      });
    }
  });

  it('skips cells nobody in them can travel from', () => {
    const grid = new SpatialGrid(5);
    grid.insert(0, 52.0, 5.0, 2);
    grid.insert(1, 52.3, 5.0, 50);
    const cells: GridCell[] = [];
    expect(grid.collect(52.3, 5.0, Infinity, cells)).toBe(1);
    expect(slotsIn(cells)).toEqual(new Set([1]));
  });

  it('forgets removed points and shrinks the cell reach', () => {
    const grid = new SpatialGrid(5);
    grid.insert(0, 52.0, 5.0, 40);
    grid.insert(1, 52.0, 5.0, 1);
    grid.remove(0);
    const cells: GridCell[] = [];
    grid.collect(52.2, 5.0, Infinity, cells);
    expect(slotsIn(cells)).toEqual(new Set());
    grid.collect(52.0, 5.0, Infinity, cells);
    expect(slotsIn(cells)).toEqual(new Set([1]));
  });
});
