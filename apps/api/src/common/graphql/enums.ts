import { registerEnumType } from '@nestjs/graphql';
import {
  COMPETENCE_GROUPS,
  COMPETENCE_REQUIREMENTS,
  CONSENT_STATUSES,
  CONTRACT_TYPES,
  EMPLOYER_SECTORS,
  INTRODUCTION_STATUSES,
  JOB_CARVING_STATUSES,
  ORGANISATION_KINDS,
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
export const IntroductionStatusEnum = enumOf(INTRODUCTION_STATUSES);
export const PlacementInstrumentEnum = enumOf(PLACEMENT_INSTRUMENTS);
export const PortalEnum = { EMPLOYER: 'EMPLOYER', WSP: 'WSP' } as const;
export type Portal = keyof typeof PortalEnum;

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user does in Werkbrug.' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(EmployerSectorEnum, { name: 'EmployerSector', description: 'Banenafspraak split: MARKT (private) or OVERHEID (government).' });
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
registerEnumType(IntroductionStatusEnum, { name: 'IntroductionStatus' });
registerEnumType(PlacementInstrumentEnum, { name: 'PlacementInstrument' });
registerEnumType(PortalEnum, { name: 'Portal', description: 'The portal a user logs in to.' });
