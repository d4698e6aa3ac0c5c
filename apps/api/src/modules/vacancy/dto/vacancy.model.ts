import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  CompetenceGroup,
  CompetenceRequirement,
  ContractType,
  EmployerSector,
  VacancyKind,
  VacancyStatus,
  WorkSector,
} from '@werkbrug/domain-rules';
import {
  CompetenceGroupEnum,
  CompetenceRequirementEnum,
  ContractTypeEnum,
  EmployerSectorEnum,
  VacancyKindEnum,
  VacancyStatusEnum,
  WorkSectorEnum,
} from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';
import { EmployerLocationModel } from '../../employer/dto/employer.model.js';

@ObjectType('VacancyEmployer', { description: 'The employer offering a vacancy.' })
export class VacancyEmployerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => EmployerSectorEnum) sector!: EmployerSector;
}

@ObjectType('VacancyCompetenceDefinition', {
  description: 'The taxonomy entry a vacancy asks for.',
})
export class VacancyCompetenceDefinitionModel {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => CompetenceGroupEnum) group!: CompetenceGroup;
  @Field(() => WorkSectorEnum, { nullable: true }) sector!: WorkSector | null;
}

@ObjectType('VacancyCompetence', {
  description: 'A competence the vacancy asks for, with a minimum level.',
})
export class VacancyCompetenceModel {
  @Field(() => VacancyCompetenceDefinitionModel) competence!: VacancyCompetenceDefinitionModel;
  @Field(() => Int, { description: '1-5.' }) minLevel!: number;
  @Field(() => Int, { description: 'How much it counts in matching, 1-5.' }) weight!: number;
  @Field(() => CompetenceRequirementEnum) requirement!: CompetenceRequirement;
}

@ObjectType('Vacancy', {
  description: 'A place an employer offers (vacature, garantiebaan, werkleerplek, ...).',
})
export class VacancyModel {
  @Field(() => ID) id!: string;
  @Field(() => VacancyEmployerModel) employer!: VacancyEmployerModel;
  @Field(() => EmployerLocationModel) location!: EmployerLocationModel;
  @Field({ description: "The employer's region." }) regionCode!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => VacancyKindEnum) kind!: VacancyKind;
  @Field(() => VacancyStatusEnum) status!: VacancyStatus;
  @Field(() => WorkSectorEnum, { nullable: true }) sector!: WorkSector | null;
  @Field(() => Float, { description: 'Hours a week.' }) hoursMin!: number;
  @Field(() => Float, { description: 'Hours a week.' }) hoursMax!: number;
  @Field(() => Int) openings!: number;
  @Field(() => ContractTypeEnum) contractType!: ContractType;
  @Field(() => Int, { nullable: true, description: 'Gross hourly wage indication in euro cents.' })
  wageMinCents!: number | null;
  @Field(() => Int, { nullable: true, description: 'Gross hourly wage indication in euro cents.' })
  wageMaxCents!: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) startsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) closesOn!: string | null;
  @Field(() => [VacancyCompetenceModel], { description: 'Required first, then by weight.' })
  competences!: VacancyCompetenceModel[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

export const VacancyConnection = ConnectionType(VacancyModel, 'Vacancy');
