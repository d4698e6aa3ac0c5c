import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TASK_COMPLEXITIES, VACANCY_KINDS, type TaskComplexity, type VacancyKind } from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { TaskComplexityEnum, VacancyKindEnum } from '../../../common/graphql/enums.js';
import { VacancyFieldsInput } from '../../vacancy/dto/vacancy.input.js';
import { taskSharesProblem } from '../job-carving-analysis.js';
import { IfGiven } from '../../../common/validation/validators.js';

const REQUIRED = 'Dit veld is verplicht.';
const tooLong = (max: number) => `Hoogstens ${max} tekens.`;
const MAX_JOBS = 20;
const MAX_TASKS = 30;

/** The shares of one job's tasks add up to 50-100 % (see job-carving-analysis.ts). */
const TaskSharesAddUp = () => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'taskSharesAddUp',
    target: target.constructor,
    propertyName,
    options: { message: ({ value }) => taskSharesProblem(value as JobCarvingTaskInput[]) ?? '' },
    validator: {
      validate(value: unknown) {
        if (!Array.isArray(value) || !value.every((task: JobCarvingTaskInput) => Number.isInteger(task?.sharePercent))) {
          return true; // the tasks' own validators report what is wrong with them
        }
        return taskSharesProblem(value as JobCarvingTaskInput[]) === null;
      },
    },
  });

@InputType()
export class JobCarvingTaskInput {
  @Field()
  @IsString({ message: REQUIRED })
  @MinLength(2, { message: 'Beschrijf de taak in een paar woorden.' })
  @MaxLength(120, { message: tooLong(120) })
  name!: string;

  @Field(() => Int, { description: 'Share of the job\'s time, 1-100 %.' })
  @IsInt({ message: 'Het aandeel is een heel percentage van 1 tot en met 100.' })
  @Min(1, { message: 'Het aandeel is een heel percentage van 1 tot en met 100.' })
  @Max(100, { message: 'Het aandeel is een heel percentage van 1 tot en met 100.' })
  sharePercent!: number;

  @Field(() => TaskComplexityEnum)
  @IsIn(TASK_COMPLEXITIES, { message: 'Kies hoe complex de taak is.' })
  complexity!: TaskComplexity;
}

@InputType()
export class JobCarvingJobInput {
  @Field({ description: 'The current job, e.g. "Medewerker bediening".' })
  @IsString({ message: REQUIRED })
  @MinLength(2, { message: 'Geef de functie een naam.' })
  @MaxLength(160, { message: tooLong(160) })
  title!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many people do this job, 1-1000.' })
  @IsInt({ message: 'Het aantal medewerkers is een heel getal van 1 tot en met 1000.' })
  @Min(1, { message: 'Het aantal medewerkers is een heel getal van 1 tot en met 1000.' })
  @Max(1000, { message: 'Het aantal medewerkers is een heel getal van 1 tot en met 1000.' })
  headcount: number = 1;

  @Field(() => [JobCarvingTaskInput], { description: `1-${MAX_TASKS} tasks whose shares add up to 50-100 %.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'Beschrijf minstens één taak.' })
  @ArrayMaxSize(MAX_TASKS, { message: `Hoogstens ${MAX_TASKS} taken per functie.` })
  @ValidateNested({ each: true })
  @Type(() => JobCarvingTaskInput)
  @TaskSharesAddUp()
  tasks!: JobCarvingTaskInput[];
}

@InputType()
export class SubmitJobCarvingRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  employerId!: string;

  @Field({ description: 'The department whose work is to be analysed.' })
  @IsString({ message: REQUIRED })
  @MinLength(2, { message: 'Vul de afdeling in.' })
  @MaxLength(160, { message: tooLong(160) })
  department!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000, { message: tooLong(4000) })
  notes: string = '';

  @Field(() => [JobCarvingJobInput], { description: `1-${MAX_JOBS} current jobs.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'Beschrijf minstens één functie.' })
  @ArrayMaxSize(MAX_JOBS, { message: `Hoogstens ${MAX_JOBS} functies per verzoek.` })
  @ValidateNested({ each: true })
  @Type(() => JobCarvingJobInput)
  jobs!: JobCarvingJobInput[];
}

/** Every field optional; given jobs replace all current ones. */
@InputType()
export class UpdateJobCarvingRequestInput {
  @Field(() => String, { nullable: true })
  @IfGiven()
  @IsString({ message: REQUIRED })
  @MinLength(2, { message: 'Vul de afdeling in.' })
  @MaxLength(160, { message: tooLong(160) })
  department?: string;

  @Field(() => String, { nullable: true })
  @IfGiven()
  @IsString({ message: 'Laat het veld leeg in plaats van het te wissen.' })
  @MaxLength(4000, { message: tooLong(4000) })
  notes?: string;

  @Field(() => [JobCarvingJobInput], { nullable: true })
  @IfGiven()
  @IsArray({ message: 'Beschrijf minstens één functie.' })
  @ArrayMinSize(1, { message: 'Beschrijf minstens één functie.' })
  @ArrayMaxSize(MAX_JOBS, { message: `Hoogstens ${MAX_JOBS} functies per verzoek.` })
  @ValidateNested({ each: true })
  @Type(() => JobCarvingJobInput)
  jobs?: JobCarvingJobInput[];
}

/** The carved role's vacancy; it is created for the request's employer. */
@InputType()
export class CreateVacancyFromJobCarvingInput extends VacancyFieldsInput {
  @Field(() => VacancyKindEnum, { defaultValue: 'GARANTIEBAAN', description: 'A garantiebaan unless said otherwise.' })
  @IsIn(VACANCY_KINDS, { message: 'Kies een soort vacature.' })
  kind: VacancyKind = 'GARANTIEBAAN';
}
