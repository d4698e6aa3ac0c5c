// The obvious heuristic, kept to show what optimality gains: take the best remaining edge while its
// vacancy has a free place and its job-seeker is free.
import type { AssignedPair, AssignmentResult } from './assignment-result.js';
import type { CandidateGraph } from './candidate-graph.js';

export function greedyAssignment(graph: CandidateGraph): AssignmentResult {
  const edgeVacancy = new Int32Array(graph.edgeSeeker.length);
  for (let v = 0; v < graph.vacancyIds.length; v++) {
    for (let e = graph.edgeStart[v]; e < graph.edgeStart[v + 1]; e++) edgeVacancy[e] = v;
  }
  const order = Array.from({ length: graph.edgeSeeker.length }, (_, e) => e);
  const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  order.sort(
    (a, b) =>
      graph.edgeUnits[b] - graph.edgeUnits[a] ||
      compareIds(graph.vacancyIds[edgeVacancy[a]], graph.vacancyIds[edgeVacancy[b]]) ||
      compareIds(graph.seekerIds[graph.edgeSeeker[a]], graph.seekerIds[graph.edgeSeeker[b]]),
  );
  const placesLeft = Int32Array.from(graph.openings);
  const taken = new Uint8Array(graph.seekerIds.length);
  const pairs: AssignedPair[] = [];
  let totalUnits = 0;
  for (const e of order) {
    const vacancy = edgeVacancy[e];
    const seeker = graph.edgeSeeker[e];
    if (placesLeft[vacancy] === 0 || taken[seeker] === 1) continue;
    placesLeft[vacancy]--;
    taken[seeker] = 1;
    pairs.push({ vacancy, seeker, units: graph.edgeUnits[e] });
    totalUnits += graph.edgeUnits[e];
  }
  return { pairs, totalUnits };
}
