import { ArgsType, Field, ID } from '@nestjs/graphql';
import {
  INTRODUCTION_END_REASONS,
  INTRODUCTION_STATUSES,
  type IntroductionEndReason,
  type IntroductionStatus,
} from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IntroductionStatusEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import { IntroductionConsentInput } from './introduction.input.js';
import { IntroductionEndReasonEnum } from './introduction-outcome.enums.js';

const NOT_AN_ID = 'Dit is geen geldige id.';

@ArgsType()
export class EmployerIntroductionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  vacancyId?: string;

  @Field(() => IntroductionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(INTRODUCTION_STATUSES)
  status?: IntroductionStatus;
}

@ArgsType()
export class IntroductionsArgs extends EmployerIntroductionsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  jobSeekerId?: string;

  @Field(() => String, {
    nullable: true,
    description: "The region of the vacancy's employer (AMnn).",
  })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;
}

@ArgsType()
export class ChangeIntroductionStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => IntroductionStatusEnum)
  @IsIn(INTRODUCTION_STATUSES)
  status!: IntroductionStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Hoogstens 1000 tekens.' })
  note?: string | null;

  @Field(() => IntroductionEndReasonEnum, {
    nullable: true,
    description:
      'Required when the step ends the introduction (DECLINED, REJECTED, WITHDRAWN); refused otherwise.',
  })
  @IsOptional()
  @IsIn(INTRODUCTION_END_REASONS, { message: 'Kies een van de redenen.' })
  endReason?: IntroductionEndReason | null;

  @Field(() => IntroductionConsentInput, {
    nullable: true,
    description: 'Required when the step is CONSENTED; refused otherwise.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntroductionConsentInput)
  consent?: IntroductionConsentInput | null;
}
