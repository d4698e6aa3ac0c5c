export {
  DEFAULT_MATCHING_CONFIG,
  resolveMatchingConfig,
  validateMatchingConfig,
  type MatchingConfig,
  type MatchingConfigOverrides,
  type SpeedBand,
  type TravelModel,
} from './config.js';
export { MATCHING_ERROR_CODES, MatchingError, type MatchingErrorCode } from './errors.js';
export { explainMatch } from './explain.js';
export {
  exclusionReasons,
  hasEnoughHours,
  isAvailabilityRecent,
  isConsentCurrent,
  isWithinLimit,
  lowestAcceptedLevel,
  meetsRequiredLevel,
} from './filters.js';
export { estimateTravelMinutes, haversineKm, reachKm } from './geo.js';
export { MatchingIndex } from './matching-index.js';
export { UNITS_PER_POINT } from './score.js';
export * from './types.js';
export type { AssignedPair, AssignmentResult } from './assignment/assignment-result.js';
export {
  buildCandidateGraph,
  graphFromEdges,
  type CandidateEdge,
  type CandidateGraph,
  type CandidateGraphOptions,
  type ProgressCallback,
} from './assignment/candidate-graph.js';
export { checkOptimalityCertificate, type CertificateCheck } from './assignment/certificate.js';
export { greedyAssignment } from './assignment/greedy.js';
export {
  optimalAssignment,
  type OptimalAssignment,
  type OptimalAssignmentOptions,
} from './assignment/optimal-assignment.js';
export {
  proposeAssignment,
  type AssignmentOptions,
  type AssignmentProposal,
  type ProposedPair,
} from './assignment/propose-assignment.js';
