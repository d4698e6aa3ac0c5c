import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  ConsentMethod,
  IntroductionEndReason,
  IntroductionStatus,
  VacancyKind,
} from '@werkbrug/domain-rules';
import { IntroductionStatusEnum, VacancyKindEnum } from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';
import {
  IntroductionConsentMethodEnum,
  IntroductionEndReasonEnum,
} from './introduction-outcome.enums.js';

@ObjectType('IntroductionEmployer')
export class IntroductionEmployerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('IntroductionVacancy')
export class IntroductionVacancyModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => VacancyKindEnum) kind!: VacancyKind;
  @Field(() => IntroductionEmployerModel) employer!: IntroductionEmployerModel;
}

@ObjectType('IntroductionJobSeeker', {
  description: 'Who was put forward; the name only where the job-seeker register allows it.',
})
export class IntroductionJobSeekerModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The anonymous number employers see.' })
  candidateNumber!: number;
  @Field({ description: 'E.g. "Kandidaat 4711".' }) candidateLabel!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
}

@ObjectType('IntroductionActor')
export class IntroductionActorModel {
  @Field() displayName!: string;
}

@ObjectType('IntroductionStatusChange')
export class IntroductionStatusChangeModel {
  @Field(() => IntroductionStatusEnum, {
    nullable: true,
    description: 'Null for the proposal itself.',
  })
  fromStatus!: IntroductionStatus | null;
  @Field(() => IntroductionStatusEnum) toStatus!: IntroductionStatus;
  @Field(() => IntroductionActorModel, { nullable: true })
  changedBy!: IntroductionActorModel | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => IntroductionEndReasonEnum, {
    nullable: true,
    description: 'Why it ended, on a step that ends the introduction.',
  })
  endReason!: IntroductionEndReason | null;
  @Field() changedAt!: Date;
}

@ObjectType('IntroductionConsent', {
  description: 'The job-seeker’s consent to be introduced to this employer.',
})
export class IntroductionConsentModel {
  @Field({ description: 'yyyy-mm-dd' }) givenOn!: string;
  @Field(() => IntroductionConsentMethodEnum) method!: ConsentMethod;
  @Field(() => String, {
    nullable: true,
    description: 'yyyy-mm-dd: from this day it no longer holds; null: until withdrawn.',
  })
  expiresOn!: string | null;
  @Field({ description: 'True from the expiry day on.' }) expired!: boolean;
}

@ObjectType('Introduction', {
  description: 'A job-seeker put forward for a vacancy, as WSP staff see it.',
})
export class IntroductionModel {
  @Field(() => ID) id!: string;
  @Field(() => IntroductionVacancyModel) vacancy!: IntroductionVacancyModel;
  @Field(() => IntroductionJobSeekerModel) jobSeeker!: IntroductionJobSeekerModel;
  @Field(() => IntroductionStatusEnum) status!: IntroductionStatus;
  @Field(() => Int, {
    nullable: true,
    description: 'Match score 0-100 when the proposal came from a suggestion.',
  })
  matchScore!: number | null;
  @Field(() => IntroductionActorModel, { nullable: true })
  createdBy!: IntroductionActorModel | null;
  @Field(() => [IntroductionStatusChangeModel], { description: 'Oldest first.' })
  history!: IntroductionStatusChangeModel[];
  @Field(() => IntroductionEndReasonEnum, {
    nullable: true,
    description: 'Why it ended, for DECLINED, REJECTED and WITHDRAWN.',
  })
  endReason!: IntroductionEndReason | null;
  @Field(() => IntroductionConsentModel, {
    nullable: true,
    description: 'Recorded with the step to CONSENTED; null before.',
  })
  consent!: IntroductionConsentModel | null;
  @Field(() => [IntroductionStatusEnum], {
    description: 'The statuses you may move this introduction to.',
  })
  nextStatuses!: IntroductionStatus[];
  @Field({
    description:
      'True when the employer asked for this introduction itself (requestIntroductions).',
  })
  requestedByEmployer!: boolean;
  @Field(() => String, { nullable: true, description: "The employer's message with its request." })
  employerMessage!: string | null;
  @Field(() => [String], {
    description: 'Dates (YYYY-MM-DD) the employer proposed for a first meeting, earliest first.',
  })
  proposedDates!: string[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('IntroducedCandidate', {
  description: 'Who the candidate is: only once consent was given and the introduction made.',
})
export class IntroducedCandidateModel {
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@ObjectType('EmployerIntroductionStatusChange')
export class EmployerIntroductionStatusChangeModel {
  @Field(() => IntroductionStatusEnum, { nullable: true }) fromStatus!: IntroductionStatus | null;
  @Field(() => IntroductionStatusEnum) toStatus!: IntroductionStatus;
  @Field() changedAt!: Date;
}

@ObjectType('EmployerIntroduction', {
  description:
    'An introduction as the employer sees it: anonymous until the job-seeker consented and was introduced.',
})
export class EmployerIntroductionModel {
  @Field(() => ID) id!: string;
  @Field(() => IntroductionVacancyModel) vacancy!: IntroductionVacancyModel;
  @Field({ description: 'E.g. "Kandidaat 4711".' }) candidateLabel!: string;
  @Field(() => IntroductionStatusEnum) status!: IntroductionStatus;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'For a garantiebaan only: whether the candidate is in the doelgroepregister (never why). Null otherwise.',
  })
  inDoelgroepregister!: boolean | null;
  @Field(() => IntroducedCandidateModel, {
    nullable: true,
    description:
      'Name and contact details while the status is INTRODUCED, INTERVIEW, TRIAL_PLACEMENT or PLACED; null otherwise.',
  })
  candidate!: IntroducedCandidateModel | null;
  @Field(() => [EmployerIntroductionStatusChangeModel], { description: 'Oldest first.' })
  history!: EmployerIntroductionStatusChangeModel[];
  @Field(() => [IntroductionStatusEnum], {
    description: 'The statuses you may move this introduction to.',
  })
  nextStatuses!: IntroductionStatus[];
  @Field() createdAt!: Date;
}

export const IntroductionConnection = ConnectionType(IntroductionModel, 'Introduction');
export const EmployerIntroductionConnection = ConnectionType(
  EmployerIntroductionModel,
  'EmployerIntroduction',
);
