import { registerEnumType } from '@nestjs/graphql';
import {
  AFTERCARE_KINDS,
  AFTERCARE_OUTCOMES,
  AFTERCARE_STATUSES,
  COMPETENCE_GROUPS,
  COMPETENCE_REQUIREMENTS,
  CONSENT_STATUSES,
  CONTRACT_TYPES,
  EMPLOYER_SECTORS,
  INTRODUCTION_STATUSES,
  JOB_CARVING_REASONS,
  JOB_CARVING_STATUSES,
  JOBCOACH_HOURS_UNITS,
  ORGANISATION_KINDS,
  PLACEMENT_ARRANGEMENTS,
  PLACEMENT_END_REASONS,
  PLACEMENT_INSTRUMENTS,
  ROLES,
  TASK_COMPLEXITIES,
  TRANSPORT_MODES,
  VACANCY_KINDS,
  VACANCY_STATUSES,
  WORK_SECTORS,
} from '@werkbrug/domain-rules';

/** A GraphQL enum object built from one of the domain's `as const` tuples. */
function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const RoleEnum = enumOf(ROLES);
export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const EmployerSectorEnum = enumOf(EMPLOYER_SECTORS);
export const VacancyKindEnum = enumOf(VACANCY_KINDS);
export const VacancyStatusEnum = enumOf(VACANCY_STATUSES);
export const ContractTypeEnum = enumOf(CONTRACT_TYPES);
export const CompetenceRequirementEnum = enumOf(COMPETENCE_REQUIREMENTS);
export const CompetenceGroupEnum = enumOf(COMPETENCE_GROUPS);
export const WorkSectorEnum = enumOf(WORK_SECTORS);
export const ConsentStatusEnum = enumOf(CONSENT_STATUSES);
export const TransportModeEnum = enumOf(TRANSPORT_MODES);
export const JobCarvingStatusEnum = enumOf(JOB_CARVING_STATUSES);
export const TaskComplexityEnum = enumOf(TASK_COMPLEXITIES);
export const JobCarvingReasonEnum = enumOf(JOB_CARVING_REASONS);
export const IntroductionStatusEnum = enumOf(INTRODUCTION_STATUSES);
export const PlacementInstrumentEnum = enumOf(PLACEMENT_INSTRUMENTS);
export const PlacementArrangementEnum = enumOf(PLACEMENT_ARRANGEMENTS);
export const PlacementEndReasonEnum = enumOf(PLACEMENT_END_REASONS);
export const JobcoachHoursUnitEnum = enumOf(JOBCOACH_HOURS_UNITS);
export const AftercareKindEnum = enumOf(AFTERCARE_KINDS);
export const AftercareStatusEnum = enumOf(AFTERCARE_STATUSES);
export const AftercareOutcomeEnum = enumOf(AFTERCARE_OUTCOMES);
export const PortalEnum = { EMPLOYER: 'EMPLOYER', WSP: 'WSP' } as const;
export type Portal = keyof typeof PortalEnum;

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user does in Werkbrug.' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(EmployerSectorEnum, {
  name: 'EmployerSector',
  description: 'Banenafspraak split: MARKT (private) or OVERHEID (government).',
});
registerEnumType(VacancyKindEnum, { name: 'VacancyKind' });
registerEnumType(VacancyStatusEnum, { name: 'VacancyStatus' });
registerEnumType(ContractTypeEnum, { name: 'ContractType' });
registerEnumType(CompetenceRequirementEnum, { name: 'CompetenceRequirement' });
registerEnumType(CompetenceGroupEnum, { name: 'CompetenceGroup' });
registerEnumType(WorkSectorEnum, { name: 'WorkSector' });
registerEnumType(ConsentStatusEnum, { name: 'ConsentStatus' });
registerEnumType(TransportModeEnum, { name: 'TransportMode' });
registerEnumType(JobCarvingStatusEnum, { name: 'JobCarvingStatus' });
registerEnumType(TaskComplexityEnum, { name: 'TaskComplexity' });
registerEnumType(JobCarvingReasonEnum, {
  name: 'JobCarvingReason',
  description: 'Why an employer asks for job carving.',
});
registerEnumType(IntroductionStatusEnum, { name: 'IntroductionStatus' });
registerEnumType(PlacementInstrumentEnum, { name: 'PlacementInstrument' });
registerEnumType(PlacementArrangementEnum, {
  name: 'PlacementArrangement',
  description:
    'REGULAR job, TRIAL_PLACEMENT (at most 2 months) or BEHOUD_VAN_UITKERING (3 months, once extended by 3).',
});
registerEnumType(PlacementEndReasonEnum, { name: 'PlacementEndReason' });
registerEnumType(JobcoachHoursUnitEnum, { name: 'JobcoachHoursUnit' });
registerEnumType(AftercareKindEnum, {
  name: 'AftercareKind',
  description: 'Aftercare moment after the start: 2 weeks, 1, 3, 6 or 12 months.',
});
registerEnumType(AftercareStatusEnum, {
  name: 'AftercareStatus',
  description: 'CANCELLED: falls after the last working day.',
});
registerEnumType(AftercareOutcomeEnum, { name: 'AftercareOutcome' });
registerEnumType(PortalEnum, { name: 'Portal', description: 'The portal a user logs in to.' });
