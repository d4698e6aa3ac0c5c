import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { MAX_YEAR, MIN_YEAR, YEAR_MESSAGE } from './results.args.js';

const JOBS_MESSAGE =
  'Vul een aantal banen in groter dan 0 en tot 100.000, met hoogstens één decimaal.';
const SPLIT_MESSAGE = 'Vul een aantal banen in van 0 tot 100.000, met hoogstens één decimaal.';
const PEOPLE_MESSAGE = 'Vul een heel aantal in van 0 tot 100.000.';
const MAX_JOBS = 100_000;

@InputType()
export class RegionTargetInput {
  @Field()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode!: string;

  @Field(() => Int)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(MIN_YEAR, { message: YEAR_MESSAGE })
  @Max(MAX_YEAR, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => Float, {
    description: 'Extra jobs (25.5 hours a week each) against the baseline, one decimal at most.',
  })
  @IsNumber(
    { maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false },
    { message: JOBS_MESSAGE },
  )
  @Min(0.1, { message: JOBS_MESSAGE })
  @Max(MAX_JOBS, { message: JOBS_MESSAGE })
  jobs!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Optional markt part; give both parts or neither, adding up to jobs.',
  })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false },
    { message: SPLIT_MESSAGE },
  )
  @Min(0, { message: SPLIT_MESSAGE })
  @Max(MAX_JOBS, { message: SPLIT_MESSAGE })
  marktJobs?: number | null;

  @Field(() => Float, { nullable: true, description: 'Optional overheid part.' })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false },
    { message: SPLIT_MESSAGE },
  )
  @Min(0, { message: SPLIT_MESSAGE })
  @Max(MAX_JOBS, { message: SPLIT_MESSAGE })
  overheidJobs?: number | null;
}

@InputType()
export class MunicipalityTargetInput {
  @Field({ description: 'CBS code, e.g. GM0402.' })
  @Matches(/^GM\d{4}$/, { message: 'Een gemeentecode ziet eruit als GM0402.' })
  municipalityCode!: string;

  @Field(() => Int)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(MIN_YEAR, { message: YEAR_MESSAGE })
  @Max(MAX_YEAR, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Sheltered places to offer; null: none set.' })
  @IsOptional()
  @IsInt({ message: PEOPLE_MESSAGE })
  @Min(0, { message: PEOPLE_MESSAGE })
  @Max(MAX_JOBS, { message: PEOPLE_MESSAGE })
  beschutWerkTaakstelling?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'People to leave benefit because of work; null: none set.',
  })
  @IsOptional()
  @IsInt({ message: PEOPLE_MESSAGE })
  @Min(0, { message: PEOPLE_MESSAGE })
  @Max(MAX_JOBS, { message: PEOPLE_MESSAGE })
  uitstroomTarget?: number | null;
}
