import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ContractType, EmployerSector, PlacementInstrument, VacancyKind } from '@werkbrug/domain-rules';
import { ContractTypeEnum, EmployerSectorEnum, PlacementInstrumentEnum, VacancyKindEnum } from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';

@ObjectType('PlacementJobSeeker', { description: 'Who works here; for employer users anonymous unless introduced to them.' })
export class PlacementJobSeekerModel {
  @Field(() => ID, { nullable: true, description: 'Null for employer users.' }) id!: string | null;
  @Field(() => Int) candidateNumber!: number;
  @Field({ description: 'E.g. "Kandidaat 4711".' }) candidateLabel!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
}

@ObjectType('PlacementEmployer')
export class PlacementEmployerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => EmployerSectorEnum) sector!: EmployerSector;
}

@ObjectType('PlacementVacancy')
export class PlacementVacancyModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => VacancyKindEnum) kind!: VacancyKind;
}

@ObjectType('Placement', { description: "A job-seeker at work: the basis of the region's results." })
export class PlacementModel {
  @Field(() => ID) id!: string;
  @Field(() => PlacementJobSeekerModel) jobSeeker!: PlacementJobSeekerModel;
  @Field(() => PlacementEmployerModel) employer!: PlacementEmployerModel;
  @Field(() => PlacementVacancyModel, { nullable: true }) vacancy!: PlacementVacancyModel | null;
  @Field(() => ID, { nullable: true }) introductionId!: string | null;
  @Field(() => ContractTypeEnum) contractType!: ContractType;
  @Field(() => Float) hoursPerWeek!: number;
  @Field({ description: 'YYYY-MM-DD.' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'Last working day (inclusive); null while it runs.' }) endDate!: string | null;
  @Field({ description: 'No end date, or one today or later.' }) active!: boolean;
  @Field(() => [PlacementInstrumentEnum]) instruments!: PlacementInstrument[];
  @Field(() => Float, {
    description: 'Banenafspraak jobs this placement counts for: hours a week / 25.5 when the job-seeker is in the doelgroepregister, else 0.',
  })
  banenafspraakJobs!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

export const PlacementConnection = ConnectionType(PlacementModel, 'Placement');
