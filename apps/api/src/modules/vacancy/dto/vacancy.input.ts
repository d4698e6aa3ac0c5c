import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  COMPETENCE_REQUIREMENTS,
  CONTRACT_TYPES,
  VACANCY_KINDS,
  WORK_SECTORS,
  type CompetenceRequirement,
  type ContractType,
  type VacancyKind,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CompetenceRequirementEnum,
  ContractTypeEnum,
  VacancyKindEnum,
  WorkSectorEnum,
} from '../../../common/graphql/enums.js';
import { IfGiven, IsIsoDate, IsWeeklyHours } from '../../../common/validation/validators.js';

const REQUIRED = 'Dit veld is verplicht.';
const tooLong = (max: number) => `Hoogstens ${max} tekens.`;
const NOT_AN_ID = 'Dit is geen geldige id.';
const MAX_WAGE_CENTS = 100_000;
export const MAX_VACANCY_COMPETENCES = 30;

@InputType()
export class VacancyCompetenceInput {
  @Field({ description: 'Code of a competence in the taxonomy, e.g. WA_PUNCTUALITY.' })
  @IsString({ message: REQUIRED })
  @MinLength(1, { message: REQUIRED })
  @MaxLength(64, { message: tooLong(64) })
  competenceCode!: string;

  @Field(() => Int, { description: 'Minimum level asked, 1-5.' })
  @IsInt({ message: 'Het niveau is een heel getal van 1 tot en met 5.' })
  @Min(1, { message: 'Het niveau is een heel getal van 1 tot en met 5.' })
  @Max(5, { message: 'Het niveau is een heel getal van 1 tot en met 5.' })
  minLevel!: number;

  @Field(() => Int, { defaultValue: 3, description: 'How much it counts in matching, 1-5.' })
  @IsInt({ message: 'Het gewicht is een heel getal van 1 tot en met 5.' })
  @Min(1, { message: 'Het gewicht is een heel getal van 1 tot en met 5.' })
  @Max(5, { message: 'Het gewicht is een heel getal van 1 tot en met 5.' })
  weight: number = 3;

  @Field(() => CompetenceRequirementEnum)
  @IsIn(COMPETENCE_REQUIREMENTS, { message: 'Kies vereist of gewenst.' })
  requirement!: CompetenceRequirement;
}

/** The vacancy's own fields; shared by createVacancy and createVacancyFromJobCarving. */
@InputType({ isAbstract: true })
export abstract class VacancyFieldsInput {
  @Field(() => ID, { description: 'A location of the employer.' })
  @IsUUID('all', { message: NOT_AN_ID })
  locationId!: string;

  @Field()
  @IsString({ message: REQUIRED })
  @MinLength(2, { message: 'Geef de vacature een titel.' })
  @MaxLength(160, { message: tooLong(160) })
  title!: string;

  @Field()
  @IsString({ message: REQUIRED })
  @MinLength(1, { message: REQUIRED })
  @MaxLength(5000, { message: tooLong(5000) })
  description!: string;

  @Field(() => ContractTypeEnum)
  @IsIn(CONTRACT_TYPES, { message: 'Kies een contractvorm.' })
  contractType!: ContractType;

  @Field(() => WorkSectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(WORK_SECTORS, { message: 'Kies een sector.' })
  sector?: WorkSector | null;

  @Field(() => Float, { description: 'Hours a week, 1-40 in whole or half hours.' })
  @IsWeeklyHours()
  hoursMin!: number;

  @Field(() => Float, {
    description: 'Hours a week, 1-40 in whole or half hours; at least hoursMin.',
  })
  @IsWeeklyHours()
  hoursMax!: number;

  @Field(() => Int, { defaultValue: 1, description: '1-500.' })
  @IsInt({ message: 'Het aantal plaatsen is een heel getal van 1 tot en met 500.' })
  @Min(1, { message: 'Het aantal plaatsen is een heel getal van 1 tot en met 500.' })
  @Max(500, { message: 'Het aantal plaatsen is een heel getal van 1 tot en met 500.' })
  openings: number = 1;

  @Field(() => Int, { nullable: true, description: 'Gross hourly wage indication in euro cents.' })
  @IsOptional()
  @IsInt({ message: 'Het loon is een heel aantal centen.' })
  @Min(0, { message: 'Het loon kan niet negatief zijn.' })
  @Max(MAX_WAGE_CENTS, {
    message: 'Dit loon is onwaarschijnlijk hoog; vul het uurloon in centen in.',
  })
  wageMinCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Gross hourly wage indication in euro cents.' })
  @IsOptional()
  @IsInt({ message: 'Het loon is een heel aantal centen.' })
  @Min(0, { message: 'Het loon kan niet negatief zijn.' })
  @Max(MAX_WAGE_CENTS, {
    message: 'Dit loon is onwaarschijnlijk hoog; vul het uurloon in centen in.',
  })
  wageMaxCents?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not before startsOn.' })
  @IsOptional()
  @IsIsoDate()
  closesOn?: string | null;

  @Field(() => [VacancyCompetenceInput], {
    defaultValue: [],
    description: `At most ${MAX_VACANCY_COMPETENCES}, each code once.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_VACANCY_COMPETENCES, {
    message: `Hoogstens ${MAX_VACANCY_COMPETENCES} competenties.`,
  })
  @ValidateNested({ each: true })
  @Type(() => VacancyCompetenceInput)
  competences: VacancyCompetenceInput[] = [];
}

@InputType()
export class CreateVacancyInput extends VacancyFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  employerId!: string;

  @Field(() => VacancyKindEnum)
  @IsIn(VACANCY_KINDS, { message: 'Kies een soort vacature.' })
  kind!: VacancyKind;
}

/** Every field optional; required fields cannot be cleared (null is refused), the others can. */
@InputType()
export class UpdateVacancyInput {
  @Field(() => ID, { nullable: true })
  @IfGiven()
  @IsUUID('all', { message: NOT_AN_ID })
  locationId?: string;

  @Field(() => String, { nullable: true })
  @IfGiven()
  @IsString({ message: REQUIRED })
  @MinLength(2, { message: 'Geef de vacature een titel.' })
  @MaxLength(160, { message: tooLong(160) })
  title?: string;

  @Field(() => String, { nullable: true })
  @IfGiven()
  @IsString({ message: REQUIRED })
  @MinLength(1, { message: REQUIRED })
  @MaxLength(5000, { message: tooLong(5000) })
  description?: string;

  @Field(() => VacancyKindEnum, { nullable: true })
  @IfGiven()
  @IsIn(VACANCY_KINDS, { message: 'Kies een soort vacature.' })
  kind?: VacancyKind;

  @Field(() => ContractTypeEnum, { nullable: true })
  @IfGiven()
  @IsIn(CONTRACT_TYPES, { message: 'Kies een contractvorm.' })
  contractType?: ContractType;

  @Field(() => WorkSectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(WORK_SECTORS, { message: 'Kies een sector.' })
  sector?: WorkSector | null;

  @Field(() => Float, { nullable: true })
  @IfGiven()
  @IsWeeklyHours()
  hoursMin?: number;

  @Field(() => Float, { nullable: true })
  @IfGiven()
  @IsWeeklyHours()
  hoursMax?: number;

  @Field(() => Int, { nullable: true })
  @IfGiven()
  @IsInt({ message: 'Het aantal plaatsen is een heel getal van 1 tot en met 500.' })
  @Min(1, { message: 'Het aantal plaatsen is een heel getal van 1 tot en met 500.' })
  @Max(500, { message: 'Het aantal plaatsen is een heel getal van 1 tot en met 500.' })
  openings?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Het loon is een heel aantal centen.' })
  @Min(0, { message: 'Het loon kan niet negatief zijn.' })
  @Max(MAX_WAGE_CENTS, {
    message: 'Dit loon is onwaarschijnlijk hoog; vul het uurloon in centen in.',
  })
  wageMinCents?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Het loon is een heel aantal centen.' })
  @Min(0, { message: 'Het loon kan niet negatief zijn.' })
  @Max(MAX_WAGE_CENTS, {
    message: 'Dit loon is onwaarschijnlijk hoog; vul het uurloon in centen in.',
  })
  wageMaxCents?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  closesOn?: string | null;
}
