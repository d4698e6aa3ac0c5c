import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  CONTRACT_TYPES,
  JOBCOACH_HOURS_UNITS,
  PLACEMENT_ARRANGEMENTS,
  PLACEMENT_INSTRUMENTS,
  type ContractType,
  type JobcoachHoursUnit,
  type PlacementArrangement,
  type PlacementInstrument,
} from '@werkbrug/domain-rules';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
} from 'class-validator';
import {
  ContractTypeEnum,
  JobcoachHoursUnitEnum,
  PlacementArrangementEnum,
  PlacementInstrumentEnum,
} from '../../../common/graphql/enums.js';
import { IfGiven, IsIsoDate, IsWeeklyHours } from '../../../common/validation/validators.js';

const NOT_AN_ID = 'Dit is geen geldige id.';
@InputType()
export class CreatePlacementInput {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  jobSeekerId!: string;

  @Field(() => ID, {
    description:
      'Who the work is done for; for temp-agency work or secondment the hiring employer.',
  })
  @IsUUID('all', { message: NOT_AN_ID })
  employerId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A vacancy of the employer; taken from the introduction when that is given.',
  })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  vacancyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The introduction this placement came from; it moves to PLACED.',
  })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  introductionId?: string | null;

  @Field(() => ContractTypeEnum)
  @IsIn(CONTRACT_TYPES, { message: 'Kies een soort contract.' })
  contractType!: ContractType;

  @Field(() => Float, { description: '1-40, in whole or half hours.' })
  @IsWeeklyHours()
  hoursPerWeek!: number;

  @Field({ description: 'First working day, YYYY-MM-DD.' })
  @IsIsoDate()
  startDate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last working day (inclusive), YYYY-MM-DD; null while it runs.',
  })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => [PlacementInstrumentEnum], {
    defaultValue: [],
    description:
      'PROEFPLAATSING and BEHOUD_VAN_UITKERING follow from the arrangement; listing one that does not fit it is refused.',
  })
  @IsArray()
  @ArrayMaxSize(PLACEMENT_INSTRUMENTS.length)
  @ArrayUnique({ message: 'Noem elk instrument maar één keer.' })
  @IsIn(PLACEMENT_INSTRUMENTS, { each: true, message: 'Dit instrument kennen we niet.' })
  instruments: PlacementInstrument[] = [];

  @Field(() => PlacementArrangementEnum, { defaultValue: 'REGULAR' })
  @IsIn(PLACEMENT_ARRANGEMENTS, { message: 'Kies een soort plaatsing.' })
  arrangement: PlacementArrangement = 'REGULAR';

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'BEHOUD_VAN_UITKERING only: the one extension of 3 months.',
  })
  @IsBoolean()
  arrangementExtended: boolean = false;

  @Field(() => Float, {
    nullable: true,
    description: 'Gross hourly wage in euros; required for paid work, null otherwise.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Vul een bedrag in.' })
  hourlyWage?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Loonwaarde, 0-100 % of the wage for the job; required with LOONKOSTENSUBSIDIE.',
  })
  @IsOptional()
  @IsInt({ message: 'De loonwaarde is een heel percentage.' })
  loonwaardePercentage?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Jobcoach hours per jobcoachHoursUnit; required with JOBCOACH.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Vul een aantal uren in.' })
  jobcoachHours?: number | null;

  @Field(() => JobcoachHoursUnitEnum, { nullable: true })
  @IsOptional()
  @IsIn(JOBCOACH_HOURS_UNITS, { message: 'Kies per week of per maand.' })
  jobcoachHoursUnit?: JobcoachHoursUnit | null;
}

/** Changes the terms of a placement; who, where and from which introduction stay as they were. */
@InputType()
export class UpdatePlacementInput {
  @Field(() => ContractTypeEnum, { nullable: true })
  @IfGiven()
  @IsIn(CONTRACT_TYPES, { message: 'Kies een soort contract.' })
  contractType?: ContractType;

  @Field(() => Float, { nullable: true, description: '1-40, in whole or half hours.' })
  @IfGiven()
  @IsWeeklyHours()
  hoursPerWeek?: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IfGiven()
  @IsIsoDate()
  startDate?: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; null clears the end date (the placement runs again).',
  })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => [PlacementInstrumentEnum], {
    nullable: true,
    description:
      'PROEFPLAATSING and BEHOUD_VAN_UITKERING follow from the arrangement; listing one that does not fit it is refused.',
  })
  @IfGiven()
  @IsArray()
  @ArrayMaxSize(PLACEMENT_INSTRUMENTS.length)
  @ArrayUnique({ message: 'Noem elk instrument maar één keer.' })
  @IsIn(PLACEMENT_INSTRUMENTS, { each: true, message: 'Dit instrument kennen we niet.' })
  instruments?: PlacementInstrument[];

  @Field(() => PlacementArrangementEnum, { nullable: true })
  @IfGiven()
  @IsIn(PLACEMENT_ARRANGEMENTS, { message: 'Kies een soort plaatsing.' })
  arrangement?: PlacementArrangement;

  @Field(() => Boolean, { nullable: true })
  @IfGiven()
  @IsBoolean()
  arrangementExtended?: boolean;

  @Field(() => Float, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Vul een bedrag in.' })
  hourlyWage?: number | null;

  @Field(() => Int, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsInt({ message: 'De loonwaarde is een heel percentage.' })
  loonwaardePercentage?: number | null;

  @Field(() => Float, { nullable: true, description: 'null clears it (with the unit).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Vul een aantal uren in.' })
  jobcoachHours?: number | null;

  @Field(() => JobcoachHoursUnitEnum, { nullable: true })
  @IsOptional()
  @IsIn(JOBCOACH_HOURS_UNITS, { message: 'Kies per week of per maand.' })
  jobcoachHoursUnit?: JobcoachHoursUnit | null;
}
