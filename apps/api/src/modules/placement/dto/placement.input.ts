import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { CONTRACT_TYPES, PLACEMENT_INSTRUMENTS, type ContractType, type PlacementInstrument } from '@werkbrug/domain-rules';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ContractTypeEnum, PlacementInstrumentEnum } from '../../../common/graphql/enums.js';
import { IfGiven, IsIsoDate, IsWeeklyHours } from '../../../common/validation/validators.js';

const NOT_AN_ID = 'Dit is geen geldige id.';
@InputType()
export class CreatePlacementInput {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  jobSeekerId!: string;

  @Field(() => ID, { description: 'Who the work is done for; for temp-agency work or secondment the hiring employer.' })
  @IsUUID('all', { message: NOT_AN_ID })
  employerId!: string;

  @Field(() => ID, { nullable: true, description: "A vacancy of the employer; taken from the introduction when that is given." })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  vacancyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The introduction this placement came from; it moves to PLACED.' })
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

  @Field(() => String, { nullable: true, description: 'Last working day (inclusive), YYYY-MM-DD; null while it runs.' })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => [PlacementInstrumentEnum], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(PLACEMENT_INSTRUMENTS.length)
  @ArrayUnique({ message: 'Noem elk instrument maar één keer.' })
  @IsIn(PLACEMENT_INSTRUMENTS, { each: true, message: 'Dit instrument kennen we niet.' })
  instruments: PlacementInstrument[] = [];
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

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears the end date (the placement runs again).' })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => [PlacementInstrumentEnum], { nullable: true })
  @IfGiven()
  @IsArray()
  @ArrayMaxSize(PLACEMENT_INSTRUMENTS.length)
  @ArrayUnique({ message: 'Noem elk instrument maar één keer.' })
  @IsIn(PLACEMENT_INSTRUMENTS, { each: true, message: 'Dit instrument kennen we niet.' })
  instruments?: PlacementInstrument[];
}
