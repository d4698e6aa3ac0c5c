// proposeAssignment of @werkbrug/matching, done in chunks so a long run never blocks the event
// loop: the candidate graph (one ranking per open vacancy, most of the work) is built a chunk at a
// time between setImmediate turns; the exact solver then runs once on the finished graph. On an
// index that does not change during the run the result equals proposeAssignment's.
import {
  graphFromEdges,
  greedyAssignment,
  optimalAssignment,
  UNITS_PER_POINT,
  type AssignmentProposal,
  type CandidateEdge,
  type MatchingIndex,
} from '@werkbrug/matching';

export interface AssignmentRunOptions {
  regionCode: string;
  includeOtherRegions: boolean;
  /** Candidates per vacancy; the config's assignmentTopK when left out. */
  topK?: number;
  /** Vacancies ranked per event-loop turn. */
  chunkSize?: number;
  /** 0-1 as the work advances; awaited, so it may write to the database. */
  onProgress?: (fraction: number) => Promise<void> | void;
  /** Checked between chunks; true stops the run with AssignmentRunStopped. */
  shouldStop?: () => boolean;
}

export class AssignmentRunStopped extends Error {
  constructor() {
    super('assignment run stopped');
    this.name = 'AssignmentRunStopped';
  }
}

/** The share of the progress bar the candidate graph takes; the solver and explanations the rest. */
const GRAPH_SHARE = 0.9;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runAssignment(
  index: MatchingIndex,
  options: AssignmentRunOptions,
): Promise<AssignmentProposal> {
  const topK = options.topK ?? index.config.assignmentTopK;
  const chunkSize = options.chunkSize ?? 25;
  const vacancyIds = index.vacancyIdsInRegion(options.regionCode);
  const places = vacancyIds.reduce((sum, id) => sum + index.vacancy(id).openings, 0);
  const open = vacancyIds.filter((id) => index.vacancy(id).openings > 0);
  const filters = options.includeOtherRegions ? {} : { regionCodes: [options.regionCode] };
  const edges: CandidateEdge[] = [];
  for (let start = 0; start < open.length; start += chunkSize) {
    await nextTurn();
    if (options.shouldStop?.()) throw new AssignmentRunStopped();
    for (const vacancyId of open.slice(start, start + chunkSize)) {
      if (!index.hasVacancy(vacancyId)) continue; // removed (filled, closed) since the run started
      const k = Math.max(topK, index.vacancy(vacancyId).openings);
      for (const { seekerId, score } of index.topSeekerScoresForVacancy(vacancyId, k, filters)) {
        edges.push({ vacancyId, seekerId, units: Math.round(score * UNITS_PER_POINT) });
      }
    }
    await options.onProgress?.(
      (GRAPH_SHARE * Math.min(start + chunkSize, open.length)) / open.length,
    );
  }
  await nextTurn();
  if (options.shouldStop?.()) throw new AssignmentRunStopped();

  // From here on synchronously: what changed between the chunks is dropped, the rest solved.
  const live = open.filter((id) => index.hasVacancy(id));
  const graph = graphFromEdges(
    live.map((id) => ({ id, openings: index.vacancy(id).openings })),
    edges.filter((edge) => index.hasVacancy(edge.vacancyId) && index.hasSeeker(edge.seekerId)),
  );
  const optimal = optimalAssignment(graph);
  const greedy = greedyAssignment(graph);
  const pairs = optimal.pairs
    .map(({ vacancy, seeker, units }) => {
      const vacancyId = graph.vacancyIds[vacancy]!;
      const seekerId = graph.seekerIds[seeker]!;
      return {
        vacancyId,
        seekerId,
        score: units / UNITS_PER_POINT,
        explanation: index.explainSlots(index.seekerSlot(seekerId), index.vacancySlot(vacancyId)),
      };
    })
    .sort((a, b) => compare(a.vacancyId, b.vacancyId) || compare(a.seekerId, b.seekerId));
  return {
    regionCode: options.regionCode,
    pairs,
    totalScore: optimal.totalUnits / UNITS_PER_POINT,
    greedyTotalScore: greedy.totalUnits / UNITS_PER_POINT,
    gain: (optimal.totalUnits - greedy.totalUnits) / UNITS_PER_POINT,
    places,
    placesFilled: pairs.length,
    vacancies: open.length,
    candidates: graph.seekerIds.length,
    candidateEdges: graph.edgeSeeker.length,
    topK,
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Optimal over greedy, in % of greedy's total (0 when greedy found nothing). */
export const gainPercent = (total: number, greedyTotal: number): number =>
  greedyTotal > 0 ? Math.round(((total - greedyTotal) / greedyTotal) * 10_000) / 100 : 0;
