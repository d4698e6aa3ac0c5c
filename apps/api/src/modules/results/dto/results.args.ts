import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const REGION_CODE = /^AM\d{2}$/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const REGION_MESSAGE = 'Een regiocode ziet eruit als AM12.';
const QUARTER_MESSAGE = 'Een kwartaal ziet eruit als 2026-Q3.';
export const YEAR_MESSAGE = 'Kies een jaar vanaf 2013 (de nulmeting van de banenafspraak).';

/** Results start with the banenafspraak's baseline year; the upper bound only stops nonsense. */
export const MIN_YEAR = 2013;
export const MAX_YEAR = 2100;

@ArgsType()
export class BanenafspraakResultsArgs {
  @Field()
  @Matches(REGION_CODE, { message: REGION_MESSAGE })
  regionCode!: string;

  @Field({ description: 'First quarter, e.g. 2025-Q4.' })
  @Matches(QUARTER, { message: QUARTER_MESSAGE })
  fromQuarter!: string;

  @Field({
    description:
      'Last quarter; at most the last completed one, and at most 40 quarters after fromQuarter.',
  })
  @Matches(QUARTER, { message: QUARTER_MESSAGE })
  toQuarter!: string;
}

@ArgsType()
export class RegionYearArgs {
  @Field()
  @Matches(REGION_CODE, { message: REGION_MESSAGE })
  regionCode!: string;

  @Field(() => Int, {
    description:
      'Counted up to the year end, or for the running year to its last completed quarter.',
  })
  @IsInt({ message: YEAR_MESSAGE })
  @Min(MIN_YEAR, { message: YEAR_MESSAGE })
  @Max(MAX_YEAR, { message: YEAR_MESSAGE })
  year!: number;
}

@ArgsType()
export class NationalOverviewArgs {
  @Field(() => String, {
    nullable: true,
    description: 'A completed quarter, e.g. 2026-Q3. Give this or year.',
  })
  @IsOptional()
  @Matches(QUARTER, { message: QUARTER_MESSAGE })
  quarter?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'A year: its last completed quarter. Give this or quarter.',
  })
  @IsOptional()
  @IsInt({ message: YEAR_MESSAGE })
  @Min(MIN_YEAR, { message: YEAR_MESSAGE })
  @Max(MAX_YEAR, { message: YEAR_MESSAGE })
  year?: number;
}
