import { ArgsType, Field, Int } from '@nestjs/graphql';
import {
  COMPETENCE_GROUPS,
  WORK_SECTORS,
  type CompetenceGroup,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CompetenceGroupEnum, WorkSectorEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import { COMPETENCE_CODE } from '../competence-rules.js';
import { UpdateCompetenceInput } from './competence.input.js';

const NOT_A_CODE = 'Dit is geen geldige competentiecode.';

@ArgsType()
export class CompetencesArgs extends PageArgs {
  @Field(() => CompetenceGroupEnum, { nullable: true })
  @IsOptional()
  @IsIn(COMPETENCE_GROUPS)
  group?: CompetenceGroup;

  @Field(() => WorkSectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(WORK_SECTORS)
  sector?: WorkSector;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the label or the code, case-insensitive.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Hoogstens 100 tekens.' })
  search?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also archived competences (hidden from pickers).',
  })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class CompetenceCodeArgs {
  @Field()
  @Matches(COMPETENCE_CODE, { message: NOT_A_CODE })
  code!: string;
}

@ArgsType()
export class UpdateCompetenceArgs {
  @Field()
  @Matches(COMPETENCE_CODE, { message: NOT_A_CODE })
  code!: string;

  @Field(() => UpdateCompetenceInput)
  @ValidateNested()
  @Type(() => UpdateCompetenceInput)
  input!: UpdateCompetenceInput;

  @Field(() => Int, {
    description: 'The revision the edit is based on; a newer one in the database means CONFLICT.',
  })
  @IsInt()
  @Min(1)
  expectedRevision!: number;
}
