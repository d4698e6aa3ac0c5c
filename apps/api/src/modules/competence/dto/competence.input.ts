import { Field, InputType, OmitType, PartialType } from '@nestjs/graphql';
import {
  COMPETENCE_GROUPS,
  WORK_SECTORS,
  type CompetenceGroup,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { CompetenceGroupEnum, WorkSectorEnum } from '../../../common/graphql/enums.js';
import { COMPETENCE_CODE } from '../competence-rules.js';
import { trim } from '../../../common/validation/validators.js';

const REQUIRED = 'Dit veld is verplicht.';
const tooLong = (max: number) => `Hoogstens ${max} tekens.`;
const FIVE_LEVELS = 'Beschrijf precies vijf niveaus: 1 tot en met 5.';
const LEVEL_TEXT = 'Elke niveaubeschrijving is 1 tot 300 tekens.';

const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' ? item.trim() : item))
    : value;

@InputType()
export class CreateCompetenceInput {
  @Field({
    description: 'Stable key, e.g. VOC_HOSP_DISHWASHING: capitals, digits and _, 3-64 long.',
  })
  @Matches(COMPETENCE_CODE, {
    message:
      'Een code is 3 tot 64 tekens: hoofdletters, cijfers of _, en begint met een hoofdletter.',
  })
  code!: string;

  @Field(() => CompetenceGroupEnum)
  @IsIn(COMPETENCE_GROUPS, { message: 'Kies een groep.' })
  group!: CompetenceGroup;

  @Field(() => WorkSectorEnum, {
    nullable: true,
    description: 'Required for VOCATIONAL competences, empty otherwise.',
  })
  @IsOptional()
  @IsIn(WORK_SECTORS, { message: 'Kies een sector.' })
  sector?: WorkSector | null;

  @Field({ description: 'Dutch name, at most 120 characters.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(120, { message: tooLong(120) })
  label!: string;

  @Field({ description: 'Dutch description, at most 1000 characters.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(1000, { message: tooLong(1000) })
  description!: string;

  @Field(() => [String], {
    description: 'Dutch descriptions of levels 1 to 5, in that order (1-300 characters each).',
  })
  @Transform(trimEach)
  @IsArray({ message: FIVE_LEVELS })
  @ArrayMinSize(5, { message: FIVE_LEVELS })
  @ArrayMaxSize(5, { message: FIVE_LEVELS })
  @IsString({ each: true, message: LEVEL_TEXT })
  @MinLength(1, { each: true, message: LEVEL_TEXT })
  @MaxLength(300, { each: true, message: LEVEL_TEXT })
  levelDescriptions!: string[];

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Whether a gap is usually closed on the job or with a short course.',
  })
  @IsBoolean()
  trainable!: boolean;
}

/** Every field but the code (a stable key) may change; omitted fields keep their value. */
@InputType()
export class UpdateCompetenceInput extends PartialType(
  OmitType(CreateCompetenceInput, ['code'] as const, InputType),
  {
    decorator: InputType,
    omitDefaultValues: true,
  },
) {}
