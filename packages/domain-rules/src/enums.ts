// The domain's closed sets, shared by the API, the engine and the portals.
// Code names follow ../shared/DOMAIN.md; Dutch labels live in ./labels.ts.

export const ROLES = [
  'EMPLOYER_USER',
  'ACCOUNT_MANAGER',
  'CONSULTANT',
  'BOARD_MEMBER',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['WSP', 'MUNICIPALITY', 'UWV', 'PROVIDER', 'EMPLOYER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Banenafspraak split: private (markt) or government (overheid). */
export const EMPLOYER_SECTORS = ['MARKT', 'OVERHEID'] as const;
export type EmployerSector = (typeof EMPLOYER_SECTORS)[number];

export const VACANCY_KINDS = [
  'REGULAR',
  'GARANTIEBAAN',
  'SHELTERED',
  'WORK_LEARN',
  'TRIAL',
  'VOLUNTEER',
] as const;
export type VacancyKind = (typeof VACANCY_KINDS)[number];

export const VACANCY_STATUSES = ['DRAFT', 'OPEN', 'FILLED', 'CLOSED'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const CONTRACT_TYPES = [
  'PERMANENT',
  'FIXED_TERM',
  'TEMP_AGENCY',
  'SECONDMENT',
  'TRIAL_PLACEMENT',
  'UNPAID',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const COMPETENCE_REQUIREMENTS = ['REQUIRED', 'WISHED'] as const;
export type CompetenceRequirement = (typeof COMPETENCE_REQUIREMENTS)[number];

export const COMPETENCE_GROUPS = [
  'WORK_ATTITUDE',
  'SOCIAL',
  'PHYSICAL',
  'COGNITIVE_LANGUAGE',
  'VOCATIONAL',
  'CERTIFICATE',
] as const;
export type CompetenceGroup = (typeof COMPETENCE_GROUPS)[number];

/** Sectors for vocational competences, vacancies and job-seekers' preferences. */
export const WORK_SECTORS = [
  'HOSPITALITY',
  'CLEANING',
  'LOGISTICS',
  'PRODUCTION',
  'GREEN',
  'RETAIL',
  'CARE',
  'ADMIN',
  'ICT',
  'CONSTRUCTION',
] as const;
export type WorkSector = (typeof WORK_SECTORS)[number];

/** Westerveld's client profiles 1-4. */
export const CLIENT_PROFILES = [1, 2, 3, 4] as const;
export type ClientProfile = (typeof CLIENT_PROFILES)[number];
/** Hilversum's perspective groups 1-3. */
export const PERSPECTIVE_GROUPS = [1, 2, 3] as const;
export type PerspectiveGroup = (typeof PERSPECTIVE_GROUPS)[number];
/** Participatieladder steps 1-6. */
export const PARTICIPATION_STEPS = [1, 2, 3, 4, 5, 6] as const;
export type ParticipationStep = (typeof PARTICIPATION_STEPS)[number];

/** Earning capacity (verdiencapaciteit) bands, as % of the minimum wage; see ./earning-capacity.ts. */
export const EARNING_CAPACITY_BANDS = [
  'SOCIAL_PARTICIPATION',
  'SHELTERED_WORK',
  'SUPPORTED_REGULAR_WORK',
  'INDEPENDENT',
] as const;
export type EarningCapacityBand = (typeof EARNING_CAPACITY_BANDS)[number];

/** How a placed worker is employed: directly, or lent to the hiring employer (inlener). */
export const PLACEMENT_ROUTES = ['DIRECT', 'TEMP_AGENCY', 'SECONDMENT'] as const;
export type PlacementRoute = (typeof PLACEMENT_ROUTES)[number];

export const CONSENT_STATUSES = ['NOT_ASKED', 'GRANTED', 'WITHDRAWN'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const TRANSPORT_MODES = ['WALK', 'BICYCLE', 'PUBLIC_TRANSPORT', 'CAR', 'MOPED'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export const JOB_CARVING_STATUSES = [
  'SUBMITTED',
  'ANALYSING',
  'PROPOSED',
  'ACCEPTED',
  'VACANCY_CREATED',
  'REJECTED',
] as const;
export type JobCarvingStatus = (typeof JOB_CARVING_STATUSES)[number];

export const TASK_COMPLEXITIES = ['SIMPLE', 'MEDIUM', 'COMPLEX'] as const;
export type TaskComplexity = (typeof TASK_COMPLEXITIES)[number];

/** Why an employer asks for job carving. */
export const JOB_CARVING_REASONS = ['SHORTAGE', 'WORKLOAD', 'INCLUSION', 'OTHER'] as const;
export type JobCarvingReason = (typeof JOB_CARVING_REASONS)[number];

export const INTRODUCTION_STATUSES = [
  'PROPOSED',
  'CONSENT_REQUESTED',
  'CONSENTED',
  'DECLINED',
  'INTRODUCED',
  'INTERVIEW',
  'TRIAL_PLACEMENT',
  'PLACED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export const PLACEMENT_INSTRUMENTS = [
  'LOONKOSTENSUBSIDIE',
  'NO_RISK_POLIS',
  'JOBCOACH',
  'WERKPLEKAANPASSING',
  'PROEFPLAATSING',
  'BEHOUD_VAN_UITKERING',
] as const;
export type PlacementInstrument = (typeof PLACEMENT_INSTRUMENTS)[number];

/**
 * On what footing someone works: a regular job, a trial placement (benefit kept, at most 2 months)
 * or werken met behoud van uitkering (at most 3 months, once extended by 3). Not PLACEMENT_ROUTES,
 * which says through whom a paid job runs (direct, temp agency, secondment).
 */
export const PLACEMENT_ARRANGEMENTS = [
  'REGULAR',
  'TRIAL_PLACEMENT',
  'BEHOUD_VAN_UITKERING',
] as const;
export type PlacementArrangement = (typeof PLACEMENT_ARRANGEMENTS)[number];

export const PLACEMENT_END_REASONS = [
  'CONTRACT_ENDED',
  'DISMISSED',
  'RESIGNED',
  'NOT_SUITABLE',
  'HEALTH',
  'OTHER',
] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

export const JOBCOACH_HOURS_UNITS = ['WEEK', 'MONTH'] as const;
export type JobcoachHoursUnit = (typeof JOBCOACH_HOURS_UNITS)[number];

/** The aftercare (nazorg) contact moments after a placement starts. */
export const AFTERCARE_KINDS = ['WEEK_2', 'MONTH_1', 'MONTH_3', 'MONTH_6', 'MONTH_12'] as const;
export type AftercareKind = (typeof AFTERCARE_KINDS)[number];

export const AFTERCARE_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type AftercareStatus = (typeof AFTERCARE_STATUSES)[number];

export const AFTERCARE_OUTCOMES = ['GOING_WELL', 'ATTENTION_NEEDED', 'AT_RISK'] as const;
export type AftercareOutcome = (typeof AFTERCARE_OUTCOMES)[number];

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];
