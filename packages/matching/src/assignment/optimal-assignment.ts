// Exact maximum-weight assignment on the sparse candidate graph.
//
// Each open place is a row that must take a column: a candidate (cost −units) or its own private
// "stays open" column (cost 0), so leaving a place open is allowed and never forced. Rows are added
// one at a time; for each, Dijkstra on reduced costs (the duals keep them ≥ 0) finds the cheapest
// augmenting path and stops at the first free column: the shortest-augmenting-path method of
// Jonker-Volgenant, in the form of Crouse (2016, "On implementing 2D rectangular assignment
// algorithms"), here over sparse edges with a heap. Units are whole numbers, so the arithmetic is
// exact, and the final duals prove optimality (see certificate.ts).
import type { AssignedPair, AssignmentResult } from './assignment-result.js';
import type { CandidateGraph, ProgressCallback } from './candidate-graph.js';
import { ColumnHeap } from './column-heap.js';

export interface OptimalAssignment extends AssignmentResult {
  /** The vacancy of each place (row); a vacancy has min(openings, candidates) places. */
  placeVacancy: Int32Array;
  /** The seeker (graph index) of each place, or -1 when it stays open. */
  placeSeeker: Int32Array;
  /** Dual of each place. */
  placeDual: Float64Array;
  /** Dual of each seeker (≤ 0; 0 for a seeker left unassigned). */
  seekerDual: Float64Array;
  /** Dual of each place's "stays open" column. */
  openDual: Float64Array;
}

export interface OptimalAssignmentOptions {
  onProgress?: ProgressCallback;
  progressOffset?: number;
  progressTotal?: number;
}

export function optimalAssignment(
  graph: CandidateGraph,
  options: OptimalAssignmentOptions = {},
): OptimalAssignment {
  const { edgeStart, edgeSeeker, edgeUnits } = graph;
  const vacancyCount = graph.vacancyIds.length;
  const seekerCount = graph.seekerIds.length;
  let rowCount = 0;
  for (let v = 0; v < vacancyCount; v++)
    rowCount += Math.min(graph.openings[v], edgeStart[v + 1] - edgeStart[v]);
  const rowVacancy = new Int32Array(rowCount);
  for (let v = 0, row = 0; v < vacancyCount; v++) {
    const places = Math.min(graph.openings[v], edgeStart[v + 1] - edgeStart[v]);
    for (let p = 0; p < places; p++) rowVacancy[row++] = v;
  }
  // Columns: seekers 0..seekerCount-1, then row r's "stays open" column seekerCount + r.
  const colCount = seekerCount + rowCount;
  const u = new Float64Array(rowCount);
  const v = new Float64Array(colCount);
  const rowCol = new Int32Array(rowCount).fill(-1);
  const colRow = new Int32Array(colCount).fill(-1);
  const dist = new Float64Array(colCount);
  const pred = new Int32Array(colCount);
  const seen = new Int32Array(colCount);
  const scanned = new Int32Array(colCount);
  const scannedRows = new Int32Array(rowCount);
  const scannedCols = new Int32Array(colCount);
  const heap = new ColumnHeap((col) => colRow[col] === -1);
  const total = options.progressTotal ?? rowCount;
  const offset = options.progressOffset ?? 0;
  const step = Math.max(1, Math.floor(rowCount / 100));

  for (let cur = 0; cur < rowCount; cur++) {
    const stamp = cur + 1;
    heap.clear();
    let row = cur;
    let minVal = 0;
    let sink = -1;
    let rowsScanned = 0;
    let colsScanned = 0;
    while (sink < 0) {
      scannedRows[rowsScanned++] = row;
      const vacancy = rowVacancy[row];
      const uRow = u[row];
      for (let e = edgeStart[vacancy]; e < edgeStart[vacancy + 1]; e++) {
        const col = edgeSeeker[e];
        if (scanned[col] === stamp) continue;
        const reduced = minVal - edgeUnits[e] - uRow - v[col];
        if (seen[col] !== stamp || reduced < dist[col]) {
          seen[col] = stamp;
          dist[col] = reduced;
          pred[col] = row;
          heap.push(reduced, col);
        }
      }
      const open = seekerCount + row;
      if (scanned[open] !== stamp) {
        const reduced = minVal - uRow - v[open];
        if (seen[open] !== stamp || reduced < dist[open]) {
          seen[open] = stamp;
          dist[open] = reduced;
          pred[open] = row;
          heap.push(reduced, open);
        }
      }
      let col = -1;
      while (col < 0) {
        // The current row's own "stays open" column is always reachable, so the heap cannot run dry.
        const key = heap.peekKey();
        const candidate = heap.pop();
        if (scanned[candidate] !== stamp && key === dist[candidate]) col = candidate;
      }
      minVal = dist[col];
      scanned[col] = stamp;
      scannedCols[colsScanned++] = col;
      if (colRow[col] === -1) sink = col;
      else row = colRow[col];
    }
    u[cur] += minVal;
    for (let t = 1; t < rowsScanned; t++) {
      const r = scannedRows[t];
      u[r] += minVal - dist[rowCol[r]];
    }
    for (let t = 0; t < colsScanned; t++) {
      const col = scannedCols[t];
      v[col] -= minVal - dist[col];
    }
    for (let col = sink; ;) {
      const r = pred[col];
      colRow[col] = r;
      const previous = rowCol[r];
      rowCol[r] = col;
      if (r === cur) break;
      col = previous;
    }
    if (options.onProgress && ((cur + 1) % step === 0 || cur + 1 === rowCount)) {
      options.onProgress(offset + cur + 1, total);
    }
  }

  const placeSeeker = new Int32Array(rowCount);
  const pairs: AssignedPair[] = [];
  let totalUnits = 0;
  for (let r = 0; r < rowCount; r++) {
    const col = rowCol[r];
    placeSeeker[r] = col < seekerCount ? col : -1;
    if (col >= seekerCount) continue;
    const vacancy = rowVacancy[r];
    let units = 0;
    for (let e = edgeStart[vacancy]; e < edgeStart[vacancy + 1]; e++) {
      if (edgeSeeker[e] === col) units = edgeUnits[e];
    }
    pairs.push({ vacancy, seeker: col, units });
    totalUnits += units;
  }
  return {
    pairs,
    totalUnits,
    placeVacancy: rowVacancy,
    placeSeeker,
    placeDual: u,
    seekerDual: v.slice(0, seekerCount),
    openDual: v.slice(seekerCount),
  };
}
