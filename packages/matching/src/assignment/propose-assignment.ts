// The regional assignment proposal: the region's open places filled with its job-seekers so that
// the total score is as high as possible on the candidate graph, with greedy's total for comparison.
import type { MatchingIndex } from '../matching-index.js';
import { unitsToPoints } from '../score.js';
import type { MatchExplanation } from '../types.js';
import { buildCandidateGraph, type ProgressCallback } from './candidate-graph.js';
import { greedyAssignment } from './greedy.js';
import { optimalAssignment } from './optimal-assignment.js';

export interface AssignmentOptions {
  regionCode: string;
  /** Candidates per vacancy in the graph; the config's assignmentTopK when left out. */
  topK?: number;
  /** Also people from other regions within their travel limits. */
  includeOtherRegions?: boolean;
  /** Called as the work advances: first the candidates per vacancy, then each place. */
  onProgress?: ProgressCallback;
}

export interface ProposedPair {
  vacancyId: string;
  seekerId: string;
  score: number;
  explanation: MatchExplanation;
}

export interface AssignmentProposal {
  regionCode: string;
  /** By vacancy id, then seeker id. */
  pairs: ProposedPair[];
  totalScore: number;
  greedyTotalScore: number;
  /** totalScore − greedyTotalScore (never negative). */
  gain: number;
  /** Open places in the region's vacancies. */
  places: number;
  placesFilled: number;
  vacancies: number;
  candidates: number;
  candidateEdges: number;
  topK: number;
}

export function proposeAssignment(
  index: MatchingIndex,
  options: AssignmentOptions,
): AssignmentProposal {
  const topK = options.topK ?? index.config.assignmentTopK;
  const vacancyIds = index.vacancyIdsInRegion(options.regionCode);
  const places = vacancyIds.reduce((sum, id) => sum + index.vacancy(id).openings, 0);
  const openVacancies = vacancyIds.filter((id) => index.vacancy(id).openings > 0).length;
  const total = openVacancies + places;
  const graph = buildCandidateGraph(index, {
    regionCode: options.regionCode,
    topK,
    includeOtherRegions: options.includeOtherRegions,
    onProgress: options.onProgress,
    progressTotal: total,
  });
  const optimal = optimalAssignment(graph, {
    onProgress: options.onProgress,
    progressOffset: openVacancies,
    progressTotal: total,
  });
  options.onProgress?.(total, total);
  const greedy = greedyAssignment(graph);
  const pairs = optimal.pairs
    .map(({ vacancy, seeker, units }) => {
      const vacancyId = graph.vacancyIds[vacancy];
      const seekerId = graph.seekerIds[seeker];
      return {
        vacancyId,
        seekerId,
        score: unitsToPoints(units),
        explanation: index.explainSlots(index.seekerSlot(seekerId), index.vacancySlot(vacancyId)),
      };
    })
    .sort((a, b) =>
      a.vacancyId === b.vacancyId
        ? a.seekerId < b.seekerId
          ? -1
          : 1
        : a.vacancyId < b.vacancyId
          ? -1
          : 1,
    );
  return {
    regionCode: options.regionCode,
    pairs,
    totalScore: unitsToPoints(optimal.totalUnits),
    greedyTotalScore: unitsToPoints(greedy.totalUnits),
    gain: unitsToPoints(optimal.totalUnits - greedy.totalUnits),
    places,
    placesFilled: pairs.length,
    vacancies: openVacancies,
    candidates: graph.seekerIds.length,
    candidateEdges: graph.edgeSeeker.length,
    topK,
  };
}
