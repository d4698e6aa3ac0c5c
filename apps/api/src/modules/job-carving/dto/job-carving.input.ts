import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  JOB_CARVING_REASONS,
  TASK_COMPLEXITIES,
  VACANCY_KINDS,
  type JobCarvingReason,
  type TaskComplexity,
  type VacancyKind,
} from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
import {
  JobCarvingReasonEnum,
  TaskComplexityEnum,
  VacancyKindEnum,
} from '../../../common/graphql/enums.js';
import {
  MAX_VACANCY_COMPETENCES,
  VacancyCompetenceInput,
  VacancyFieldsInput,
} from '../../vacancy/dto/vacancy.input.js';
import { taskSharesProblem } from '../job-carving-analysis.js';
import { IfGiven, IsWeeklyHours } from '../../../common/validation/validators.js';

const REQUIRED = 'Dit veld is verplicht.';
const tooLong = (max: number) => `Hoogstens ${max} tekens.`;
const MAX_JOBS = 20;
const MAX_TASKS = 30;
const NOT_AN_ID = 'Dit is geen geldige id.';
const SHARE = 'Het aandeel is een heel percentage van 1 tot en met 100.';
const SPLITTABLE = 'Geef aan of de taak kan worden afgesplitst.';
const REASON = 'Kies waarom u jobcarving overweegt.';

/** The shares of one job's tasks add up to 50-100 % (see job-carving-analysis.ts). */
const TaskSharesAddUp = () => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'taskSharesAddUp',
    target: target.constructor,
    propertyName,
    options: { message: ({ value }) => taskSharesProblem(value as JobCarvingTaskInput[]) ?? '' },
    validator: {
      validate(value: unknown) {
        if (
          !Array.isArray(value) ||
          !value.every((task: JobCarvingTaskInput) => Number.isInteger(task?.sharePercent))
        ) {
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

  @Field(() => Int, { description: "Share of the job's time, 1-100 %." })
  @IsInt({ message: 'Het aandeel is een heel percentage van 1 tot en met 100.' })
  @Min(1, { message: 'Het aandeel is een heel percentage van 1 tot en met 100.' })
  @Max(100, { message: 'Het aandeel is een heel percentage van 1 tot en met 100.' })
  sharePercent!: number;

  @Field(() => TaskComplexityEnum)
  @IsIn(TASK_COMPLEXITIES, { message: 'Kies hoe complex de taak is.' })
  complexity!: TaskComplexity;

  @Field({ description: "Whether, in the employer's view, the task could be split off the job." })
  @IsBoolean({ message: SPLITTABLE })
  splittable!: boolean;
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

  @Field(() => [JobCarvingTaskInput], {
    description: `1-${MAX_TASKS} tasks whose shares add up to 50-100 %.`,
  })
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

  @Field(() => JobCarvingReasonEnum, {
    description: 'Why the employer asks: shortage, workload, ...',
  })
  @IsIn(JOB_CARVING_REASONS, { message: REASON })
  reason!: JobCarvingReason;

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

  @Field(() => JobCarvingReasonEnum, { nullable: true })
  @IfGiven()
  @IsIn(JOB_CARVING_REASONS, { message: REASON })
  reason?: JobCarvingReason;

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
  @Field(() => VacancyKindEnum, {
    defaultValue: 'GARANTIEBAAN',
    description: 'A garantiebaan unless said otherwise.',
  })
  @IsIn(VACANCY_KINDS, { message: 'Kies een soort vacature.' })
  kind: VacancyKind = 'GARANTIEBAAN';
}

/** A task of the request: the job it belongs to and its place in that job's task list. */
@InputType()
export class JobCarvingTaskRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  jobId!: string;

  @Field(() => Int, { description: "0-based index into the job's tasks." })
  @IsInt({ message: 'Kies een taak uit de functie.' })
  @Min(0, { message: 'Kies een taak uit de functie.' })
  taskIndex!: number;
}

@InputType()
export class JobCarvingAnalysedTaskInput extends JobCarvingTaskRefInput {
  @Field(() => Int, { description: "Share of the job's time as the WSP measured it, 1-100 %." })
  @IsInt({ message: SHARE })
  @Min(1, { message: SHARE })
  @Max(100, { message: SHARE })
  sharePercent!: number;

  @Field(() => TaskComplexityEnum)
  @IsIn(TASK_COMPLEXITIES, { message: 'Kies hoe complex de taak is.' })
  complexity!: TaskComplexity;

  @Field({ description: "The WSP's conclusion: the task is carved out of its job." })
  @IsBoolean({ message: SPLITTABLE })
  splittable!: boolean;
}

/** The task analysis; recording it moves a SUBMITTED request to ANALYSING. */
@InputType()
export class RecordJobCarvingAnalysisInput {
  @Field({
    defaultValue: '',
    description: 'What the analysis found, for the employer and colleagues.',
  })
  @IsString()
  @MaxLength(4000, { message: tooLong(4000) })
  summary: string = '';

  @Field(() => [JobCarvingAnalysedTaskInput], {
    description: 'Each task of the request at most once.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'Beoordeel minstens één taak.' })
  @ArrayMaxSize(MAX_JOBS * MAX_TASKS, { message: 'Te veel taken.' })
  @ValidateNested({ each: true })
  @Type(() => JobCarvingAnalysedTaskInput)
  tasks!: JobCarvingAnalysedTaskInput[];
}

/** The carved role proposed to the employer. */
@InputType()
export class ProposeJobCarvingRoleInput {
  @Field({ description: 'Title of the carved role, e.g. "Medewerker spoelkeuken".' })
  @IsString({ message: REQUIRED })
  @MinLength(2, { message: 'Geef de functie een titel.' })
  @MaxLength(160, { message: tooLong(160) })
  title!: string;

  @Field({ description: 'The proposal text for the employer.' })
  @IsString({ message: REQUIRED })
  @MinLength(1, { message: 'Beschrijf het voorstel.' })
  @MaxLength(5000, { message: tooLong(5000) })
  description!: string;

  @Field(() => Float, { description: 'Hours a week, 1-40 in whole or half hours.' })
  @IsWeeklyHours()
  hoursPerWeek!: number;

  @Field(() => [JobCarvingTaskRefInput], {
    description: 'Tasks the analysis marked splittable, each once.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'Kies minstens één taak voor de nieuwe functie.' })
  @ArrayMaxSize(MAX_JOBS * MAX_TASKS, { message: 'Te veel taken.' })
  @ValidateNested({ each: true })
  @Type(() => JobCarvingTaskRefInput)
  tasks!: JobCarvingTaskRefInput[];

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
