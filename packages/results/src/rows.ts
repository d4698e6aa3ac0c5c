// The rows the counting rules read: plain facts as they stood, with their dates, so that a count
// on a date uses the state on that date. The API loads them with SQL; tests build them by hand.
import type {
  AftercareStatus,
  ContractType,
  EmployerSector,
  IntroductionStatus,
  IsoDate,
  PlacementInstrument,
  VacancyKind,
} from '@werkbrug/domain-rules';

/** Target-group flags that UWV grants for a time: their history decides what a count date sees. */
export const JOB_SEEKER_FLAGS = ['DOELGROEPREGISTER', 'INDICATIE_BESCHUT_WERK'] as const;
export type JobSeekerFlag = (typeof JOB_SEEKER_FLAGS)[number];

/** A period in which a person held a flag; `validTo` is the last valid day, null while it holds. */
export type FlagPeriod = {
  personId: string;
  flag: JobSeekerFlag;
  validFrom: IsoDate;
  validTo: IsoDate | null;
};

export type EmployerFacts = { sector: EmployerSector; regionCode: string };

export type ResultPlacement = {
  personId: string;
  /** The municipality responsible for the person's file. */
  municipalityCode: string;
  contractType: ContractType;
  weeklyHours: number;
  start: IsoDate;
  /** Last day of the contract, inclusive; null while it runs. */
  end: IsoDate | null;
  /** The legal employer (for temp-agency work: the agency). */
  employer: EmployerFacts;
  /** The inlener (hiring employer); required for temp-agency work and secondment. */
  hiringEmployer: EmployerFacts | null;
  /** The kind of vacancy the placement filled; null for a placement without a vacancy. */
  vacancyKind: VacancyKind | null;
  /** The day the vacancy was created; null without a vacancy. */
  vacancyOpenedOn: IsoDate | null;
  instruments: readonly PlacementInstrument[];
};

export const BENEFIT_EXIT_KINDS = ['FULL', 'PARTIAL'] as const;
export type BenefitExitKind = (typeof BENEFIT_EXIT_KINDS)[number];

/** Why someone left benefit; only WORK counts as uitstroom naar werk. */
export const BENEFIT_EXIT_REASONS = ['WORK', 'OTHER'] as const;
export type BenefitExitReason = (typeof BENEFIT_EXIT_REASONS)[number];

/** A person leaving benefit (fully, or partly because their income now covers part of it). */
export type BenefitExit = {
  personId: string;
  /** The municipality that paid the benefit when it ended. */
  municipalityCode: string;
  date: IsoDate;
  kind: BenefitExitKind;
  reason: BenefitExitReason;
};

/** An introduction reaching a status, with the region of the vacancy's employer. */
export type IntroductionStep = {
  personId: string;
  regionCode: string;
  status: IntroductionStatus;
  on: IsoDate;
};

/** The banenafspraak target of a region for a year, in extra jobs against the baseline. */
export type RegionTarget = {
  regionCode: string;
  year: number;
  jobs: number;
  /** Optional split; both or neither. */
  marktJobs: number | null;
  overheidJobs: number | null;
};

/** A municipality's targets for a year; null where none is set. */
export type MunicipalityTarget = {
  municipalityCode: string;
  year: number;
  beschutWerkTaakstelling: number | null;
  uitstroomTarget: number | null;
};

export type MunicipalityRef = { code: string; name: string };

/** An aftercare check-in of a placement, with the region of the placement's employer. */
export type AftercareCheckInRow = {
  personId: string;
  regionCode: string;
  dueDate: IsoDate;
  status: AftercareStatus;
  /** Day of the contact; null unless done. */
  completedOn: IsoDate | null;
};
