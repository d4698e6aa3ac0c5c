import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  BENEFIT_EXIT_KINDS,
  BENEFIT_EXIT_REASONS,
  type BenefitExitKind,
  type BenefitExitReason,
} from '@werkbrug/results';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/validators.js';
import { BenefitExitKindEnum, BenefitExitReasonEnum } from './benefit-exit.model.js';

const ID_MESSAGE = 'Dit is geen geldige id.';

@InputType()
export class RecordBenefitExitInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  jobSeekerId!: string;

  @Field({
    description:
      'The first day without (the full) benefit, YYYY-MM-DD; not in the future, not before the file was opened.',
  })
  @IsIsoDate()
  exitDate!: string;

  @Field(() => BenefitExitKindEnum)
  @IsIn(BENEFIT_EXIT_KINDS, { message: 'Kies volledig of gedeeltelijk.' })
  kind!: BenefitExitKind;

  @Field(() => BenefitExitReasonEnum)
  @IsIn(BENEFIT_EXIT_REASONS, { message: 'Kies een reden.' })
  reason!: BenefitExitReason;

  @Field(() => ID, {
    nullable: true,
    description: 'The placement of this job-seeker that led to the exit, if any.',
  })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  placementId?: string | null;
}

@ArgsType()
export class BenefitExitsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  jobSeekerId!: string;
}
