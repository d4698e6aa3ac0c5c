import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ASSIGNMENT_PROPOSAL_STATUSES,
  type AssignmentProposalStatus,
} from '../assignment-proposal.entity.js';
import { MatchCandidateModel, MatchExplanationModel, MatchVacancyModel } from './matching.model.js';

export const AssignmentProposalStatusEnum = Object.fromEntries(
  ASSIGNMENT_PROPOSAL_STATUSES.map((s) => [s, s]),
) as {
  [K in AssignmentProposalStatus]: K;
};
registerEnumType(AssignmentProposalStatusEnum, { name: 'AssignmentProposalStatus' });

@ObjectType('ProposedAssignmentPair', {
  description: 'One job-seeker proposed for one open place.',
})
export class ProposedAssignmentPairModel {
  @Field(() => MatchVacancyModel) vacancy!: MatchVacancyModel;
  @Field(() => MatchCandidateModel, {
    description: 'Named only for staff of the job-seeker’s region who read files.',
  })
  jobSeeker!: MatchCandidateModel;
  @Field(() => Float) score!: number;
  @Field(() => MatchExplanationModel) explanation!: MatchExplanationModel;
}

@ObjectType('AssignmentProposalResult')
export class AssignmentProposalResultModel {
  @Field(() => [ProposedAssignmentPairModel], { description: 'By vacancy, then job-seeker.' })
  pairs!: ProposedAssignmentPairModel[];
  @Field(() => Float, { description: 'The highest total score possible on the candidate graph.' })
  totalScore!: number;
  @Field(() => Float, { description: 'What taking the best remaining pair each time gives.' })
  greedyTotalScore!: number;
  @Field(() => Float, { description: 'totalScore − greedyTotalScore.' }) gain!: number;
  @Field(() => Float, { description: 'The gain in % of the greedy total.' }) gainPercent!: number;
  @Field(() => Int, { description: 'Open places in the region’s vacancies.' }) places!: number;
  @Field(() => Int) placesFilled!: number;
  @Field(() => Int, { description: 'Vacancies with an open place.' }) vacancies!: number;
  @Field(() => Int, { description: 'Job-seekers among the candidates.' }) candidates!: number;
  @Field(() => Int) candidateEdges!: number;
  @Field(() => Int, { description: 'Candidates per vacancy considered.' }) topK!: number;
}

@ObjectType('AssignmentProposal', {
  description: 'A regional assignment proposal: a job to poll until DONE or FAILED.',
})
export class AssignmentProposalModel {
  @Field(() => ID) id!: string;
  @Field() regionCode!: string;
  @Field(() => AssignmentProposalStatusEnum) status!: AssignmentProposalStatus;
  @Field(() => Float, { description: '0-1.' }) progress!: number;
  @Field() includeOtherRegions!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it FAILED (Dutch).' }) error!:
    string | null;
  @Field(() => AssignmentProposalResultModel, { nullable: true, description: 'Set when DONE.' })
  result!: AssignmentProposalResultModel | null;
}
