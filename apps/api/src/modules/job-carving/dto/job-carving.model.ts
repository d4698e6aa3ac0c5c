import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  CompetenceRequirement,
  EmployerSector,
  JobCarvingReason,
  JobCarvingStatus,
  TaskComplexity,
} from '@werkbrug/domain-rules';
import {
  CompetenceRequirementEnum,
  EmployerSectorEnum,
  JobCarvingReasonEnum,
  JobCarvingStatusEnum,
  TaskComplexityEnum,
} from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';

@ObjectType('JobCarvingEmployer')
export class JobCarvingEmployerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => EmployerSectorEnum) sector!: EmployerSector;
}

@ObjectType('JobCarvingActor', { description: 'Who submitted a request.' })
export class JobCarvingActorModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType('JobCarvingTask')
export class JobCarvingTaskModel {
  @Field() name!: string;
  @Field(() => Int, { description: "Share of the job's time, %." }) sharePercent!: number;
  @Field(() => TaskComplexityEnum) complexity!: TaskComplexity;
  @Field({ description: "The employer's view: the task could be split off." }) splittable!: boolean;
}

@ObjectType('JobCarvingJob', {
  description: 'A current job at the employer, described by its tasks.',
})
export class JobCarvingJobModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Int) headcount!: number;
  @Field(() => [JobCarvingTaskModel]) tasks!: JobCarvingTaskModel[];
}

@ObjectType('JobCarvingVacancy', { description: 'The vacancy the carved role became.' })
export class JobCarvingVacancyModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
}

@ObjectType('CarvableTask', { description: 'A SIMPLE task that could move into a carved role.' })
export class CarvableTaskModel {
  @Field(() => ID) jobId!: string;
  @Field() jobTitle!: string;
  @Field() taskName!: string;
  @Field(() => Int) sharePercent!: number;
  @Field(() => Int) headcount!: number;
  @Field(() => Float, { description: 'Hours a week the task takes in one 36-hour job.' })
  hoursPerWeek!: number;
  @Field(() => Float, { description: 'hoursPerWeek × headcount.' }) totalHoursPerWeek!: number;
}

@ObjectType('JobCarvingStatusChange')
export class JobCarvingStatusChangeModel {
  @Field(() => JobCarvingStatusEnum, { nullable: true }) fromStatus!: JobCarvingStatus | null;
  @Field(() => JobCarvingStatusEnum) toStatus!: JobCarvingStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field({ description: 'Name of who made the change, as it was then.' }) changedByName!: string;
  @Field() changedAt!: Date;
}

@ObjectType('JobCarvingAnalysedTask', { description: 'One task as the WSP assessed it.' })
export class JobCarvingAnalysedTaskModel {
  @Field(() => ID) jobId!: string;
  @Field(() => Int, { description: "0-based index into the job's tasks." }) taskIndex!: number;
  @Field() jobTitle!: string;
  @Field() taskName!: string;
  @Field(() => Int) sharePercent!: number;
  @Field(() => TaskComplexityEnum) complexity!: TaskComplexity;
  @Field({ description: 'Carved out of its job.' }) splittable!: boolean;
}

@ObjectType('JobCarvingAnalysis', { description: "The account manager's task analysis." })
export class JobCarvingAnalysisModel {
  @Field() summary!: string;
  @Field(() => [JobCarvingAnalysedTaskModel]) tasks!: JobCarvingAnalysedTaskModel[];
  @Field() recordedByName!: string;
  @Field() recordedAt!: Date;
}

@ObjectType('JobCarvingRoleTask', { description: 'A task the carved role takes over.' })
export class JobCarvingRoleTaskModel {
  @Field(() => ID) jobId!: string;
  @Field(() => Int) taskIndex!: number;
  @Field() jobTitle!: string;
  @Field() taskName!: string;
}

@ObjectType('JobCarvingRoleCompetence', { description: 'A competence the carved role asks for.' })
export class JobCarvingRoleCompetenceModel {
  @Field() competenceCode!: string;
  @Field() competenceName!: string;
  @Field(() => Int) minLevel!: number;
  @Field(() => Int) weight!: number;
  @Field(() => CompetenceRequirementEnum) requirement!: CompetenceRequirement;
}

@ObjectType('JobCarvingProposal', { description: 'The carved role proposed to the employer.' })
export class JobCarvingProposalModel {
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Float) hoursPerWeek!: number;
  @Field(() => [JobCarvingRoleTaskModel]) tasks!: JobCarvingRoleTaskModel[];
  @Field(() => [JobCarvingRoleCompetenceModel]) competences!: JobCarvingRoleCompetenceModel[];
  @Field() proposedByName!: string;
  @Field() proposedAt!: Date;
}

@ObjectType('JobCarvingRequest', {
  description: 'An employer asks the WSP to carve simple tasks out of existing jobs (jobcarving).',
})
export class JobCarvingRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => JobCarvingEmployerModel) employer!: JobCarvingEmployerModel;
  @Field({ description: "The employer's region." }) regionCode!: string;
  @Field() department!: string;
  @Field(() => JobCarvingReasonEnum, {
    nullable: true,
    description: 'Null for requests from before the reason was asked.',
  })
  reason!: JobCarvingReason | null;
  @Field() notes!: string;
  @Field(() => JobCarvingStatusEnum) status!: JobCarvingStatus;
  @Field(() => JobCarvingActorModel, { nullable: true }) submittedBy!: JobCarvingActorModel | null;
  @Field(() => [JobCarvingJobModel]) jobs!: JobCarvingJobModel[];
  @Field(() => JobCarvingVacancyModel, { nullable: true }) vacancy!: JobCarvingVacancyModel | null;
  @Field(() => [CarvableTaskModel], {
    description: 'SIMPLE tasks across the jobs, largest total hours first.',
  })
  carvableTasks!: CarvableTaskModel[];
  @Field(() => Float, { description: 'All carvable hours a week together.' })
  carvableHoursPerWeek!: number;
  @Field(() => JobCarvingAnalysisModel, { nullable: true })
  analysis!: JobCarvingAnalysisModel | null;
  @Field(() => JobCarvingProposalModel, {
    nullable: true,
    description: 'Set when the request became PROPOSED.',
  })
  proposal!: JobCarvingProposalModel | null;
  @Field(() => [JobCarvingStatusChangeModel], { description: 'Oldest first.' })
  history!: JobCarvingStatusChangeModel[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

export const JobCarvingRequestConnection = ConnectionType(
  JobCarvingRequestModel,
  'JobCarvingRequest',
);
