import { Field, Float, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  RULE_VIOLATION_MESSAGES,
  TRANSPORT_MODES,
  WORK_SECTORS,
  type TransportMode,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TransportModeEnum, WorkSectorEnum } from '../../../common/graphql/enums.js';
import { IsBsn, IsPostcode } from '../../../common/validation/validators.js';
import { IsAssessmentDate, IsAvailableHours, IsBirthDate } from './job-seeker.validators.js';

const REQUIRED = 'Dit veld is verplicht.';
const tooLong = (max: number) => `Hoogstens ${max} tekens.`;
const between = (min: number, max: number) => `Vul een heel getal in van ${min} tot en met ${max}.`;
const PERCENTAGE = RULE_VIOLATION_MESSAGES.INVALID_PERCENTAGE;
const LEVEL = RULE_VIOLATION_MESSAGES.INVALID_LEVEL;

/** Competence scans hold at most the whole taxonomy (60-150 competences). */
export const MAX_COMPETENCES = 200;

@InputType()
export class JobSeekerCompetenceInput {
  @Field({ description: 'Code of a competence in the taxonomy, e.g. WA_PUNCTUALITY.' })
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(64, { message: tooLong(64) })
  code!: string;

  @Field(() => Int, { description: "Level 1-5 on the competence's scale." })
  @IsInt({ message: LEVEL })
  @Min(1, { message: LEVEL })
  @Max(5, { message: LEVEL })
  level!: number;

  @Field(() => String, { nullable: true, description: 'When the level was assessed (YYYY-MM-DD).' })
  @IsOptional()
  @IsAssessmentDate()
  assessedAt?: string | null;
}

@InputType()
export class CreateJobSeekerInput {
  @Field()
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(100, { message: tooLong(100) })
  firstName!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(150, { message: tooLong(150) })
  lastName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Burgerservicenummer (elfproef); stored, only ever shown masked.',
  })
  @IsOptional()
  @MaxLength(20, { message: tooLong(20) })
  @IsBsn()
  bsn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsBirthDate()
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254, { message: tooLong(254) })
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{10,20}$/, { message: 'Vul een geldig telefoonnummer in.' })
  phone?: string | null;

  @Field({ description: 'Full postcode, e.g. 1211 AB.' })
  @MaxLength(10, { message: tooLong(10) })
  @IsPostcode()
  postcode!: string;

  @Field({ description: 'CBS code of the municipality responsible for the file, e.g. GM0402.' })
  @Matches(/^GM\d{4}$/, { message: 'Een gemeentecode ziet eruit als GM0402.' })
  municipalityCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The consultant who owns the file (on create: you, when left out).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  consultantId?: string;

  @Field(() => Int, { description: 'Earning capacity as % of the minimum wage, 0-100.' })
  @IsInt({ message: PERCENTAGE })
  @Min(0, { message: PERCENTAGE })
  @Max(100, { message: PERCENTAGE })
  earningCapacityPercent!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Measured loonwaarde, % of the wage for the job, 0-100.',
  })
  @IsOptional()
  @IsInt({ message: PERCENTAGE })
  @Min(0, { message: PERCENTAGE })
  @Max(100, { message: PERCENTAGE })
  loonwaardePercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Westerveld client profile 1-4.' })
  @IsOptional()
  @IsInt({ message: between(1, 4) })
  @Min(1, { message: between(1, 4) })
  @Max(4, { message: between(1, 4) })
  clientProfile?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hilversum perspective group 1-3.' })
  @IsOptional()
  @IsInt({ message: between(1, 3) })
  @Min(1, { message: between(1, 3) })
  @Max(3, { message: between(1, 3) })
  perspectiveGroup?: number | null;

  @Field(() => Int, { description: 'Participatieladder step 1-6.' })
  @IsInt({ message: between(1, 6) })
  @Min(1, { message: between(1, 6) })
  @Max(6, { message: between(1, 6) })
  participationStep!: number;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  doelgroepregister?: boolean;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  indicatieBeschutWerk?: boolean;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  wswOud?: boolean;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  statushouder?: boolean;

  @Field(() => Float, { description: 'Hours a week, 0-40 in whole or half hours.' })
  @IsAvailableHours()
  hoursAvailable!: number;

  @Field(() => Int, { description: 'Longest one-way journey, 0-180 minutes.' })
  @IsInt({ message: between(0, 180) })
  @Min(0, { message: between(0, 180) })
  @Max(180, { message: between(0, 180) })
  maxTravelMinutes!: number;

  @Field(() => Int, { description: 'Longest one-way distance, 0-250 km.' })
  @IsInt({ message: between(0, 250) })
  @Min(0, { message: between(0, 250) })
  @Max(250, { message: between(0, 250) })
  maxTravelKm!: number;

  @Field(() => [TransportModeEnum], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(TRANSPORT_MODES.length)
  @ArrayUnique({ message: 'Noem elk vervoermiddel één keer.' })
  @IsIn(TRANSPORT_MODES, { each: true })
  transportModes?: TransportMode[];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  hasDrivingLicence?: boolean;

  @Field(() => [WorkSectorEnum], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(WORK_SECTORS.length)
  @ArrayUnique({ message: 'Noem elke sector één keer.' })
  @IsIn(WORK_SECTORS, { each: true })
  sectorPreferences?: WorkSector[];

  @Field(() => String, {
    nullable: true,
    description:
      "Health-related work limitations: only the file's own consultant may set and see them.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: tooLong(2000) })
  workLimitations?: string | null;

  @Field(() => [JobSeekerCompetenceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(MAX_COMPETENCES, { message: `Hoogstens ${MAX_COMPETENCES} competenties.` })
  @ValidateNested({ each: true })
  @Type(() => JobSeekerCompetenceInput)
  competences?: JobSeekerCompetenceInput[];
}

/**
 * Every field optional; null clears the nullable ones. Required fields keep their validators on
 * null (skipNullProperties: false), so `firstName: null` is refused with its field path.
 */
@InputType()
export class UpdateJobSeekerInput extends PartialType(
  OmitType(CreateJobSeekerInput, ['competences'] as const, InputType),
  {
    decorator: InputType,
    omitDefaultValues: true,
    skipNullProperties: false,
  },
) {}
