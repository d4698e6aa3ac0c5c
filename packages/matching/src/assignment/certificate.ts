// An independent proof that an assignment is optimal: LP duality. With place duals u, seeker duals
// v ≤ 0 and "stays open" duals w, if every edge has −units − u − v ≥ 0 (0 − u − w ≥ 0 for staying
// open), the chosen edges are tight, and unassigned seekers have v = 0, then no assignment on the
// graph scores more (the bipartite matching polytope is integral). Checking takes one pass over the
// edges, so it runs at full size where a dense solver cannot.
import type { CandidateGraph } from './candidate-graph.js';
import type { OptimalAssignment } from './optimal-assignment.js';

export interface CertificateCheck {
  optimal: boolean;
  /** The first violated condition, when not optimal. */
  violation?: string;
  primalUnits: number;
  dualUnits: number;
}

export function checkOptimalityCertificate(
  graph: CandidateGraph,
  solution: OptimalAssignment,
): CertificateCheck {
  const { edgeStart, edgeSeeker, edgeUnits } = graph;
  const { placeVacancy, placeSeeker, placeDual, seekerDual, openDual } = solution;
  const seekerTaken = new Int32Array(graph.seekerIds.length).fill(-1);
  const places = new Int32Array(graph.vacancyIds.length);
  let primalUnits = 0;
  let dualUnits = 0;
  const result = (violation?: string): CertificateCheck => ({
    optimal: violation === undefined,
    ...(violation === undefined ? {} : { violation }),
    primalUnits,
    dualUnits,
  });
  for (let r = 0; r < placeVacancy.length; r++) {
    const vacancy = placeVacancy[r];
    const seeker = placeSeeker[r];
    dualUnits += placeDual[r] + openDual[r];
    if (++places[vacancy] > graph.openings[vacancy])
      return result(`vacancy ${vacancy} has more places than openings`);
    if (-placeDual[r] - openDual[r] < 0)
      return result(`place ${r}: "stays open" has negative reduced cost`);
    if (openDual[r] > 0) return result(`place ${r}: "stays open" dual is positive`);
    if (seeker < 0 && -placeDual[r] - openDual[r] !== 0)
      return result(`open place ${r} is not tight`);
    if (seeker >= 0 && openDual[r] !== 0)
      return result(`place ${r}: unused "stays open" has a non-zero dual`);
    let tight = seeker < 0;
    for (let e = edgeStart[vacancy]; e < edgeStart[vacancy + 1]; e++) {
      const reduced = -edgeUnits[e] - placeDual[r] - seekerDual[edgeSeeker[e]];
      if (reduced < 0) return result(`place ${r}, seeker ${edgeSeeker[e]}: negative reduced cost`);
      if (edgeSeeker[e] === seeker) {
        if (reduced !== 0) return result(`place ${r}: chosen edge is not tight`);
        tight = true;
        primalUnits += edgeUnits[e];
      }
    }
    if (!tight) return result(`place ${r}: seeker ${seeker} is not a candidate of its vacancy`);
    if (seeker >= 0) {
      if (seekerTaken[seeker] >= 0) return result(`seeker ${seeker} fills two places`);
      seekerTaken[seeker] = r;
    }
  }
  for (let vacancy = 0; vacancy < graph.vacancyIds.length; vacancy++) {
    const candidates = edgeStart[vacancy + 1] - edgeStart[vacancy];
    if (places[vacancy] !== Math.min(graph.openings[vacancy], candidates)) {
      return result(`vacancy ${vacancy} does not offer all its places`);
    }
  }
  for (let s = 0; s < graph.seekerIds.length; s++) {
    if (seekerDual[s] > 0) return result(`seeker ${s}: positive dual`);
    if (seekerTaken[s] < 0 && seekerDual[s] !== 0)
      return result(`unassigned seeker ${s}: non-zero dual`);
  }
  for (let s = 0; s < graph.seekerIds.length; s++) dualUnits += seekerDual[s];
  // Costs are −units, so the dual objective (a lower bound on cost) is −(best possible units).
  if (-dualUnits !== primalUnits)
    return result(`duality gap: primal ${primalUnits}, dual ${-dualUnits}`);
  if (primalUnits !== solution.totalUnits) return result('reported total differs from the pairs');
  return result();
}
