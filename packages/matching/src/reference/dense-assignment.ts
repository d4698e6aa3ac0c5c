// An exact dense solver to check the sparse one: the classic O(n²·m) Hungarian algorithm with
// potentials (as in e-maxx) on the full matrix of places × (job-seekers + one "stays open" column
// per place). It does not share code with optimal-assignment.ts. Fine up to a few hundred places.
import type { CandidateGraph } from '../assignment/candidate-graph.js';

/** The best total units on the graph; every vacancy offers all its openings as places. */
export function denseOptimalUnits(graph: CandidateGraph): number {
  const seekerCount = graph.seekerIds.length;
  const placeVacancy: number[] = [];
  graph.openings.forEach((openings, vacancy) => {
    for (let p = 0; p < openings; p++) placeVacancy.push(vacancy);
  });
  const n = placeVacancy.length;
  if (n === 0) return 0;
  const m = seekerCount + n;
  let maxUnits = 0;
  for (const units of graph.edgeUnits) maxUnits = Math.max(maxUnits, units);
  // Larger than any total gain, so a forbidden cell is never chosen while "stays open" costs 0.
  const forbidden = (maxUnits + 1) * (n + 1);
  // cost[i][j], 1-based as the algorithm is usually written.
  const cost: Float64Array[] = [new Float64Array(m + 1)];
  for (let i = 1; i <= n; i++) {
    const row = new Float64Array(m + 1).fill(forbidden);
    const vacancy = placeVacancy[i - 1];
    for (let e = graph.edgeStart[vacancy]; e < graph.edgeStart[vacancy + 1]; e++) {
      row[graph.edgeSeeker[e] + 1] = -graph.edgeUnits[e];
    }
    row[seekerCount + i] = 0;
    cost.push(row);
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0][j] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= m; j++) {
    if (p[j] !== 0) total -= cost[p[j]][j];
  }
  return total;
}
