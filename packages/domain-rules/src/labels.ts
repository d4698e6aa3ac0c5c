// Dutch labels for every closed set in ./enums.ts. Each is a Record over the enum, so adding a value
// without a label fails the typecheck.
import type {
  AftercareKind,
  AftercareOutcome,
  AftercareStatus,
  ClientProfile,
  CompetenceGroup,
  CompetenceRequirement,
  ConsentStatus,
  ContractType,
  EarningCapacityBand,
  EmployerSector,
  IntroductionStatus,
  JobCarvingReason,
  JobCarvingStatus,
  JobcoachHoursUnit,
  Level,
  OrganisationKind,
  ParticipationStep,
  PerspectiveGroup,
  PlacementArrangement,
  PlacementEndReason,
  PlacementInstrument,
  PlacementRoute,
  Role,
  TaskComplexity,
  TransportMode,
  VacancyKind,
  VacancyStatus,
  WorkSector,
} from './enums.js';

export const ROLE_LABELS: Record<Role, string> = {
  EMPLOYER_USER: 'Werkgever',
  ACCOUNT_MANAGER: 'Accountmanager',
  CONSULTANT: 'Consulent',
  BOARD_MEMBER: 'Lid werkbedrijf',
  ADMIN: 'Beheerder',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  WSP: 'Werkgeversservicepunt',
  MUNICIPALITY: 'Gemeente',
  UWV: 'UWV',
  PROVIDER: 'Uitvoeringsorganisatie',
  EMPLOYER: 'Werkgever',
};

export const EMPLOYER_SECTOR_LABELS: Record<EmployerSector, string> = {
  MARKT: 'Markt',
  OVERHEID: 'Overheid',
};

export const VACANCY_KIND_LABELS: Record<VacancyKind, string> = {
  REGULAR: 'Reguliere vacature',
  GARANTIEBAAN: 'Garantiebaan',
  SHELTERED: 'Beschutte werkplek',
  WORK_LEARN: 'Werkleerplek',
  TRIAL: 'Proefplaatsing',
  VOLUNTEER: 'Vrijwilligersplek',
};

export const VACANCY_STATUS_LABELS: Record<VacancyStatus, string> = {
  DRAFT: 'Concept',
  OPEN: 'Open',
  FILLED: 'Vervuld',
  CLOSED: 'Gesloten',
};

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  PERMANENT: 'Vast contract',
  FIXED_TERM: 'Tijdelijk contract',
  TEMP_AGENCY: 'Uitzendcontract',
  SECONDMENT: 'Detachering',
  TRIAL_PLACEMENT: 'Proefplaatsing',
  UNPAID: 'Onbetaald',
};

export const COMPETENCE_REQUIREMENT_LABELS: Record<CompetenceRequirement, string> = {
  REQUIRED: 'Vereist',
  WISHED: 'Gewenst',
};

export const COMPETENCE_GROUP_LABELS: Record<CompetenceGroup, string> = {
  WORK_ATTITUDE: 'Werkhouding',
  SOCIAL: 'Sociale vaardigheden',
  PHYSICAL: 'Fysieke belastbaarheid',
  COGNITIVE_LANGUAGE: 'Denken en taal',
  VOCATIONAL: 'Vakvaardigheden',
  CERTIFICATE: 'Certificaten en rijbewijzen',
};

export const WORK_SECTOR_LABELS: Record<WorkSector, string> = {
  HOSPITALITY: 'Horeca',
  CLEANING: 'Schoonmaak',
  LOGISTICS: 'Logistiek',
  PRODUCTION: 'Productie',
  GREEN: 'Groen',
  RETAIL: 'Detailhandel',
  CARE: 'Zorg en welzijn',
  ADMIN: 'Administratie',
  ICT: 'ICT',
  CONSTRUCTION: 'Bouw',
};

export const CLIENT_PROFILE_LABELS: Record<ClientProfile, string> = {
  1: 'Profiel 1: betaald werk binnen 4 maanden',
  2: 'Profiel 2: betaald werk binnen 12 maanden',
  3: 'Profiel 3: betaald werk binnen 2 jaar',
  4: 'Profiel 4: vrijgesteld van arbeidsverplichtingen',
};

export const PERSPECTIVE_GROUP_LABELS: Record<PerspectiveGroup, string> = {
  1: 'Groep 1: kan nu aan het werk',
  2: 'Groep 2: kan binnen twee jaar aan het werk',
  3: 'Groep 3: kan nu niet aan het werk',
};

export const PARTICIPATION_STEP_LABELS: Record<ParticipationStep, string> = {
  1: 'Geïsoleerd',
  2: 'Sociale contacten buiten de deur',
  3: 'Deelname aan georganiseerde activiteiten',
  4: 'Onbetaald werk',
  5: 'Betaald werk met ondersteuning',
  6: 'Betaald werk zonder ondersteuning',
};

export const PARTICIPATION_STEP_DESCRIPTIONS: Record<ParticipationStep, string> = {
  1: 'Heeft weinig of geen contact met anderen buiten het eigen huishouden.',
  2: 'Heeft sociale contacten buiten de deur, bijvoorbeeld met buren, familie of vrienden.',
  3: 'Doet mee aan georganiseerde activiteiten, zoals een cursus, sport of dagbesteding.',
  4: 'Doet onbetaald werk, zoals vrijwilligerswerk of een werkleerplek.',
  5: 'Heeft betaald werk met ondersteuning, zoals loonkostensubsidie, een jobcoach of beschut werk.',
  6: 'Heeft betaald werk zonder ondersteuning.',
};

export const EARNING_CAPACITY_BAND_LABELS: Record<EarningCapacityBand, string> = {
  SOCIAL_PARTICIPATION: 'Maatschappelijke participatie (0-30 %)',
  SHELTERED_WORK: 'Beschut werk (30-50 %)',
  SUPPORTED_REGULAR_WORK: 'Regulier werk met ondersteuning (50-80 %)',
  INDEPENDENT: 'Zelfstandig aan het werk (80-100 %)',
};

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  NOT_ASKED: 'Niet gevraagd',
  GRANTED: 'Gegeven',
  WITHDRAWN: 'Ingetrokken',
};

export const TRANSPORT_MODE_LABELS: Record<TransportMode, string> = {
  WALK: 'Lopend',
  BICYCLE: 'Fiets',
  PUBLIC_TRANSPORT: 'Openbaar vervoer',
  CAR: 'Auto',
  MOPED: 'Scooter of brommer',
};

export const JOB_CARVING_STATUS_LABELS: Record<JobCarvingStatus, string> = {
  SUBMITTED: 'Ingediend',
  ANALYSING: 'Werk wordt geanalyseerd',
  PROPOSED: 'Voorstel gedaan',
  ACCEPTED: 'Voorstel aanvaard',
  VACANCY_CREATED: 'Vacature aangemaakt',
  REJECTED: 'Afgewezen',
};

export const JOB_CARVING_REASON_LABELS: Record<JobCarvingReason, string> = {
  SHORTAGE: 'Te weinig personeel',
  WORKLOAD: 'Te hoge werkdruk bij vakkrachten',
  INCLUSION: 'Werk bieden aan mensen met een afstand tot de arbeidsmarkt',
  OTHER: 'Een andere reden',
};

export const TASK_COMPLEXITY_LABELS: Record<TaskComplexity, string> = {
  SIMPLE: 'Eenvoudig',
  MEDIUM: 'Gemiddeld',
  COMPLEX: 'Complex',
};

export const INTRODUCTION_STATUS_LABELS: Record<IntroductionStatus, string> = {
  PROPOSED: 'Voorgedragen',
  CONSENT_REQUESTED: 'Toestemming gevraagd',
  CONSENTED: 'Toestemming gegeven',
  DECLINED: 'Toestemming geweigerd',
  INTRODUCED: 'Voorgesteld aan werkgever',
  INTERVIEW: 'Kennismakingsgesprek',
  TRIAL_PLACEMENT: 'Proefplaatsing',
  PLACED: 'Geplaatst',
  REJECTED: 'Afgewezen',
  WITHDRAWN: 'Ingetrokken',
};

export const PLACEMENT_INSTRUMENT_LABELS: Record<PlacementInstrument, string> = {
  LOONKOSTENSUBSIDIE: 'Loonkostensubsidie',
  NO_RISK_POLIS: 'No-riskpolis',
  JOBCOACH: 'Jobcoach',
  WERKPLEKAANPASSING: 'Werkplekaanpassing',
  PROEFPLAATSING: 'Proefplaatsing',
  BEHOUD_VAN_UITKERING: 'Werken met behoud van uitkering',
};

export const PLACEMENT_ROUTE_LABELS: Record<PlacementRoute, string> = {
  DIRECT: 'Rechtstreeks in dienst',
  TEMP_AGENCY: 'Via een uitzendbureau',
  SECONDMENT: 'Via detachering',
};

export const PLACEMENT_ARRANGEMENT_LABELS: Record<PlacementArrangement, string> = {
  REGULAR: 'Reguliere baan',
  TRIAL_PLACEMENT: 'Proefplaatsing',
  BEHOUD_VAN_UITKERING: 'Werken met behoud van uitkering',
};

export const PLACEMENT_END_REASON_LABELS: Record<PlacementEndReason, string> = {
  CONTRACT_ENDED: 'Contract afgelopen',
  DISMISSED: 'Ontslagen',
  RESIGNED: 'Zelf opgezegd',
  NOT_SUITABLE: 'Werk past niet',
  HEALTH: 'Gezondheid',
  OTHER: 'Andere reden',
};

export const JOBCOACH_HOURS_UNIT_LABELS: Record<JobcoachHoursUnit, string> = {
  WEEK: 'per week',
  MONTH: 'per maand',
};

export const AFTERCARE_KIND_LABELS: Record<AftercareKind, string> = {
  WEEK_2: 'Na 2 weken',
  MONTH_1: 'Na 1 maand',
  MONTH_3: 'Na 3 maanden',
  MONTH_6: 'Na 6 maanden',
  MONTH_12: 'Na 12 maanden',
};

export const AFTERCARE_STATUS_LABELS: Record<AftercareStatus, string> = {
  OPEN: 'Open',
  DONE: 'Gedaan',
  CANCELLED: 'Vervallen',
};

export const AFTERCARE_OUTCOME_LABELS: Record<AftercareOutcome, string> = {
  GOING_WELL: 'Gaat goed',
  ATTENTION_NEEDED: 'Aandacht nodig',
  AT_RISK: 'Plaatsing in gevaar',
};

export const LEVEL_LABELS: Record<Level, string> = {
  1: 'Niveau 1: nog niet aanwezig',
  2: 'Niveau 2: in ontwikkeling',
  3: 'Niveau 3: voldoende',
  4: 'Niveau 4: goed',
  5: 'Niveau 5: uitstekend',
};
