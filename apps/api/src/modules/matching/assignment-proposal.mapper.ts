import { gainPercent } from './assignment-run.js';
import type { AssignmentProposalView } from './assignment-proposal.service.js';
import {
  toMatchCandidateModel,
  toMatchExplanationModel,
  toMatchVacancyModel,
} from './matching.mapper.js';
import {
  AssignmentProposalModel,
  AssignmentProposalResultModel,
  ProposedAssignmentPairModel,
} from './dto/assignment-proposal.model.js';

export function toAssignmentProposalModel({
  proposal,
  pairs,
  label,
}: AssignmentProposalView): AssignmentProposalModel {
  const stored = proposal.status === 'DONE' ? proposal.result : null;
  return Object.assign(new AssignmentProposalModel(), {
    id: proposal.id,
    regionCode: proposal.regionCode,
    status: proposal.status,
    progress: proposal.progress,
    includeOtherRegions: proposal.includeOtherRegions,
    createdAt: proposal.createdAt,
    startedAt: proposal.startedAt,
    finishedAt: proposal.finishedAt,
    error: proposal.error,
    result: stored
      ? Object.assign(new AssignmentProposalResultModel(), {
          pairs: pairs.map((pair) =>
            Object.assign(new ProposedAssignmentPairModel(), {
              vacancy: toMatchVacancyModel(pair.vacancy),
              jobSeeker: toMatchCandidateModel(pair.candidate),
              score: pair.score,
              explanation: toMatchExplanationModel(pair.explanation, label),
            }),
          ),
          totalScore: stored.totalScore,
          greedyTotalScore: stored.greedyTotalScore,
          gain: stored.gain,
          gainPercent: gainPercent(stored.totalScore, stored.greedyTotalScore),
          places: stored.places,
          placesFilled: stored.placesFilled,
          vacancies: stored.vacancies,
          candidates: stored.candidates,
          candidateEdges: stored.candidateEdges,
          topK: stored.topK,
        })
      : null,
  });
}
