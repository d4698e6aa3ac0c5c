import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { VACANCY_KINDS, type VacancyKind } from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { VacancyKindEnum } from '../../../common/graphql/enums.js';

const INVALID_ID = { message: 'Dit is geen geldige id.' };
const DISTANCE = { min: 'Een afstand is 0 km of meer.', max: 'Hoogstens 250 km.' };
const SCORE = { min: 'Een score is 0 of meer.', max: 'Een score is hoogstens 100.' };

/** `first`: 1-100, 20 when left out. */
@ArgsType()
class TopArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many, 1-100.' })
  @IsInt({ message: 'Vul een geheel getal in.' })
  @Min(1, { message: 'Vraag minstens 1 resultaat op.' })
  @Max(100, { message: 'Vraag hoogstens 100 resultaten op.' })
  first: number = 20;
}

@InputType()
export class VacancyMatchFilters {
  @Field(() => Float, {
    nullable: true,
    description: 'Only people within this many km (tighter than their own maximum).',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: DISTANCE.min })
  @Max(250, { message: DISTANCE.max })
  maxDistanceKm?: number;

  @Field(() => Float, { nullable: true, description: 'Only matches scoring at least this, 0-100.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: SCORE.min })
  @Max(100, { message: SCORE.max })
  minScore?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Staff only: only people in the doelgroepregister.',
  })
  @IsOptional()
  @IsBoolean()
  doelgroepregisterOnly?: boolean;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Also people from other regions within their travel limits.',
  })
  @IsBoolean()
  includeOtherRegions: boolean = true;
}

@ArgsType()
export class VacancyMatchesArgs extends TopArgs {
  @Field(() => ID)
  @IsUUID('all', INVALID_ID)
  vacancyId!: string;

  @Field(() => VacancyMatchFilters, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VacancyMatchFilters)
  filters?: VacancyMatchFilters;
}

@InputType()
export class JobSeekerMatchFilters {
  @Field(() => [VacancyKindEnum], { nullable: true, description: 'Only these kinds of vacancy.' })
  @IsOptional()
  @ArrayMaxSize(VACANCY_KINDS.length)
  @IsIn(VACANCY_KINDS, { each: true })
  kinds?: VacancyKind[];

  @Field(() => Float, { nullable: true, description: 'Only vacancies within this many km.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: DISTANCE.min })
  @Max(250, { message: DISTANCE.max })
  maxDistanceKm?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: SCORE.min })
  @Max(100, { message: SCORE.max })
  minScore?: number;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Also vacancies in other regions within travel limits.',
  })
  @IsBoolean()
  includeOtherRegions: boolean = true;
}

@ArgsType()
export class JobSeekerMatchesArgs extends TopArgs {
  @Field(() => ID)
  @IsUUID('all', INVALID_ID)
  jobSeekerId!: string;

  @Field(() => JobSeekerMatchFilters, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobSeekerMatchFilters)
  filters?: JobSeekerMatchFilters;
}

@ArgsType()
export class ExplainMatchArgs {
  @Field(() => ID)
  @IsUUID('all', INVALID_ID)
  vacancyId!: string;

  @Field(() => ID)
  @IsUUID('all', INVALID_ID)
  jobSeekerId!: string;
}

@ArgsType()
export class StartAssignmentProposalArgs {
  @Field({ description: 'The region whose open places are filled (AMnn).' })
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also people from other regions within their travel limits.',
  })
  @IsBoolean()
  includeOtherRegions: boolean = false;
}
