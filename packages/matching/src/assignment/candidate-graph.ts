// The sparse bipartite graph the regional assignment solves: each vacancy with open places and
// its top candidates, weighted by score units. Optimal "on the candidate graph" means over these edges.
import type { MatchingIndex } from '../matching-index.js';
import { rankSeekersForVacancy } from '../rank.js';

export interface CandidateGraph {
  /** Left side: the vacancies, sorted by id. */
  readonly vacancyIds: readonly string[];
  /** Open places per vacancy. */
  readonly openings: Int32Array;
  /** Right side: the job-seekers, in order of first appearance. */
  readonly seekerIds: readonly string[];
  /** The edges of vacancy v are edgeStart[v] up to edgeStart[v + 1]. */
  readonly edgeStart: Int32Array;
  readonly edgeSeeker: Int32Array;
  /** Score units (whole numbers, 10,000 per point); all ≥ 0. */
  readonly edgeUnits: Float64Array;
}

export interface CandidateEdge {
  vacancyId: string;
  seekerId: string;
  units: number;
}

export type ProgressCallback = (done: number, total: number) => void;

/** Builds a graph from plain edges; vacancies keep the given order, edges their order per vacancy. */
export function graphFromEdges(
  vacancies: readonly { id: string; openings: number }[],
  edges: readonly CandidateEdge[],
): CandidateGraph {
  const vacancyIndex = new Map(vacancies.map((vacancy, i) => [vacancy.id, i]));
  const seekerIds: string[] = [];
  const seekerIndex = new Map<string, number>();
  const perVacancy: CandidateEdge[][] = vacancies.map(() => []);
  const pairs = new Set<string>();
  for (const edge of edges) {
    const v = vacancyIndex.get(edge.vacancyId);
    if (v === undefined) throw new RangeError(`Edge to unknown vacancy '${edge.vacancyId}'`);
    if (!(Number.isInteger(edge.units) && edge.units >= 0))
      throw new RangeError('Edge units must be whole numbers >= 0');
    const pair = `${edge.vacancyId}\u0000${edge.seekerId}`;
    if (pairs.has(pair))
      throw new RangeError(`Duplicate edge ${edge.vacancyId} → ${edge.seekerId}`);
    pairs.add(pair);
    perVacancy[v].push(edge);
    if (!seekerIndex.has(edge.seekerId)) {
      seekerIndex.set(edge.seekerId, seekerIds.length);
      seekerIds.push(edge.seekerId);
    }
  }
  const edgeStart = new Int32Array(vacancies.length + 1);
  const edgeSeeker = new Int32Array(edges.length);
  const edgeUnits = new Float64Array(edges.length);
  let e = 0;
  perVacancy.forEach((list, v) => {
    edgeStart[v] = e;
    for (const edge of list) {
      edgeSeeker[e] = seekerIndex.get(edge.seekerId) as number;
      edgeUnits[e++] = edge.units;
    }
  });
  edgeStart[vacancies.length] = e;
  return {
    vacancyIds: vacancies.map((vacancy) => vacancy.id),
    openings: Int32Array.from(vacancies, (vacancy) => vacancy.openings),
    seekerIds,
    edgeStart,
    edgeSeeker,
    edgeUnits,
  };
}

export interface CandidateGraphOptions {
  regionCode: string;
  /** Candidates per vacancy; a vacancy with more openings keeps as many as it has openings. */
  topK: number;
  /** Also people living in other regions (within their travel limits); default only the region's own. */
  includeOtherRegions?: boolean;
  onProgress?: ProgressCallback;
  /** Added to `done` and `total` when reporting, for a caller with more phases. */
  progressOffset?: number;
  progressTotal?: number;
}

/** The region's open vacancies with each one's top candidates by the engine's ranking. */
export function buildCandidateGraph(
  index: MatchingIndex,
  options: CandidateGraphOptions,
): CandidateGraph {
  const vacancyIds = index
    .vacancyIdsInRegion(options.regionCode)
    .filter((id) => index.vacancy(id).openings > 0);
  const filters = options.includeOtherRegions ? {} : { regionCodes: [options.regionCode] };
  const edges: CandidateEdge[] = [];
  const total = options.progressTotal ?? vacancyIds.length;
  const step = Math.max(1, Math.floor(vacancyIds.length / 100));
  vacancyIds.forEach((vacancyId, i) => {
    const slot = index.vacancySlot(vacancyId);
    const k = Math.max(options.topK, index.vacancies.openings[slot]);
    for (const { slot: seeker, units } of rankSeekersForVacancy(index, slot, k, filters).sorted()) {
      edges.push({ vacancyId, seekerId: index.seekers.slots.ids[seeker], units });
    }
    if (options.onProgress && ((i + 1) % step === 0 || i + 1 === vacancyIds.length)) {
      options.onProgress((options.progressOffset ?? 0) + i + 1, total);
    }
  });
  const vacancies = vacancyIds.map((id) => ({ id, openings: index.vacancy(id).openings }));
  return graphFromEdges(vacancies, edges);
}
