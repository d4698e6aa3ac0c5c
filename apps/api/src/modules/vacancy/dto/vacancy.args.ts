import { ArgsType, Field, ID } from '@nestjs/graphql';
import {
  VACANCY_KINDS,
  VACANCY_STATUSES,
  WORK_SECTORS,
  type VacancyKind,
  type VacancyStatus,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  VacancyKindEnum,
  VacancyStatusEnum,
  WorkSectorEnum,
} from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import { IsIsoDate } from '../../../common/validation/validators.js';
import {
  MAX_VACANCY_COMPETENCES,
  UpdateVacancyInput,
  VacancyCompetenceInput,
} from './vacancy.input.js';

const NOT_AN_ID = 'Dit is geen geldige id.';

@ArgsType()
export class VacanciesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  employerId?: string;

  @Field(() => String, { nullable: true, description: "The employer's region (AMnn)." })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;

  @Field(() => VacancyKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(VACANCY_KINDS)
  kind?: VacancyKind;

  @Field(() => VacancyStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;

  @Field(() => WorkSectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(WORK_SECTORS)
  sector?: WorkSector;

  @Field(() => String, {
    nullable: true,
    description: 'Only vacancies that ask for this competence.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: 'Hoogstens 64 tekens.' })
  competenceCode?: string;

  @Field(() => String, { nullable: true, description: 'Part of the title.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Hoogstens 100 tekens.' })
  search?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only vacancies created on or after this day (YYYY-MM-DD), e.g. for an inbox of new ones.',
  })
  @IsOptional()
  @IsIsoDate()
  createdSince?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class UpdateVacancyArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => UpdateVacancyInput)
  @ValidateNested()
  @Type(() => UpdateVacancyInput)
  input!: UpdateVacancyInput;
}

@ArgsType()
export class SetVacancyCompetencesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => [VacancyCompetenceInput], {
    description: `Replaces every asked competence; at most ${MAX_VACANCY_COMPETENCES}.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_VACANCY_COMPETENCES, {
    message: `Hoogstens ${MAX_VACANCY_COMPETENCES} competenties.`,
  })
  @ValidateNested({ each: true })
  @Type(() => VacancyCompetenceInput)
  competences!: VacancyCompetenceInput[];
}

@ArgsType()
export class ChangeVacancyStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => VacancyStatusEnum)
  @IsIn(VACANCY_STATUSES)
  status!: VacancyStatus;
}
