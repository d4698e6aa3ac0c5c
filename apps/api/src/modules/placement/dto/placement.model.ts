import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  ContractType,
  EmployerSector,
  JobcoachHoursUnit,
  PlacementArrangement,
  PlacementEndReason,
  PlacementInstrument,
  VacancyKind,
} from '@werkbrug/domain-rules';
import {
  ContractTypeEnum,
  EmployerSectorEnum,
  JobcoachHoursUnitEnum,
  PlacementArrangementEnum,
  PlacementEndReasonEnum,
  PlacementInstrumentEnum,
  VacancyKindEnum,
} from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';
import {
  AftercareCheckInModel,
  AftercareMomentModel,
} from '../../aftercare/dto/aftercare.model.js';

@ObjectType('PlacementJobSeeker', {
  description: 'Who works here; for employer users anonymous unless introduced to them.',
})
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

@ObjectType('Placement', {
  description: "A job-seeker at work: the basis of the region's results.",
})
export class PlacementModel {
  @Field(() => ID) id!: string;
  @Field(() => PlacementJobSeekerModel) jobSeeker!: PlacementJobSeekerModel;
  @Field(() => PlacementEmployerModel) employer!: PlacementEmployerModel;
  @Field(() => PlacementVacancyModel, { nullable: true }) vacancy!: PlacementVacancyModel | null;
  @Field(() => ID, { nullable: true }) introductionId!: string | null;
  @Field(() => ContractTypeEnum) contractType!: ContractType;
  @Field(() => Float) hoursPerWeek!: number;
  @Field({ description: 'YYYY-MM-DD.' }) startDate!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Last working day (inclusive); null while it runs.',
  })
  endDate!: string | null;
  @Field({ description: 'No end date, or one today or later.' }) active!: boolean;
  @Field(() => [PlacementInstrumentEnum], {
    description:
      'Includes PROEFPLAATSING or BEHOUD_VAN_UITKERING exactly when the arrangement is that.',
  })
  instruments!: PlacementInstrument[];
  @Field(() => Float, {
    description:
      'Banenafspraak jobs this placement counts for: hours a week / 25.5 when the job-seeker is in the doelgroepregister, else 0.',
  })
  banenafspraakJobs!: number;
  @Field(() => PlacementArrangementEnum) arrangement!: PlacementArrangement;
  @Field({ description: 'BEHOUD_VAN_UITKERING: the one extension of 3 months was granted.' })
  arrangementExtended!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Last day a trial placement or behoud van uitkering may run; null for a regular job.',
  })
  limitDate!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Dutch warning when the limit date is within 14 days or passed while the placement runs.',
  })
  warning!: string | null;
  @Field(() => Float, { nullable: true, description: 'Gross hourly wage in euros.' }) hourlyWage!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Loonwaarde, % of the wage for the job.' })
  loonwaardePercentage!: number | null;
  @Field(() => Float, { nullable: true }) jobcoachHours!: number | null;
  @Field(() => JobcoachHoursUnitEnum, { nullable: true })
  jobcoachHoursUnit!: JobcoachHoursUnit | null;
  @Field(() => PlacementEndReasonEnum, {
    nullable: true,
    description: 'Why it ended; null for employer users (it may say HEALTH).',
  })
  endReason!: PlacementEndReason | null;
  @Field(() => String, { nullable: true, description: 'Staff only; null for employer users.' })
  endNote!: string | null;
  @Field(() => [AftercareMomentModel], {
    description: 'The aftercare moments: dates and whether they took place (what employers see).',
  })
  aftercareMoments!: AftercareMomentModel[];
  @Field(() => [AftercareCheckInModel], {
    nullable: true,
    description: 'The check-ins with outcome and note; null for employer users.',
  })
  aftercareCheckIns!: AftercareCheckInModel[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Running and latest outcome AT_RISK or a check-in > 14 days overdue; null for employer users.',
  })
  atRisk!: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it is at risk; null for employer users.',
  })
  atRiskReason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

export const PlacementConnection = ConnectionType(PlacementModel, 'Placement');
