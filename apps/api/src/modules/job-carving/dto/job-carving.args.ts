import { ArgsType, Field, ID } from '@nestjs/graphql';
import { JOB_CARVING_STATUSES, type JobCarvingStatus } from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { JobCarvingStatusEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import {
  CreateVacancyFromJobCarvingInput,
  ProposeJobCarvingRoleInput,
  RecordJobCarvingAnalysisInput,
  UpdateJobCarvingRequestInput,
} from './job-carving.input.js';

const NOT_AN_ID = 'Dit is geen geldige id.';

@ArgsType()
export class JobCarvingRequestsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  employerId?: string;

  @Field(() => JobCarvingStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(JOB_CARVING_STATUSES)
  status?: JobCarvingStatus;

  @Field(() => String, { nullable: true, description: "The employer's region (AMnn)." })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class UpdateJobCarvingRequestArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => UpdateJobCarvingRequestInput)
  @ValidateNested()
  @Type(() => UpdateJobCarvingRequestInput)
  input!: UpdateJobCarvingRequestInput;
}

@ArgsType()
export class ChangeJobCarvingStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => JobCarvingStatusEnum)
  @IsIn(JOB_CARVING_STATUSES)
  status!: JobCarvingStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why, or what was proposed; required when rejecting.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Hoogstens 1000 tekens.' })
  note?: string | null;
}

@ArgsType()
export class CreateVacancyFromJobCarvingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => CreateVacancyFromJobCarvingInput)
  @ValidateNested()
  @Type(() => CreateVacancyFromJobCarvingInput)
  input!: CreateVacancyFromJobCarvingInput;
}

@ArgsType()
export class RecordJobCarvingAnalysisArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => RecordJobCarvingAnalysisInput)
  @ValidateNested()
  @Type(() => RecordJobCarvingAnalysisInput)
  input!: RecordJobCarvingAnalysisInput;
}

@ArgsType()
export class ProposeJobCarvingRoleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => ProposeJobCarvingRoleInput)
  @ValidateNested()
  @Type(() => ProposeJobCarvingRoleInput)
  input!: ProposeJobCarvingRoleInput;
}
