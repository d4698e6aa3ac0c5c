import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PLACEMENT_END_REASONS, type PlacementEndReason } from '@werkbrug/domain-rules';
import { Transform, Type } from 'class-transformer';
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
import { PlacementEndReasonEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import { UpdatePlacementInput } from './placement.input.js';
import { IsIsoDate, trim } from '../../../common/validation/validators.js';

const NOT_AN_ID = 'Dit is geen geldige id.';

@ArgsType()
export class PlacementsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'The region of the employer (AMnn).' })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  employerId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "One job-seeker's placements, within the viewer's scope.",
  })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  jobSeekerId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: no end date or one today or later; false: ended before today.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Started on or after this date (YYYY-MM-DD).',
  })
  @IsOptional()
  @IsIsoDate()
  startedFrom?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Started on or before this date (YYYY-MM-DD).',
  })
  @IsOptional()
  @IsIsoDate()
  startedTo?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class UpdatePlacementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => UpdatePlacementInput)
  @ValidateNested()
  @Type(() => UpdatePlacementInput)
  input!: UpdatePlacementInput;
}

@ArgsType()
export class EndPlacementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field({ description: 'Last working day (inclusive), YYYY-MM-DD.' })
  @IsIsoDate()
  endDate!: string;

  @Field(() => PlacementEndReasonEnum)
  @IsIn(PLACEMENT_END_REASONS, { message: 'Kies een reden.' })
  reason!: PlacementEndReason;

  @Field(() => String, { nullable: true, description: 'Required with reason OTHER. Staff only.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'Houd de toelichting onder 1000 tekens.' })
  note?: string | null;
}
