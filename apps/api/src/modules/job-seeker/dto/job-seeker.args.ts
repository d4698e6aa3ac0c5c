import { ArgsType, Field, ID, Int, OmitType, registerEnumType } from '@nestjs/graphql';
import {
  CONSENT_METHODS,
  CONSENT_STATUSES,
  EARNING_CAPACITY_BANDS,
  type ConsentMethod,
  type ConsentStatus,
  type EarningCapacityBand,
} from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConsentStatusEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import { IsIsoDate } from '../../../common/validation/validators.js';
import { ConsentMethodEnum, EarningCapacityBandEnum } from './job-seeker.model.js';
import {
  JobSeekerCompetenceInput,
  MAX_COMPETENCES,
  UpdateJobSeekerInput,
} from './job-seeker.input.js';

export const JOB_SEEKER_SORTS = ['LAST_NAME', 'CANDIDATE_NUMBER'] as const;
export type JobSeekerSort = (typeof JOB_SEEKER_SORTS)[number];
export const JobSeekerSortEnum = {
  LAST_NAME: 'LAST_NAME',
  CANDIDATE_NUMBER: 'CANDIDATE_NUMBER',
} as const;
registerEnumType(JobSeekerSortEnum, {
  name: 'JobSeekerSort',
  description: 'Order of a list of files (then by id).',
});

const ID_MESSAGE = 'Dit is geen geldige id.';

@ArgsType()
export class JobSeekersArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^GM\d{4}$/, { message: 'Een gemeentecode ziet eruit als GM0402.' })
  municipalityCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  consultantId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, or the candidate number.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Hoogstens 100 tekens.' })
  search?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  doelgroepregister?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  indicatieBeschutWerk?: boolean;

  @Field(() => ConsentStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONSENT_STATUSES)
  consentStatus?: ConsentStatus;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: availability never confirmed or not for 90 days (today in Europe/Amsterdam); false: confirmed within 90 days.',
  })
  @IsOptional()
  @IsBoolean()
  availabilityStale?: boolean;

  @Field(() => EarningCapacityBandEnum, { nullable: true })
  @IsOptional()
  @IsIn(EARNING_CAPACITY_BANDS)
  earningCapacityBand?: EarningCapacityBand;

  @Field(() => String, { nullable: true, description: 'Only files with this competence ...' })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: 'Hoogstens 64 tekens.' })
  competenceCode?: string;

  @Field(() => Int, {
    nullable: true,
    description: '... at this level or higher (1-5; needs competenceCode).',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Het niveau is een heel getal van 1 tot en met 5.' })
  @Max(5, { message: 'Het niveau is een heel getal van 1 tot en met 5.' })
  minLevel?: number;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;

  @Field(() => JobSeekerSortEnum, { defaultValue: 'LAST_NAME' })
  @IsIn(JOB_SEEKER_SORTS)
  sort: JobSeekerSort = 'LAST_NAME';
}

/** The filters of a list, without paging: what JobSeekerRepository.findPage takes. */
export type JobSeekerFilters = Omit<JobSeekersArgs, 'first' | 'after'>;

/** The filters of a list for counting only (e.g. the follow-up tab's badge). */
@ArgsType()
export class JobSeekerCountArgs extends OmitType(
  JobSeekersArgs,
  ['first', 'after', 'sort'] as const,
  ArgsType,
) {}

@ArgsType()
export class UpdateJobSeekerArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  id!: string;

  @Field(() => UpdateJobSeekerInput)
  @ValidateNested()
  @Type(() => UpdateJobSeekerInput)
  input!: UpdateJobSeekerInput;
}

@ArgsType()
export class SetJobSeekerCompetencesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  id!: string;

  @Field(() => [JobSeekerCompetenceInput], {
    description: 'The whole new set: competences left out are removed.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_COMPETENCES, { message: `Hoogstens ${MAX_COMPETENCES} competenties.` })
  @ValidateNested({ each: true })
  @Type(() => JobSeekerCompetenceInput)
  competences!: JobSeekerCompetenceInput[];
}

@ArgsType()
export class RecordJobSeekerConsentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  id!: string;

  @Field(() => ConsentStatusEnum, { description: 'GRANTED or WITHDRAWN.' })
  @IsIn(CONSENT_STATUSES)
  status!: ConsentStatus;

  @Field(() => ConsentMethodEnum, {
    nullable: true,
    description: 'How the job-seeker gave or withdrew consent; required for GRANTED.',
  })
  @IsOptional()
  @IsIn(CONSENT_METHODS, { message: 'Kies hoe de toestemming is gegeven.' })
  method?: ConsentMethod | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the day consent was given or withdrawn, not in the future; default today (Europe/Amsterdam).',
  })
  @IsOptional()
  @IsIsoDate()
  effectiveOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: from this day on the consent counts as not given; required for GRANTED, after today and effectiveOn.',
  })
  @IsOptional()
  @IsIsoDate()
  expiresOn?: string | null;
}
