import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AftercareKind,
  AftercareOutcome,
  AftercareStatus,
  ContactChannel,
} from '@werkbrug/domain-rules';
import {
  AftercareKindEnum,
  AftercareOutcomeEnum,
  AftercareStatusEnum,
} from '../../../common/graphql/enums.js';
// Registered by the employer CRM; shared so that both say 'ContactChannel'.
import { ContactChannelEnum } from '../../employer/dto/employer-crm.model.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';

@ObjectType('AftercareMoment', {
  description:
    'An aftercare contact moment as the employer sees it: when, and whether it took place.',
})
export class AftercareMomentModel {
  @Field(() => ID) id!: string;
  @Field(() => AftercareKindEnum) kind!: AftercareKind;
  @Field({ description: 'YYYY-MM-DD.' }) dueDate!: string;
  @Field(() => AftercareStatusEnum) status!: AftercareStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Day of the contact, YYYY-MM-DD; null until done.',
  })
  completedOn!: string | null;
}

@ObjectType('AftercareCheckIn', {
  description:
    'An aftercare check-in with its outcome: staff only (the note may hold health information).',
})
export class AftercareCheckInModel extends AftercareMomentModel {
  @Field(() => ID) placementId!: string;
  @Field(() => AftercareOutcomeEnum, { nullable: true }) outcome!: AftercareOutcome | null;
  @Field(() => ContactChannelEnum, { nullable: true }) channel!: ContactChannel | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'Display name of who recorded it.' })
  completedByName!: string | null;
  @Field({ description: 'Open and past its due date.' }) overdue!: boolean;
  @Field(() => Int, { description: 'Days past the due date while open; 0 otherwise.' })
  daysOverdue!: number;
}

@ObjectType('AftercareTaskPlacement')
export class AftercareTaskPlacementModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'E.g. "Kandidaat 4711".' }) candidateLabel!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Null when the file lies outside your regions.',
  })
  jobSeekerName!: string | null;
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field(() => String, { nullable: true, description: "The employer's account manager." })
  accountManagerName!: string | null;
  @Field({ description: 'YYYY-MM-DD.' }) startDate!: string;
  @Field() atRisk!: boolean;
  @Field(() => String, { nullable: true }) atRiskReason!: string | null;
}

@ObjectType('AftercareTask', { description: 'A check-in to do, with its placement.' })
export class AftercareTaskModel {
  @Field(() => AftercareCheckInModel) checkIn!: AftercareCheckInModel;
  @Field(() => AftercareTaskPlacementModel) placement!: AftercareTaskPlacementModel;
}

export const AftercareTaskConnection = ConnectionType(AftercareTaskModel, 'AftercareTask');
