// What an assignment algorithm returns: which job-seeker fills which place.

export interface AssignedPair {
  /** Index into CandidateGraph.vacancyIds. */
  vacancy: number;
  /** Index into CandidateGraph.seekerIds. */
  seeker: number;
  units: number;
}

export interface AssignmentResult {
  pairs: AssignedPair[];
  totalUnits: number;
}
