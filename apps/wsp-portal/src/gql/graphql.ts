/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Aftercare moment after the start: 2 weeks, 1, 3, 6 or 12 months. */
export type AftercareKind = 'MONTH_1' | 'MONTH_3' | 'MONTH_6' | 'MONTH_12' | 'WEEK_2';

export type AftercareOutcome = 'ATTENTION_NEEDED' | 'AT_RISK' | 'GOING_WELL';

/** CANCELLED: falls after the last working day. */
export type AftercareStatus = 'CANCELLED' | 'DONE' | 'OPEN';

/** What an agreement with an employer is about. */
export type AgreementKind = 'BESCHUT_WERK' | 'GARANTIEBANEN' | 'JOB_CARVING' | 'OTHER';

export type AgreementStatus = 'ACTIVE' | 'DRAFT' | 'ENDED';

export type AssignmentPairInput = {
  jobSeekerId: string | number;
  vacancyId: string | number;
};

/** SHORTLISTED: a PROPOSED introduction was made; ALREADY_IN_PIPELINE: the pair already has an introduction; NOT_IN_PROPOSAL: the proposal does not hold this pair; REFUSED: a rule kept it out (see message). */
export type AssignmentPairOutcome =
  'ALREADY_IN_PIPELINE' | 'NOT_IN_PROPOSAL' | 'REFUSED' | 'SHORTLISTED';

export type AssignmentProposalStatus = 'DONE' | 'FAILED' | 'QUEUED' | 'RUNNING';

/** FULL: the benefit ended; PARTIAL: it was lowered because income now covers part of it. */
export type BenefitExitKind = 'FULL' | 'PARTIAL';

/** Why the benefit ended or was lowered; only WORK counts as uitstroom naar werk. */
export type BenefitExitReason = 'OTHER' | 'WORK';

export type CompetenceGroup =
  'CERTIFICATE' | 'COGNITIVE_LANGUAGE' | 'PHYSICAL' | 'SOCIAL' | 'VOCATIONAL' | 'WORK_ATTITUDE';

export type CompetenceRequirement = 'REQUIRED' | 'WISHED';

/** How consent was given or withdrawn. */
export type ConsentMethod = 'DIGITAL' | 'IN_PERSON' | 'IN_WRITING' | 'PHONE';

export type ConsentStatus = 'GRANTED' | 'NOT_ASKED' | 'WITHDRAWN';

/** How the WSP and the employer were in touch. */
export type ContactChannel = 'EMAIL' | 'OTHER' | 'PHONE' | 'VIDEO' | 'VISIT';

export type ContractType =
  'FIXED_TERM' | 'PERMANENT' | 'SECONDMENT' | 'TEMP_AGENCY' | 'TRIAL_PLACEMENT' | 'UNPAID';

export type CreatePlacementInput = {
  arrangement?: PlacementArrangement;
  /** BEHOUD_VAN_UITKERING only: the one extension of 3 months. */
  arrangementExtended?: boolean;
  contractType: ContractType;
  /** Who the work is done for; for temp-agency work or secondment the hiring employer. */
  employerId: string | number;
  /** Last working day (inclusive), YYYY-MM-DD; null while it runs. */
  endDate?: string | null | undefined;
  /** Gross hourly wage in euros; required for paid work, null otherwise. */
  hourlyWage?: number | null | undefined;
  /** 1-40, in whole or half hours. */
  hoursPerWeek: number;
  /** PROEFPLAATSING and BEHOUD_VAN_UITKERING follow from the arrangement; listing one that does not fit it is refused. */
  instruments?: Array<PlacementInstrument>;
  /** The introduction this placement came from; it moves to PLACED. */
  introductionId?: string | number | null | undefined;
  jobSeekerId: string | number;
  /** Jobcoach hours per jobcoachHoursUnit; required with JOBCOACH. */
  jobcoachHours?: number | null | undefined;
  jobcoachHoursUnit?: JobcoachHoursUnit | null | undefined;
  /** Loonwaarde, 0-100 % of the wage for the job; required with LOONKOSTENSUBSIDIE. */
  loonwaardePercentage?: number | null | undefined;
  /** First working day, YYYY-MM-DD. */
  startDate: string;
  /** A vacancy of the employer; taken from the introduction when that is given. */
  vacancyId?: string | number | null | undefined;
};

export type CreateVacancyFromJobCarvingInput = {
  /** YYYY-MM-DD; not before startsOn. */
  closesOn?: string | null | undefined;
  /** At most 30, each code once. */
  competences?: Array<VacancyCompetenceInput>;
  contractType: ContractType;
  description: string;
  /** Hours a week, 1-40 in whole or half hours; at least hoursMin. */
  hoursMax: number;
  /** Hours a week, 1-40 in whole or half hours. */
  hoursMin: number;
  /** A garantiebaan unless said otherwise. */
  kind?: VacancyKind;
  /** A location of the employer. */
  locationId: string | number;
  /** 1-500. */
  openings?: number;
  sector?: WorkSector | null | undefined;
  /** YYYY-MM-DD. */
  startsOn?: string | null | undefined;
  title: string;
  /** Gross hourly wage indication in euro cents. */
  wageMaxCents?: number | null | undefined;
  /** Gross hourly wage indication in euro cents. */
  wageMinCents?: number | null | undefined;
};

/** Earning capacity band: 0-30, 30-50, 50-80, 80-100 % of the minimum wage (lower bound included). */
export type EarningCapacityBand =
  'INDEPENDENT' | 'SHELTERED_WORK' | 'SOCIAL_PARTICIPATION' | 'SUPPORTED_REGULAR_WORK';

export type EmployerAgreementInput = {
  description: string;
  kind: AgreementKind;
  /** Number of places (1-10000), when the agreement is about places. */
  places?: number | null | undefined;
  /** ACTIVE when left out on adding. */
  status?: AgreementStatus | null | undefined;
  /** YYYY-MM-DD. */
  validFrom: string;
  /** YYYY-MM-DD, inclusive, not before validFrom; null: open-ended. */
  validTo?: string | null | undefined;
};

export type EmployerContactMomentInput = {
  channel: ContactChannel;
  /** YYYY-MM-DD, not in the future. */
  contactedOn: string;
  /** At most 2000 characters. */
  note?: string | null | undefined;
  subject: string;
};

/** Banenafspraak split: MARKT (private) or OVERHEID (government). */
export type EmployerSector = 'MARKT' | 'OVERHEID';

/** The job-seeker’s consent to be introduced to this employer. */
export type IntroductionConsentInput = {
  /** From this day it no longer holds (yyyy-mm-dd); null: until withdrawn. */
  expiresOn?: string | null | undefined;
  /** When it was given (yyyy-mm-dd); not in the future. */
  givenOn: string;
  method: IntroductionConsentMethod;
};

/** How the job-seeker gave consent to be introduced to this employer. */
export type IntroductionConsentMethod = 'DIGITAL' | 'IN_PERSON' | 'IN_WRITING' | 'PHONE';

/** Why an introduction ended without a placement (DECLINED, REJECTED, WITHDRAWN). */
export type IntroductionEndReason =
  'DECLINED_BY_EMPLOYER' | 'DECLINED_BY_JOB_SEEKER' | 'NOT_SUITABLE' | 'OTHER' | 'VACANCY_FILLED';

export type IntroductionStatus =
  | 'CONSENTED'
  | 'CONSENT_REQUESTED'
  | 'DECLINED'
  | 'INTERVIEW'
  | 'INTRODUCED'
  | 'PLACED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'TRIAL_PLACEMENT'
  | 'WITHDRAWN';

export type JobCarvingAnalysedTaskInput = {
  complexity: TaskComplexity;
  jobId: string | number;
  /** Share of the job's time as the WSP measured it, 1-100 %. */
  sharePercent: number;
  /** The WSP's conclusion: the task is carved out of its job. */
  splittable: boolean;
  /** 0-based index into the job's tasks. */
  taskIndex: number;
};

/** Why an employer asks for job carving. */
export type JobCarvingReason = 'INCLUSION' | 'OTHER' | 'SHORTAGE' | 'WORKLOAD';

export type JobCarvingStatus =
  'ACCEPTED' | 'ANALYSING' | 'PROPOSED' | 'REJECTED' | 'SUBMITTED' | 'VACANCY_CREATED';

export type JobCarvingTaskRefInput = {
  jobId: string | number;
  /** 0-based index into the job's tasks. */
  taskIndex: number;
};

export type JobSeekerCompetenceInput = {
  /** When the level was assessed (YYYY-MM-DD). */
  assessedAt?: string | null | undefined;
  /** Code of a competence in the taxonomy, e.g. WA_PUNCTUALITY. */
  code: string;
  /** Level 1-5 on the competence's scale. */
  level: number;
};

export type JobSeekerMatchFilters = {
  /** Also vacancies in other regions within travel limits. */
  includeOtherRegions?: boolean;
  /** Only these kinds of vacancy. */
  kinds?: Array<VacancyKind> | null | undefined;
  /** Only vacancies within this many km. */
  maxDistanceKm?: number | null | undefined;
  minScore?: number | null | undefined;
};

export type JobcoachHoursUnit = 'MONTH' | 'WEEK';

export type LoginInput = {
  email: string;
  password: string;
  portal: Portal;
};

/** A part of the match score. */
export type MatchFactor = 'COMPETENCE' | 'DISTANCE' | 'HOURS' | 'PERSPECTIVE' | 'SECTOR';

/** REGULAR job, TRIAL_PLACEMENT (at most 2 months) or BEHOUD_VAN_UITKERING (3 months, once extended by 3). */
export type PlacementArrangement = 'BEHOUD_VAN_UITKERING' | 'REGULAR' | 'TRIAL_PLACEMENT';

export type PlacementEndReason =
  'CONTRACT_ENDED' | 'DISMISSED' | 'HEALTH' | 'NOT_SUITABLE' | 'OTHER' | 'RESIGNED';

export type PlacementInstrument =
  | 'BEHOUD_VAN_UITKERING'
  | 'JOBCOACH'
  | 'LOONKOSTENSUBSIDIE'
  | 'NO_RISK_POLIS'
  | 'PROEFPLAATSING'
  | 'WERKPLEKAANPASSING';

/** The portal a user logs in to. */
export type Portal = 'EMPLOYER' | 'WSP';

export type ProposeIntroductionInput = {
  jobSeekerId: string | number;
  /** Match score 0-100 when the proposal comes from a suggestion. */
  matchScore?: number | null | undefined;
  /** Why this person, for the history. */
  note?: string | null | undefined;
  vacancyId: string | number;
};

export type ProposeJobCarvingRoleInput = {
  /** At most 30, each code once. */
  competences?: Array<VacancyCompetenceInput>;
  /** The proposal text for the employer. */
  description: string;
  /** Hours a week, 1-40 in whole or half hours. */
  hoursPerWeek: number;
  /** Tasks the analysis marked splittable, each once. */
  tasks: Array<JobCarvingTaskRefInput>;
  /** Title of the carved role, e.g. "Medewerker spoelkeuken". */
  title: string;
};

export type RecordAftercareCheckInInput = {
  channel: ContactChannel;
  /** Day of the contact, YYYY-MM-DD; not in the future. */
  date: string;
  /** Staff only; never shown to the employer. */
  note?: string | null | undefined;
  outcome: AftercareOutcome;
};

export type RecordBenefitExitInput = {
  /** The first day without (the full) benefit, YYYY-MM-DD; not in the future, not before the file was opened. */
  exitDate: string;
  jobSeekerId: string | number;
  kind: BenefitExitKind;
  /** The placement of this job-seeker that led to the exit, if any. */
  placementId?: string | number | null | undefined;
  reason: BenefitExitReason;
};

export type RecordJobCarvingAnalysisInput = {
  /** What the analysis found, for the employer and colleagues. */
  summary?: string;
  /** Each task of the request at most once. */
  tasks: Array<JobCarvingAnalysedTaskInput>;
};

/** What a user does in Werkbrug. */
export type Role = 'ACCOUNT_MANAGER' | 'ADMIN' | 'BOARD_MEMBER' | 'CONSULTANT' | 'EMPLOYER_USER';

export type TaskComplexity = 'COMPLEX' | 'MEDIUM' | 'SIMPLE';

export type TransportMode = 'BICYCLE' | 'CAR' | 'MOPED' | 'PUBLIC_TRANSPORT' | 'WALK';

export type UpdateEmployerAgreementInput = {
  description?: string | null | undefined;
  kind?: AgreementKind | null | undefined;
  /** Number of places (1-10000), when the agreement is about places. */
  places?: number | null | undefined;
  /** ACTIVE when left out on adding. */
  status?: AgreementStatus | null | undefined;
  /** YYYY-MM-DD. */
  validFrom?: string | null | undefined;
  /** YYYY-MM-DD, inclusive, not before validFrom; null: open-ended. */
  validTo?: string | null | undefined;
};

export type UpdateEmployerContactMomentInput = {
  channel?: ContactChannel | null | undefined;
  /** YYYY-MM-DD, not in the future. */
  contactedOn?: string | null | undefined;
  /** At most 2000 characters. */
  note?: string | null | undefined;
  subject?: string | null | undefined;
};

export type UpdateJobSeekerInput = {
  /** YYYY-MM-DD. */
  birthDate?: string | null | undefined;
  /** Burgerservicenummer (elfproef); stored, only ever shown masked. */
  bsn?: string | null | undefined;
  /** Westerveld client profile 1-4. */
  clientProfile?: number | null | undefined;
  /** The consultant who owns the file (on create: you, when left out). */
  consultantId?: string | number | null | undefined;
  doelgroepregister?: boolean | null | undefined;
  /** Earning capacity as % of the minimum wage, 0-100. */
  earningCapacityPercent?: number | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  hasDrivingLicence?: boolean | null | undefined;
  /** Hours a week, 0-40 in whole or half hours. */
  hoursAvailable?: number | null | undefined;
  indicatieBeschutWerk?: boolean | null | undefined;
  lastName?: string | null | undefined;
  /** Measured loonwaarde, % of the wage for the job, 0-100. */
  loonwaardePercent?: number | null | undefined;
  /** Longest one-way distance, 0-250 km. */
  maxTravelKm?: number | null | undefined;
  /** Longest one-way journey, 0-180 minutes. */
  maxTravelMinutes?: number | null | undefined;
  /** CBS code of the municipality responsible for the file, e.g. GM0402. */
  municipalityCode?: string | null | undefined;
  /** Participatieladder step 1-6. */
  participationStep?: number | null | undefined;
  /** Hilversum perspective group 1-3. */
  perspectiveGroup?: number | null | undefined;
  phone?: string | null | undefined;
  /** Full postcode, e.g. 1211 AB. */
  postcode?: string | null | undefined;
  sectorPreferences?: Array<WorkSector> | null | undefined;
  statushouder?: boolean | null | undefined;
  transportModes?: Array<TransportMode> | null | undefined;
  /** Health-related work limitations: only the file's own consultant may set and see them. */
  workLimitations?: string | null | undefined;
  wswOud?: boolean | null | undefined;
};

export type VacancyCompetenceInput = {
  /** Code of a competence in the taxonomy, e.g. WA_PUNCTUALITY. */
  competenceCode: string;
  /** Minimum level asked, 1-5. */
  minLevel: number;
  requirement: CompetenceRequirement;
  /** How much it counts in matching, 1-5. */
  weight?: number;
};

export type VacancyKind =
  'GARANTIEBAAN' | 'REGULAR' | 'SHELTERED' | 'TRIAL' | 'VOLUNTEER' | 'WORK_LEARN';

export type VacancyMatchFilters = {
  /** Staff only: only people in the doelgroepregister. */
  doelgroepregisterOnly?: boolean | null | undefined;
  /** Also people from other regions within their travel limits. */
  includeOtherRegions?: boolean;
  /** Only people within this many km (tighter than their own maximum). */
  maxDistanceKm?: number | null | undefined;
  /** Only matches scoring at least this, 0-100. */
  minScore?: number | null | undefined;
};

export type VacancyStatus = 'CLOSED' | 'DRAFT' | 'FILLED' | 'OPEN';

export type WorkSector =
  | 'ADMIN'
  | 'CARE'
  | 'CLEANING'
  | 'CONSTRUCTION'
  | 'GREEN'
  | 'HOSPITALITY'
  | 'ICT'
  | 'LOGISTICS'
  | 'PRODUCTION'
  | 'RETAIL';

export type AftercareSchedule_PlacementFragment = {
  id: string;
  startDate: string;
  archivedAt: string | null;
  aftercareCheckIns: Array<{
    id: string;
    kind: AftercareKind;
    dueDate: string;
    status: AftercareStatus;
    completedOn: string | null;
    outcome: AftercareOutcome | null;
    channel: ContactChannel | null;
    note: string | null;
    completedByName: string | null;
    overdue: boolean;
    daysOverdue: number;
  }> | null;
};

export type RecordAftercareCheckInMutationVariables = Exact<{
  id: string | number;
  input: RecordAftercareCheckInInput;
}>;

export type RecordAftercareCheckInMutation = {
  recordAftercareCheckIn: {
    id: string;
    status: AftercareStatus;
    completedOn: string | null;
    outcome: AftercareOutcome | null;
    channel: ContactChannel | null;
    note: string | null;
    completedByName: string | null;
    overdue: boolean;
    daysOverdue: number;
  };
};

export type CompetenceScanEditor_CompetenceFragment = {
  code: string;
  label: string;
  description: string;
  group: CompetenceGroup;
  sector: WorkSector | null;
  levels: Array<{ level: number; description: string }>;
};

export type AgreementsSection_EmployerFragment = {
  id: string;
  agreements: Array<{
    id: string;
    kind: AgreementKind;
    description: string;
    places: number | null;
    validFrom: string;
    validTo: string | null;
    status: AgreementStatus;
    recordedBy: string | null;
  }>;
};

export type AddEmployerAgreementMutationVariables = Exact<{
  employerId: string | number;
  input: EmployerAgreementInput;
}>;

export type AddEmployerAgreementMutation = {
  addEmployerAgreement: {
    id: string;
    kind: AgreementKind;
    description: string;
    places: number | null;
    validFrom: string;
    validTo: string | null;
    status: AgreementStatus;
    recordedBy: string | null;
  };
};

export type UpdateEmployerAgreementMutationVariables = Exact<{
  id: string | number;
  input: UpdateEmployerAgreementInput;
}>;

export type UpdateEmployerAgreementMutation = {
  updateEmployerAgreement: {
    id: string;
    kind: AgreementKind;
    description: string;
    places: number | null;
    validFrom: string;
    validTo: string | null;
    status: AgreementStatus;
    recordedBy: string | null;
  };
};

export type ArchiveEmployerAgreementMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveEmployerAgreementMutation = { archiveEmployerAgreement: { id: string } };

export type ContactMomentsSection_EmployerFragment = {
  id: string;
  contactMoments: Array<{
    id: string;
    contactedOn: string;
    channel: ContactChannel;
    subject: string;
    note: string;
    recordedBy: string | null;
  }>;
};

export type AddEmployerContactMomentMutationVariables = Exact<{
  employerId: string | number;
  input: EmployerContactMomentInput;
}>;

export type AddEmployerContactMomentMutation = {
  addEmployerContactMoment: {
    id: string;
    contactedOn: string;
    channel: ContactChannel;
    subject: string;
    note: string;
    recordedBy: string | null;
  };
};

export type UpdateEmployerContactMomentMutationVariables = Exact<{
  id: string | number;
  input: UpdateEmployerContactMomentInput;
}>;

export type UpdateEmployerContactMomentMutation = {
  updateEmployerContactMoment: {
    id: string;
    contactedOn: string;
    channel: ContactChannel;
    subject: string;
    note: string;
    recordedBy: string | null;
  };
};

export type ArchiveEmployerContactMomentMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveEmployerContactMomentMutation = { archiveEmployerContactMoment: { id: string } };

export type EmployerTable_EmployerFragment = {
  id: string;
  name: string;
  kvkNumber: string;
  sector: EmployerSector;
  regionCode: string;
  accountManager: { id: string; displayName: string } | null;
  locations: Array<{ id: string; city: string }>;
};

export type IntroductionCard_IntroductionFragment = {
  id: string;
  status: IntroductionStatus;
  matchScore: number | null;
  nextStatuses: Array<IntroductionStatus>;
  endReason: IntroductionEndReason | null;
  requestedByEmployer: boolean;
  employerMessage: string | null;
  proposedDates: Array<string>;
  consent: {
    givenOn: string;
    method: IntroductionConsentMethod;
    expiresOn: string | null;
    expired: boolean;
  } | null;
  jobSeeker: {
    id: string;
    candidateLabel: string;
    firstName: string | null;
    lastName: string | null;
  };
  vacancy: { id: string; title: string; employer: { id: string; name: string } };
  history: Array<{
    changedAt: string;
    fromStatus: IntroductionStatus | null;
    toStatus: IntroductionStatus;
    note: string | null;
    endReason: IntroductionEndReason | null;
    changedBy: { displayName: string } | null;
  }>;
};

export type ChangeIntroductionStatusMutationVariables = Exact<{
  id: string | number;
  status: IntroductionStatus;
  note?: string | null | undefined;
  endReason?: IntroductionEndReason | null | undefined;
  consent?: IntroductionConsentInput | null | undefined;
}>;

export type ChangeIntroductionStatusMutation = {
  changeIntroductionStatus: {
    id: string;
    status: IntroductionStatus;
    matchScore: number | null;
    nextStatuses: Array<IntroductionStatus>;
    endReason: IntroductionEndReason | null;
    requestedByEmployer: boolean;
    employerMessage: string | null;
    proposedDates: Array<string>;
    consent: {
      givenOn: string;
      method: IntroductionConsentMethod;
      expiresOn: string | null;
      expired: boolean;
    } | null;
    jobSeeker: {
      id: string;
      candidateLabel: string;
      firstName: string | null;
      lastName: string | null;
    };
    vacancy: { id: string; title: string; employer: { id: string; name: string } };
    history: Array<{
      changedAt: string;
      fromStatus: IntroductionStatus | null;
      toStatus: IntroductionStatus;
      note: string | null;
      endReason: IntroductionEndReason | null;
      changedBy: { displayName: string } | null;
    }>;
  };
};

export type JobCarvingRequest_RequestFragment = {
  id: string;
  department: string;
  reason: JobCarvingReason | null;
  notes: string;
  status: JobCarvingStatus;
  regionCode: string;
  createdAt: string;
  employer: { id: string; name: string };
  jobs: Array<{
    id: string;
    title: string;
    headcount: number;
    tasks: Array<{
      name: string;
      sharePercent: number;
      complexity: TaskComplexity;
      splittable: boolean;
    }>;
  }>;
  analysis: {
    summary: string;
    recordedByName: string;
    recordedAt: string;
    tasks: Array<{
      jobId: string;
      taskIndex: number;
      jobTitle: string;
      taskName: string;
      sharePercent: number;
      complexity: TaskComplexity;
      splittable: boolean;
    }>;
  } | null;
  proposal: {
    title: string;
    description: string;
    hoursPerWeek: number;
    proposedByName: string;
    proposedAt: string;
    tasks: Array<{ jobId: string; taskIndex: number; jobTitle: string; taskName: string }>;
    competences: Array<{
      competenceCode: string;
      competenceName: string;
      minLevel: number;
      weight: number;
      requirement: CompetenceRequirement;
    }>;
  } | null;
  vacancy: { id: string; title: string } | null;
  history: Array<{
    fromStatus: JobCarvingStatus | null;
    toStatus: JobCarvingStatus;
    note: string | null;
    changedByName: string;
    changedAt: string;
  }>;
};

export type RecordJobCarvingAnalysisMutationVariables = Exact<{
  id: string | number;
  input: RecordJobCarvingAnalysisInput;
}>;

export type RecordJobCarvingAnalysisMutation = {
  recordJobCarvingAnalysis: {
    id: string;
    department: string;
    reason: JobCarvingReason | null;
    notes: string;
    status: JobCarvingStatus;
    regionCode: string;
    createdAt: string;
    employer: { id: string; name: string };
    jobs: Array<{
      id: string;
      title: string;
      headcount: number;
      tasks: Array<{
        name: string;
        sharePercent: number;
        complexity: TaskComplexity;
        splittable: boolean;
      }>;
    }>;
    analysis: {
      summary: string;
      recordedByName: string;
      recordedAt: string;
      tasks: Array<{
        jobId: string;
        taskIndex: number;
        jobTitle: string;
        taskName: string;
        sharePercent: number;
        complexity: TaskComplexity;
        splittable: boolean;
      }>;
    } | null;
    proposal: {
      title: string;
      description: string;
      hoursPerWeek: number;
      proposedByName: string;
      proposedAt: string;
      tasks: Array<{ jobId: string; taskIndex: number; jobTitle: string; taskName: string }>;
      competences: Array<{
        competenceCode: string;
        competenceName: string;
        minLevel: number;
        weight: number;
        requirement: CompetenceRequirement;
      }>;
    } | null;
    vacancy: { id: string; title: string } | null;
    history: Array<{
      fromStatus: JobCarvingStatus | null;
      toStatus: JobCarvingStatus;
      note: string | null;
      changedByName: string;
      changedAt: string;
    }>;
  };
};

export type ProposeJobCarvingRoleMutationVariables = Exact<{
  id: string | number;
  input: ProposeJobCarvingRoleInput;
}>;

export type ProposeJobCarvingRoleMutation = {
  proposeJobCarvingRole: {
    id: string;
    department: string;
    reason: JobCarvingReason | null;
    notes: string;
    status: JobCarvingStatus;
    regionCode: string;
    createdAt: string;
    employer: { id: string; name: string };
    jobs: Array<{
      id: string;
      title: string;
      headcount: number;
      tasks: Array<{
        name: string;
        sharePercent: number;
        complexity: TaskComplexity;
        splittable: boolean;
      }>;
    }>;
    analysis: {
      summary: string;
      recordedByName: string;
      recordedAt: string;
      tasks: Array<{
        jobId: string;
        taskIndex: number;
        jobTitle: string;
        taskName: string;
        sharePercent: number;
        complexity: TaskComplexity;
        splittable: boolean;
      }>;
    } | null;
    proposal: {
      title: string;
      description: string;
      hoursPerWeek: number;
      proposedByName: string;
      proposedAt: string;
      tasks: Array<{ jobId: string; taskIndex: number; jobTitle: string; taskName: string }>;
      competences: Array<{
        competenceCode: string;
        competenceName: string;
        minLevel: number;
        weight: number;
        requirement: CompetenceRequirement;
      }>;
    } | null;
    vacancy: { id: string; title: string } | null;
    history: Array<{
      fromStatus: JobCarvingStatus | null;
      toStatus: JobCarvingStatus;
      note: string | null;
      changedByName: string;
      changedAt: string;
    }>;
  };
};

export type CreateVacancyFromJobCarvingMutationVariables = Exact<{
  id: string | number;
  input: CreateVacancyFromJobCarvingInput;
}>;

export type CreateVacancyFromJobCarvingMutation = {
  createVacancyFromJobCarving: {
    id: string;
    department: string;
    reason: JobCarvingReason | null;
    notes: string;
    status: JobCarvingStatus;
    regionCode: string;
    createdAt: string;
    employer: { id: string; name: string };
    jobs: Array<{
      id: string;
      title: string;
      headcount: number;
      tasks: Array<{
        name: string;
        sharePercent: number;
        complexity: TaskComplexity;
        splittable: boolean;
      }>;
    }>;
    analysis: {
      summary: string;
      recordedByName: string;
      recordedAt: string;
      tasks: Array<{
        jobId: string;
        taskIndex: number;
        jobTitle: string;
        taskName: string;
        sharePercent: number;
        complexity: TaskComplexity;
        splittable: boolean;
      }>;
    } | null;
    proposal: {
      title: string;
      description: string;
      hoursPerWeek: number;
      proposedByName: string;
      proposedAt: string;
      tasks: Array<{ jobId: string; taskIndex: number; jobTitle: string; taskName: string }>;
      competences: Array<{
        competenceCode: string;
        competenceName: string;
        minLevel: number;
        weight: number;
        requirement: CompetenceRequirement;
      }>;
    } | null;
    vacancy: { id: string; title: string } | null;
    history: Array<{
      fromStatus: JobCarvingStatus | null;
      toStatus: JobCarvingStatus;
      note: string | null;
      changedByName: string;
      changedAt: string;
    }>;
  };
};

export type CarvedRoleCompetenceSearchQueryVariables = Exact<{
  search: string;
  first: number;
}>;

export type CarvedRoleCompetenceSearchQuery = {
  competences: { nodes: Array<{ code: string; label: string; group: CompetenceGroup }> };
};

export type AvailabilityPanel_JobSeekerFragment = {
  id: string;
  firstName: string;
  lastName: string;
  hoursAvailable: number;
  availabilityConfirmedAt: string | null;
  maxTravelKm: number;
  maxTravelMinutes: number;
  transportModes: Array<TransportMode>;
  hasDrivingLicence: boolean;
  archivedAt: string | null;
};

export type BenefitExitPanel_BenefitExitFragment = {
  id: string;
  exitDate: string;
  kind: BenefitExitKind;
  reason: BenefitExitReason;
  municipalityName: string;
};

export type BenefitExitPanelQueryVariables = Exact<{
  jobSeekerId: string | number;
}>;

export type BenefitExitPanelQuery = {
  benefitExits: Array<{
    id: string;
    exitDate: string;
    kind: BenefitExitKind;
    reason: BenefitExitReason;
    municipalityName: string;
  }>;
  placements: {
    nodes: Array<{
      id: string;
      startDate: string;
      endDate: string | null;
      employer: { id: string; name: string };
    }>;
  };
};

export type RecordBenefitExitMutationVariables = Exact<{
  input: RecordBenefitExitInput;
}>;

export type RecordBenefitExitMutation = {
  recordBenefitExit: {
    id: string;
    exitDate: string;
    kind: BenefitExitKind;
    reason: BenefitExitReason;
    municipalityName: string;
  };
};

export type ConfirmJobSeekerAvailabilityMutationVariables = Exact<{
  id: string | number;
}>;

export type ConfirmJobSeekerAvailabilityMutation = {
  confirmJobSeekerAvailability: {
    id: string;
    availabilityConfirmedAt: string | null;
    updatedAt: string;
  };
};

export type ConsentPanel_JobSeekerFragment = {
  id: string;
  consentStatus: ConsentStatus;
  consentUpdatedAt: string | null;
  consentEffectiveOn: string | null;
  consentMethod: ConsentMethod | null;
  consentExpiresOn: string | null;
  consentExpired: boolean;
  consentRecordedBy: string | null;
  archivedAt: string | null;
  consentHistory: Array<{
    id: string;
    status: ConsentStatus;
    method: ConsentMethod | null;
    effectiveOn: string;
    expiresOn: string | null;
    recordedBy: string | null;
    recordedAt: string;
  }>;
};

export type RecordJobSeekerConsentMutationVariables = Exact<{
  id: string | number;
  status: ConsentStatus;
  method?: ConsentMethod | null | undefined;
  effectiveOn?: string | null | undefined;
  expiresOn?: string | null | undefined;
}>;

export type RecordJobSeekerConsentMutation = {
  recordJobSeekerConsent: {
    id: string;
    consentStatus: ConsentStatus;
    consentUpdatedAt: string | null;
    consentEffectiveOn: string | null;
    consentMethod: ConsentMethod | null;
    consentExpiresOn: string | null;
    consentExpired: boolean;
    consentRecordedBy: string | null;
    archivedAt: string | null;
    consentHistory: Array<{
      id: string;
      status: ConsentStatus;
      method: ConsentMethod | null;
      effectiveOn: string;
      expiresOn: string | null;
      recordedBy: string | null;
      recordedAt: string;
    }>;
  };
};

export type JobSeekerFile_JobSeekerFragment = {
  id: string;
  firstName: string;
  lastName: string;
  candidateNumber: number;
  bsnMasked: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  postcode: string;
  regionCode: string;
  participationStep: number;
  earningCapacityPercent: number;
  earningCapacityBand: EarningCapacityBand;
  loonwaardePercent: number | null;
  clientProfile: number | null;
  perspectiveGroup: number | null;
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  wswOud: boolean;
  statushouder: boolean;
  jongere: boolean | null;
  sectorPreferences: Array<WorkSector>;
  workLimitations: string | null;
  archivedAt: string | null;
  hoursAvailable: number;
  availabilityConfirmedAt: string | null;
  maxTravelKm: number;
  maxTravelMinutes: number;
  transportModes: Array<TransportMode>;
  hasDrivingLicence: boolean;
  consentStatus: ConsentStatus;
  consentUpdatedAt: string | null;
  consentEffectiveOn: string | null;
  consentMethod: ConsentMethod | null;
  consentExpiresOn: string | null;
  consentExpired: boolean;
  consentRecordedBy: string | null;
  municipality: { code: string; name: string };
  consultant: { id: string; displayName: string } | null;
  competences: Array<{
    level: number;
    assessedAt: string | null;
    competence: { code: string; label: string; group: CompetenceGroup };
  }>;
  consentHistory: Array<{
    id: string;
    status: ConsentStatus;
    method: ConsentMethod | null;
    effectiveOn: string;
    expiresOn: string | null;
    recordedBy: string | null;
    recordedAt: string;
  }>;
};

export type JobSeekerTable_JobSeekerFragment = {
  id: string;
  firstName: string;
  lastName: string;
  candidateNumber: number;
  earningCapacityBand: EarningCapacityBand;
  consentStatus: ConsentStatus;
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  wswOud: boolean;
  statushouder: boolean;
  jongere: boolean | null;
  availabilityConfirmedAt: string | null;
  municipality: { code: string; name: string };
};

export type ProfileForm_JobSeekerFragment = {
  id: string;
  participationStep: number;
  earningCapacityPercent: number;
  loonwaardePercent: number | null;
  clientProfile: number | null;
  perspectiveGroup: number | null;
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  wswOud: boolean;
  statushouder: boolean;
  hoursAvailable: number;
  maxTravelKm: number;
  maxTravelMinutes: number;
  transportModes: Array<TransportMode>;
  hasDrivingLicence: boolean;
  sectorPreferences: Array<WorkSector>;
  postcode: string;
  email: string | null;
  phone: string | null;
  workLimitations: string | null;
};

export type MatchExplanation_ExplanationFragment = {
  score: number;
  distanceKm: number;
  travelMinutes: number;
  transport: TransportMode;
  maxTravelKm: number;
  maxTravelMinutes: number;
  hoursAvailable: number;
  hoursMin: number;
  hoursMax: number;
  sectorPreferred: boolean | null;
  jobSeekerRegionCode: string;
  vacancyRegionCode: string;
  factors: Array<{
    factor: MatchFactor;
    label: string;
    weight: number;
    fit: number;
    points: number;
  }>;
  competencesMet: Array<{
    code: string;
    label: string;
    level: number;
    minLevel: number;
    requirement: CompetenceRequirement;
  }>;
  gaps: Array<{
    code: string;
    label: string;
    level: number;
    minLevel: number;
    gap: number;
    requirement: CompetenceRequirement;
    trainable: boolean;
  }>;
};

export type SuggestionCard_MatchFragment = {
  rank: number;
  score: number;
  jobSeeker: {
    id: string;
    candidateLabel: string;
    firstName: string | null;
    lastName: string | null;
    regionCode: string;
  };
  explanation: {
    score: number;
    distanceKm: number;
    travelMinutes: number;
    transport: TransportMode;
    maxTravelKm: number;
    maxTravelMinutes: number;
    hoursAvailable: number;
    hoursMin: number;
    hoursMax: number;
    sectorPreferred: boolean | null;
    jobSeekerRegionCode: string;
    vacancyRegionCode: string;
    factors: Array<{
      factor: MatchFactor;
      label: string;
      weight: number;
      fit: number;
      points: number;
    }>;
    competencesMet: Array<{
      code: string;
      label: string;
      level: number;
      minLevel: number;
      requirement: CompetenceRequirement;
    }>;
    gaps: Array<{
      code: string;
      label: string;
      level: number;
      minLevel: number;
      gap: number;
      requirement: CompetenceRequirement;
      trainable: boolean;
    }>;
  };
};

export type ProposeIntroductionMutationVariables = Exact<{
  input: ProposeIntroductionInput;
}>;

export type ProposeIntroductionMutation = {
  proposeIntroduction: { id: string; status: IntroductionStatus; jobSeeker: { id: string } };
};

export type VacancySuggestionCard_MatchFragment = {
  rank: number;
  score: number;
  vacancy: {
    id: string;
    title: string;
    kind: VacancyKind;
    employerName: string;
    regionCode: string;
    city: string;
    hoursMin: number;
    hoursMax: number;
  };
  explanation: {
    jobSeekerRegionCode: string;
    score: number;
    distanceKm: number;
    travelMinutes: number;
    transport: TransportMode;
    maxTravelKm: number;
    maxTravelMinutes: number;
    hoursAvailable: number;
    hoursMin: number;
    hoursMax: number;
    sectorPreferred: boolean | null;
    vacancyRegionCode: string;
    factors: Array<{
      factor: MatchFactor;
      label: string;
      weight: number;
      fit: number;
      points: number;
    }>;
    competencesMet: Array<{
      code: string;
      label: string;
      level: number;
      minLevel: number;
      requirement: CompetenceRequirement;
    }>;
    gaps: Array<{
      code: string;
      label: string;
      level: number;
      minLevel: number;
      gap: number;
      requirement: CompetenceRequirement;
      trainable: boolean;
    }>;
  };
};

export type RegionReport_BanenafspraakFragment = {
  regionCode: string;
  regionName: string;
  quarters: Array<{
    quarter: string;
    countDate: string;
    extraJobs: {
      markt: { value: number | null; display: string };
      overheid: { value: number | null; display: string };
      total: { value: number | null; display: string };
    };
    target: { jobs: number } | null;
    percentOfTarget: { total: { value: number | null; display: string } | null };
    peopleStarted: { display: string };
    peopleLost: { display: string };
  }>;
};

export type RegionReport_MunicipalityFragment = {
  municipalityCode: string;
  municipalityName: string;
  target: number | null;
  realised: { value: number | null; display: string };
  percentOfTarget: { value: number | null; display: string } | null;
};

export type RegionReport_BeschutWerkFragment = {
  countDate: string;
  municipalities: Array<{
    municipalityCode: string;
    municipalityName: string;
    target: number | null;
    realised: { value: number | null; display: string };
    percentOfTarget: { value: number | null; display: string } | null;
  }>;
  total: {
    target: number | null;
    realised: { value: number | null; display: string };
    percentOfTarget: { value: number | null; display: string } | null;
  };
};

export type RegionReport_UitstroomFragment = {
  from: string;
  to: string;
  municipalities: Array<{
    municipalityCode: string;
    municipalityName: string;
    target: number | null;
    realised: { value: number | null; display: string };
    percentOfTarget: { value: number | null; display: string } | null;
  }>;
  total: {
    target: number | null;
    realised: { value: number | null; display: string };
    percentOfTarget: { value: number | null; display: string } | null;
    full: { display: string };
    partial: { display: string };
  };
};

export type RegionReport_PipelineFragment = {
  from: string;
  to: string;
  funnel: {
    proposed: { value: number | null; display: string };
    introduced: { value: number | null; display: string };
    placed: { value: number | null; display: string };
  };
  instruments: Array<{
    instrument: PlacementInstrument;
    people: { value: number | null; display: string };
  }>;
  placementsTotal: { display: string };
  averageDaysVacancyToPlacement: { value: number | null; display: string } | null;
  aftercareOnTime: { checkInsDue: { display: string }; percentage: { display: string } | null };
};

export type Viewer_ViewerFragment = {
  id: string;
  email: string;
  displayName: string;
  roles: Array<Role>;
  organisationName: string;
  employerId: string | null;
  regionCodes: Array<string>;
};

export type SessionQueryVariables = Exact<{ [key: string]: never }>;

export type SessionQuery = {
  viewer: {
    id: string;
    email: string;
    displayName: string;
    roles: Array<Role>;
    organisationName: string;
    employerId: string | null;
    regionCodes: Array<string>;
  } | null;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type VacancyTable_VacancyFragment = {
  id: string;
  title: string;
  kind: VacancyKind;
  status: VacancyStatus;
  hoursMin: number;
  hoursMax: number;
  openings: number;
  employer: { id: string; name: string };
  location: { id: string; city: string };
};

export type AftercareTasksPageQueryVariables = Exact<{
  mine: boolean;
  dueBefore?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type AftercareTasksPageQuery = {
  aftercareTasks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      checkIn: {
        id: string;
        kind: AftercareKind;
        dueDate: string;
        status: AftercareStatus;
        completedOn: string | null;
        overdue: boolean;
        daysOverdue: number;
      };
      placement: {
        id: string;
        candidateLabel: string;
        jobSeekerName: string | null;
        employerId: string;
        employerName: string;
        accountManagerName: string | null;
        atRisk: boolean;
        atRiskReason: string | null;
      };
    }>;
  };
};

export type AssignmentPageQueryVariables = Exact<{ [key: string]: never }>;

export type AssignmentPageQuery = {
  viewer: { id: string; roles: Array<Role>; regionCodes: Array<string> } | null;
  labourMarketRegions: Array<{ code: string; name: string }>;
};

export type AssignmentProposalQueryVariables = Exact<{
  id: string | number;
}>;

export type AssignmentProposalQuery = {
  assignmentProposal: {
    id: string;
    regionCode: string;
    status: AssignmentProposalStatus;
    progress: number;
    includeOtherRegions: boolean;
    error: string | null;
    result: {
      totalScore: number;
      greedyTotalScore: number;
      gain: number;
      gainPercent: number;
      places: number;
      placesFilled: number;
      pairs: Array<{
        score: number;
        vacancy: { id: string; title: string; employerName: string };
        jobSeeker: {
          id: string;
          candidateLabel: string;
          firstName: string | null;
          lastName: string | null;
        };
      }>;
    } | null;
  };
};

export type StartAssignmentProposalMutationVariables = Exact<{
  regionCode: string;
  includeOtherRegions?: boolean | null | undefined;
}>;

export type StartAssignmentProposalMutation = {
  startAssignmentProposal: { id: string; status: AssignmentProposalStatus; progress: number };
};

export type AcceptAssignmentPairsMutationVariables = Exact<{
  proposalId: string | number;
  pairs: Array<AssignmentPairInput> | AssignmentPairInput;
}>;

export type AcceptAssignmentPairsMutation = {
  acceptAssignmentPairs: Array<{
    vacancyId: string;
    jobSeekerId: string;
    outcome: AssignmentPairOutcome;
    introductionId: string | null;
    message: string | null;
  }>;
};

export type LoginPage_LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginPage_LoginMutation = {
  login: {
    id: string;
    email: string;
    displayName: string;
    roles: Array<Role>;
    organisationName: string;
    employerId: string | null;
    regionCodes: Array<string>;
  };
};

export type EmployerListPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  sector?: EmployerSector | null | undefined;
  accountManagerId?: string | number | null | undefined;
}>;

export type EmployerListPageQuery = {
  employers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      name: string;
      kvkNumber: string;
      sector: EmployerSector;
      regionCode: string;
      accountManager: { id: string; displayName: string } | null;
      locations: Array<{ id: string; city: string }>;
    }>;
  };
};

export type EmployerPageQueryVariables = Exact<{
  id: string | number;
}>;

export type EmployerPageQuery = {
  employer: {
    id: string;
    name: string;
    kvkNumber: string;
    sector: EmployerSector;
    sbiCode: string | null;
    regionCode: string;
    archivedAt: string | null;
    accountManager: { id: string; displayName: string; email: string } | null;
    locations: Array<{
      id: string;
      name: string;
      street: string | null;
      postcode: string;
      city: string;
    }>;
    contacts: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      email: string | null;
      phone: string | null;
    }>;
  };
  vacancies: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      kind: VacancyKind;
      status: VacancyStatus;
      hoursMin: number;
      hoursMax: number;
      openings: number;
      employer: { id: string; name: string };
      location: { id: string; city: string };
    }>;
  };
  placements: {
    totalCount: number;
    nodes: Array<{
      id: string;
      active: boolean;
      contractType: ContractType;
      hoursPerWeek: number;
      startDate: string;
      endDate: string | null;
      jobSeeker: { id: string | null; candidateLabel: string };
      vacancy: { id: string; title: string } | null;
    }>;
  };
};

export type EmployerPageCrmQueryVariables = Exact<{
  id: string | number;
}>;

export type EmployerPageCrmQuery = {
  employer: {
    id: string;
    contactMoments: Array<{
      id: string;
      contactedOn: string;
      channel: ContactChannel;
      subject: string;
      note: string;
      recordedBy: string | null;
    }>;
    agreements: Array<{
      id: string;
      kind: AgreementKind;
      description: string;
      places: number | null;
      validFrom: string;
      validTo: string | null;
      status: AgreementStatus;
      recordedBy: string | null;
    }>;
  };
};

export type StartPageQueryVariables = Exact<{ [key: string]: never }>;

export type StartPageQuery = {
  viewer: { id: string; displayName: string; roles: Array<Role>; organisationName: string } | null;
};

export type InboxPageQueryVariables = Exact<{
  createdSince: string;
  first: number;
}>;

export type InboxPageQuery = {
  vacancies: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      kind: VacancyKind;
      createdAt: string;
      employer: { id: string; name: string };
    }>;
  };
  submitted: {
    totalCount: number;
    nodes: Array<{
      id: string;
      department: string;
      status: JobCarvingStatus;
      createdAt: string;
      updatedAt: string;
      employer: { id: string; name: string };
    }>;
  };
  analysing: {
    totalCount: number;
    nodes: Array<{
      id: string;
      department: string;
      status: JobCarvingStatus;
      createdAt: string;
      updatedAt: string;
      employer: { id: string; name: string };
    }>;
  };
  accepted: {
    totalCount: number;
    nodes: Array<{
      id: string;
      department: string;
      status: JobCarvingStatus;
      createdAt: string;
      updatedAt: string;
      employer: { id: string; name: string };
    }>;
  };
};

export type InboxPage_RequestsFragment = {
  totalCount: number;
  nodes: Array<{
    id: string;
    department: string;
    status: JobCarvingStatus;
    createdAt: string;
    updatedAt: string;
    employer: { id: string; name: string };
  }>;
};

export type JobCarvingRequestPageQueryVariables = Exact<{
  id: string | number;
}>;

export type JobCarvingRequestPageQuery = {
  jobCarvingRequest: {
    id: string;
    department: string;
    reason: JobCarvingReason | null;
    notes: string;
    status: JobCarvingStatus;
    regionCode: string;
    createdAt: string;
    employer: { id: string; name: string };
    jobs: Array<{
      id: string;
      title: string;
      headcount: number;
      tasks: Array<{
        name: string;
        sharePercent: number;
        complexity: TaskComplexity;
        splittable: boolean;
      }>;
    }>;
    analysis: {
      summary: string;
      recordedByName: string;
      recordedAt: string;
      tasks: Array<{
        jobId: string;
        taskIndex: number;
        jobTitle: string;
        taskName: string;
        sharePercent: number;
        complexity: TaskComplexity;
        splittable: boolean;
      }>;
    } | null;
    proposal: {
      title: string;
      description: string;
      hoursPerWeek: number;
      proposedByName: string;
      proposedAt: string;
      tasks: Array<{ jobId: string; taskIndex: number; jobTitle: string; taskName: string }>;
      competences: Array<{
        competenceCode: string;
        competenceName: string;
        minLevel: number;
        weight: number;
        requirement: CompetenceRequirement;
      }>;
    } | null;
    vacancy: { id: string; title: string } | null;
    history: Array<{
      fromStatus: JobCarvingStatus | null;
      toStatus: JobCarvingStatus;
      note: string | null;
      changedByName: string;
      changedAt: string;
    }>;
  };
};

export type JobCarvingRequestPageLocationsQueryVariables = Exact<{
  employerId: string | number;
}>;

export type JobCarvingRequestPageLocationsQuery = {
  employer: { id: string; locations: Array<{ id: string; name: string; city: string }> };
};

export type CompetenceScanPageQueryVariables = Exact<{
  id: string | number;
}>;

export type CompetenceScanPageQuery = {
  jobSeeker: {
    id: string;
    firstName: string;
    lastName: string;
    archivedAt: string | null;
    competences: Array<{
      level: number;
      assessedAt: string | null;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
  };
};

export type CompetenceScanPageTaxonomyQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type CompetenceScanPageTaxonomyQuery = {
  competences: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      code: string;
      label: string;
      description: string;
      group: CompetenceGroup;
      sector: WorkSector | null;
      levels: Array<{ level: number; description: string }>;
    }>;
  };
};

export type SetJobSeekerCompetencesMutationVariables = Exact<{
  id: string | number;
  competences: Array<JobSeekerCompetenceInput> | JobSeekerCompetenceInput;
}>;

export type SetJobSeekerCompetencesMutation = {
  setJobSeekerCompetences: {
    id: string;
    updatedAt: string;
    competences: Array<{
      level: number;
      assessedAt: string | null;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
  };
};

export type JobSeekerListPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  regionCode?: string | null | undefined;
  municipalityCode?: string | null | undefined;
  consentStatus?: ConsentStatus | null | undefined;
  earningCapacityBand?: EarningCapacityBand | null | undefined;
  doelgroepregister?: boolean | null | undefined;
  indicatieBeschutWerk?: boolean | null | undefined;
  availabilityStale?: boolean | null | undefined;
}>;

export type JobSeekerListPageQuery = {
  jobSeekers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      firstName: string;
      lastName: string;
      candidateNumber: number;
      earningCapacityBand: EarningCapacityBand;
      consentStatus: ConsentStatus;
      doelgroepregister: boolean;
      indicatieBeschutWerk: boolean;
      wswOud: boolean;
      statushouder: boolean;
      jongere: boolean | null;
      availabilityConfirmedAt: string | null;
      municipality: { code: string; name: string };
    }>;
  };
};

export type JobSeekerListPageFollowUpQueryVariables = Exact<{ [key: string]: never }>;

export type JobSeekerListPageFollowUpQuery = { jobSeekerCount: number };

export type JobSeekerListPageRegionsQueryVariables = Exact<{ [key: string]: never }>;

export type JobSeekerListPageRegionsQuery = {
  viewer: { id: string; regionCodes: Array<string> } | null;
  labourMarketRegions: Array<{ code: string; name: string }>;
};

export type JobSeekerListPageMunicipalitiesQueryVariables = Exact<{
  regionCode: string;
}>;

export type JobSeekerListPageMunicipalitiesQuery = {
  municipalities: { nodes: Array<{ code: string; name: string }> };
};

export type JobSeekerPageQueryVariables = Exact<{
  id: string | number;
}>;

export type JobSeekerPageQuery = {
  jobSeeker: {
    id: string;
    firstName: string;
    lastName: string;
    candidateNumber: number;
    bsnMasked: string | null;
    birthDate: string | null;
    email: string | null;
    phone: string | null;
    postcode: string;
    regionCode: string;
    participationStep: number;
    earningCapacityPercent: number;
    earningCapacityBand: EarningCapacityBand;
    loonwaardePercent: number | null;
    clientProfile: number | null;
    perspectiveGroup: number | null;
    doelgroepregister: boolean;
    indicatieBeschutWerk: boolean;
    wswOud: boolean;
    statushouder: boolean;
    jongere: boolean | null;
    sectorPreferences: Array<WorkSector>;
    workLimitations: string | null;
    archivedAt: string | null;
    hoursAvailable: number;
    availabilityConfirmedAt: string | null;
    maxTravelKm: number;
    maxTravelMinutes: number;
    transportModes: Array<TransportMode>;
    hasDrivingLicence: boolean;
    consentStatus: ConsentStatus;
    consentUpdatedAt: string | null;
    consentEffectiveOn: string | null;
    consentMethod: ConsentMethod | null;
    consentExpiresOn: string | null;
    consentExpired: boolean;
    consentRecordedBy: string | null;
    municipality: { code: string; name: string };
    consultant: { id: string; displayName: string } | null;
    competences: Array<{
      level: number;
      assessedAt: string | null;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
    consentHistory: Array<{
      id: string;
      status: ConsentStatus;
      method: ConsentMethod | null;
      effectiveOn: string;
      expiresOn: string | null;
      recordedBy: string | null;
      recordedAt: string;
    }>;
  };
  introductions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      status: IntroductionStatus;
      matchScore: number | null;
      nextStatuses: Array<IntroductionStatus>;
      endReason: IntroductionEndReason | null;
      requestedByEmployer: boolean;
      employerMessage: string | null;
      proposedDates: Array<string>;
      consent: {
        givenOn: string;
        method: IntroductionConsentMethod;
        expiresOn: string | null;
        expired: boolean;
      } | null;
      jobSeeker: {
        id: string;
        candidateLabel: string;
        firstName: string | null;
        lastName: string | null;
      };
      vacancy: { id: string; title: string; employer: { id: string; name: string } };
      history: Array<{
        changedAt: string;
        fromStatus: IntroductionStatus | null;
        toStatus: IntroductionStatus;
        note: string | null;
        endReason: IntroductionEndReason | null;
        changedBy: { displayName: string } | null;
      }>;
    }>;
  };
};

export type JobSeekerProfilePageQueryVariables = Exact<{
  id: string | number;
}>;

export type JobSeekerProfilePageQuery = {
  jobSeeker: {
    id: string;
    firstName: string;
    lastName: string;
    archivedAt: string | null;
    participationStep: number;
    earningCapacityPercent: number;
    loonwaardePercent: number | null;
    clientProfile: number | null;
    perspectiveGroup: number | null;
    doelgroepregister: boolean;
    indicatieBeschutWerk: boolean;
    wswOud: boolean;
    statushouder: boolean;
    hoursAvailable: number;
    maxTravelKm: number;
    maxTravelMinutes: number;
    transportModes: Array<TransportMode>;
    hasDrivingLicence: boolean;
    sectorPreferences: Array<WorkSector>;
    postcode: string;
    email: string | null;
    phone: string | null;
    workLimitations: string | null;
    consultant: { id: string } | null;
  };
};

export type UpdateJobSeekerProfileMutationVariables = Exact<{
  id: string | number;
  input: UpdateJobSeekerInput;
}>;

export type UpdateJobSeekerProfileMutation = {
  updateJobSeeker: {
    id: string;
    updatedAt: string;
    earningCapacityBand: EarningCapacityBand;
    jongere: boolean | null;
    pc4: string;
    participationStep: number;
    earningCapacityPercent: number;
    loonwaardePercent: number | null;
    clientProfile: number | null;
    perspectiveGroup: number | null;
    doelgroepregister: boolean;
    indicatieBeschutWerk: boolean;
    wswOud: boolean;
    statushouder: boolean;
    hoursAvailable: number;
    maxTravelKm: number;
    maxTravelMinutes: number;
    transportModes: Array<TransportMode>;
    hasDrivingLicence: boolean;
    sectorPreferences: Array<WorkSector>;
    postcode: string;
    email: string | null;
    phone: string | null;
    workLimitations: string | null;
  };
};

export type JobSeekerVacanciesPageQueryVariables = Exact<{
  id: string | number;
}>;

export type JobSeekerVacanciesPageQuery = {
  jobSeeker: { id: string; firstName: string; lastName: string };
  introductions: {
    nodes: Array<{ id: string; status: IntroductionStatus; vacancy: { id: string } }>;
  };
};

export type JobSeekerVacancySuggestionsQueryVariables = Exact<{
  jobSeekerId: string | number;
  first: number;
  filters?: JobSeekerMatchFilters | null | undefined;
}>;

export type JobSeekerVacancySuggestionsQuery = {
  jobSeekerMatches: Array<{
    rank: number;
    score: number;
    vacancy: {
      id: string;
      title: string;
      kind: VacancyKind;
      employerName: string;
      regionCode: string;
      city: string;
      hoursMin: number;
      hoursMax: number;
    };
    explanation: {
      jobSeekerRegionCode: string;
      score: number;
      distanceKm: number;
      travelMinutes: number;
      transport: TransportMode;
      maxTravelKm: number;
      maxTravelMinutes: number;
      hoursAvailable: number;
      hoursMin: number;
      hoursMax: number;
      sectorPreferred: boolean | null;
      vacancyRegionCode: string;
      factors: Array<{
        factor: MatchFactor;
        label: string;
        weight: number;
        fit: number;
        points: number;
      }>;
      competencesMet: Array<{
        code: string;
        label: string;
        level: number;
        minLevel: number;
        requirement: CompetenceRequirement;
      }>;
      gaps: Array<{
        code: string;
        label: string;
        level: number;
        minLevel: number;
        gap: number;
        requirement: CompetenceRequirement;
        trainable: boolean;
      }>;
    };
  }>;
};

export type PlacementListPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  active?: boolean | null | undefined;
}>;

export type PlacementListPageQuery = {
  placements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      active: boolean;
      contractType: ContractType;
      hoursPerWeek: number;
      startDate: string;
      endDate: string | null;
      instruments: Array<PlacementInstrument>;
      banenafspraakJobs: number;
      jobSeeker: {
        id: string | null;
        candidateLabel: string;
        firstName: string | null;
        lastName: string | null;
      };
      employer: { id: string; name: string };
      vacancy: { id: string; title: string } | null;
    }>;
  };
};

export type PlacementPageQueryVariables = Exact<{
  id: string | number;
}>;

export type PlacementPageQuery = {
  placement: {
    id: string;
    active: boolean;
    arrangement: PlacementArrangement;
    arrangementExtended: boolean;
    contractType: ContractType;
    hoursPerWeek: number;
    hourlyWage: number | null;
    startDate: string;
    endDate: string | null;
    limitDate: string | null;
    warning: string | null;
    instruments: Array<PlacementInstrument>;
    loonwaardePercentage: number | null;
    jobcoachHours: number | null;
    jobcoachHoursUnit: JobcoachHoursUnit | null;
    banenafspraakJobs: number;
    endReason: PlacementEndReason | null;
    endNote: string | null;
    atRisk: boolean | null;
    atRiskReason: string | null;
    archivedAt: string | null;
    jobSeeker: {
      id: string | null;
      candidateLabel: string;
      firstName: string | null;
      lastName: string | null;
    };
    employer: { id: string; name: string };
    vacancy: { id: string; title: string } | null;
    aftercareCheckIns: Array<{
      id: string;
      kind: AftercareKind;
      dueDate: string;
      status: AftercareStatus;
      completedOn: string | null;
      outcome: AftercareOutcome | null;
      channel: ContactChannel | null;
      note: string | null;
      completedByName: string | null;
      overdue: boolean;
      daysOverdue: number;
    }> | null;
  };
};

export type EndPlacementMutationVariables = Exact<{
  id: string | number;
  endDate: string;
  reason: PlacementEndReason;
  note?: string | null | undefined;
}>;

export type EndPlacementMutation = {
  endPlacement: {
    id: string;
    active: boolean;
    endDate: string | null;
    endReason: PlacementEndReason | null;
    endNote: string | null;
    warning: string | null;
    atRisk: boolean | null;
    atRiskReason: string | null;
    aftercareCheckIns: Array<{
      id: string;
      status: AftercareStatus;
      overdue: boolean;
      daysOverdue: number;
    }> | null;
  };
};

export type RegisterPlacementPageQueryVariables = Exact<{
  introductionId: string | number;
}>;

export type RegisterPlacementPageQuery = {
  introduction: {
    id: string;
    status: IntroductionStatus;
    nextStatuses: Array<IntroductionStatus>;
    jobSeeker: {
      id: string;
      candidateLabel: string;
      firstName: string | null;
      lastName: string | null;
    };
    vacancy: {
      id: string;
      title: string;
      kind: VacancyKind;
      employer: { id: string; name: string };
    };
  };
};

export type RegisterPlacementPageVacancyQueryVariables = Exact<{
  vacancyId: string | number;
}>;

export type RegisterPlacementPageVacancyQuery = { vacancy: { id: string; hoursMax: number } };

export type CreatePlacementMutationVariables = Exact<{
  input: CreatePlacementInput;
}>;

export type CreatePlacementMutation = {
  createPlacement: { id: string; introductionId: string | null };
};

export type RegionReportPageQueryVariables = Exact<{
  regionCode: string;
  year: number;
  fromQuarter: string;
  toQuarter: string;
}>;

export type RegionReportPageQuery = {
  banenafspraakResults: {
    regionCode: string;
    regionName: string;
    quarters: Array<{
      quarter: string;
      countDate: string;
      extraJobs: {
        markt: { value: number | null; display: string };
        overheid: { value: number | null; display: string };
        total: { value: number | null; display: string };
      };
      target: { jobs: number } | null;
      percentOfTarget: { total: { value: number | null; display: string } | null };
      peopleStarted: { display: string };
      peopleLost: { display: string };
    }>;
  };
  beschutWerkResults: {
    countDate: string;
    municipalities: Array<{
      municipalityCode: string;
      municipalityName: string;
      target: number | null;
      realised: { value: number | null; display: string };
      percentOfTarget: { value: number | null; display: string } | null;
    }>;
    total: {
      target: number | null;
      realised: { value: number | null; display: string };
      percentOfTarget: { value: number | null; display: string } | null;
    };
  };
  uitstroomResults: {
    from: string;
    to: string;
    municipalities: Array<{
      municipalityCode: string;
      municipalityName: string;
      target: number | null;
      realised: { value: number | null; display: string };
      percentOfTarget: { value: number | null; display: string } | null;
    }>;
    total: {
      target: number | null;
      realised: { value: number | null; display: string };
      percentOfTarget: { value: number | null; display: string } | null;
      full: { display: string };
      partial: { display: string };
    };
  };
  pipelineResults: {
    from: string;
    to: string;
    funnel: {
      proposed: { value: number | null; display: string };
      introduced: { value: number | null; display: string };
      placed: { value: number | null; display: string };
    };
    instruments: Array<{
      instrument: PlacementInstrument;
      people: { value: number | null; display: string };
    }>;
    placementsTotal: { display: string };
    averageDaysVacancyToPlacement: { value: number | null; display: string } | null;
    aftercareOnTime: { checkInsDue: { display: string }; percentage: { display: string } | null };
  };
};

export type RegionResultsPageQueryVariables = Exact<{
  regionCode: string;
  year: number;
  fromQuarter: string;
  toQuarter: string;
}>;

export type RegionResultsPageQuery = {
  banenafspraakResults: {
    regionCode: string;
    regionName: string;
    quarters: Array<{
      quarter: string;
      countDate: string;
      extraJobs: {
        markt: { value: number | null; display: string };
        overheid: { value: number | null; display: string };
        total: { value: number | null; display: string };
      };
      target: { jobs: number } | null;
      percentOfTarget: { total: { value: number | null; display: string } | null };
      peopleStarted: { display: string };
      peopleLost: { display: string };
    }>;
  };
  beschutWerkResults: {
    countDate: string;
    municipalities: Array<{
      municipalityCode: string;
      municipalityName: string;
      target: number | null;
      realised: { value: number | null; display: string };
      percentOfTarget: { value: number | null; display: string } | null;
    }>;
    total: {
      target: number | null;
      realised: { value: number | null; display: string };
      percentOfTarget: { value: number | null; display: string } | null;
    };
  };
  uitstroomResults: {
    from: string;
    to: string;
    municipalities: Array<{
      municipalityCode: string;
      municipalityName: string;
      target: number | null;
      realised: { value: number | null; display: string };
      percentOfTarget: { value: number | null; display: string } | null;
    }>;
    total: {
      target: number | null;
      realised: { value: number | null; display: string };
      percentOfTarget: { value: number | null; display: string } | null;
      full: { display: string };
      partial: { display: string };
    };
  };
  pipelineResults: {
    from: string;
    to: string;
    funnel: {
      proposed: { value: number | null; display: string };
      introduced: { value: number | null; display: string };
      placed: { value: number | null; display: string };
    };
    instruments: Array<{
      instrument: PlacementInstrument;
      people: { value: number | null; display: string };
    }>;
    placementsTotal: { display: string };
    averageDaysVacancyToPlacement: { value: number | null; display: string } | null;
    aftercareOnTime: { checkInsDue: { display: string }; percentage: { display: string } | null };
  };
};

export type ResultsOverviewPageQueryVariables = Exact<{
  quarter?: string | null | undefined;
  year?: number | null | undefined;
}>;

export type ResultsOverviewPageQuery = {
  nationalOverview: {
    quarter: string;
    countDate: string;
    regions: Array<{
      regionCode: string;
      regionName: string;
      active: boolean;
      inScope: boolean;
      targetJobs: number | null;
      extraJobs: { value: number | null; display: string } | null;
      percentOfTarget: { value: number | null; display: string } | null;
    }>;
  };
};

export type MatchingPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  kind?: VacancyKind | null | undefined;
}>;

export type MatchingPageQuery = {
  vacancies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      title: string;
      kind: VacancyKind;
      status: VacancyStatus;
      hoursMin: number;
      hoursMax: number;
      openings: number;
      employer: { id: string; name: string };
      location: { id: string; city: string };
    }>;
  };
};

export type MatchingWorkbenchPageQueryVariables = Exact<{
  vacancyId: string | number;
}>;

export type MatchingWorkbenchPageQuery = {
  vacancy: {
    id: string;
    title: string;
    kind: VacancyKind;
    status: VacancyStatus;
    hoursMin: number;
    hoursMax: number;
    openings: number;
    employer: { id: string; name: string };
    location: { id: string; city: string };
  };
  introductions: {
    nodes: Array<{ id: string; status: IntroductionStatus; jobSeeker: { id: string } }>;
  };
};

export type MatchingWorkbenchSuggestionsQueryVariables = Exact<{
  vacancyId: string | number;
  first: number;
  filters?: VacancyMatchFilters | null | undefined;
}>;

export type MatchingWorkbenchSuggestionsQuery = {
  vacancyMatches: Array<
    | { __typename: 'AnonymousCandidateMatch' }
    | {
        __typename: 'VacancyMatch';
        rank: number;
        score: number;
        jobSeeker: {
          id: string;
          candidateLabel: string;
          firstName: string | null;
          lastName: string | null;
          regionCode: string;
        };
        explanation: {
          score: number;
          distanceKm: number;
          travelMinutes: number;
          transport: TransportMode;
          maxTravelKm: number;
          maxTravelMinutes: number;
          hoursAvailable: number;
          hoursMin: number;
          hoursMax: number;
          sectorPreferred: boolean | null;
          jobSeekerRegionCode: string;
          vacancyRegionCode: string;
          factors: Array<{
            factor: MatchFactor;
            label: string;
            weight: number;
            fit: number;
            points: number;
          }>;
          competencesMet: Array<{
            code: string;
            label: string;
            level: number;
            minLevel: number;
            requirement: CompetenceRequirement;
          }>;
          gaps: Array<{
            code: string;
            label: string;
            level: number;
            minLevel: number;
            gap: number;
            requirement: CompetenceRequirement;
            trainable: boolean;
          }>;
        };
      }
  >;
};

export type VacancyListPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: VacancyStatus | null | undefined;
  kind?: VacancyKind | null | undefined;
}>;

export type VacancyListPageQuery = {
  vacancies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      title: string;
      kind: VacancyKind;
      status: VacancyStatus;
      hoursMin: number;
      hoursMax: number;
      openings: number;
      employer: { id: string; name: string };
      location: { id: string; city: string };
    }>;
  };
};

export type VacancyPageQueryVariables = Exact<{
  id: string | number;
}>;

export type VacancyPageQuery = {
  vacancy: {
    id: string;
    title: string;
    description: string;
    kind: VacancyKind;
    status: VacancyStatus;
    contractType: ContractType;
    sector: WorkSector | null;
    hoursMin: number;
    hoursMax: number;
    openings: number;
    startsOn: string | null;
    closesOn: string | null;
    wageMinCents: number | null;
    wageMaxCents: number | null;
    employer: { id: string; name: string };
    location: { id: string; name: string; postcode: string; city: string };
    competences: Array<{
      minLevel: number;
      requirement: CompetenceRequirement;
      weight: number;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
  };
  introductions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      status: IntroductionStatus;
      matchScore: number | null;
      nextStatuses: Array<IntroductionStatus>;
      endReason: IntroductionEndReason | null;
      requestedByEmployer: boolean;
      employerMessage: string | null;
      proposedDates: Array<string>;
      consent: {
        givenOn: string;
        method: IntroductionConsentMethod;
        expiresOn: string | null;
        expired: boolean;
      } | null;
      jobSeeker: {
        id: string;
        candidateLabel: string;
        firstName: string | null;
        lastName: string | null;
      };
      vacancy: { id: string; title: string; employer: { id: string; name: string } };
      history: Array<{
        changedAt: string;
        fromStatus: IntroductionStatus | null;
        toStatus: IntroductionStatus;
        note: string | null;
        endReason: IntroductionEndReason | null;
        changedBy: { displayName: string } | null;
      }>;
    }>;
  };
};

export const AftercareSchedule_PlacementFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AftercareSchedule_placement' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'aftercareCheckIns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AftercareSchedule_PlacementFragment, unknown>;
export const CompetenceScanEditor_CompetenceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompetenceScanEditor_competence' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompetenceScanEditor_CompetenceFragment, unknown>;
export const AgreementsSection_EmployerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgreementsSection_EmployerFragment, unknown>;
export const ContactMomentsSection_EmployerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactMomentsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactMoments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContactMomentsSection_EmployerFragment, unknown>;
export const EmployerTable_EmployerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployerTable_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kvkNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accountManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'locations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployerTable_EmployerFragment, unknown>;
export const IntroductionCard_IntroductionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntroductionCard_introduction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Introduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByEmployer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDates' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'givenOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntroductionCard_IntroductionFragment, unknown>;
export const JobCarvingRequest_RequestFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobCarvingRequest_request' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobCarvingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'department' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analysis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobCarvingRequest_RequestFragment, unknown>;
export const BenefitExitPanel_BenefitExitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenefitExitPanel_benefitExit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BenefitExit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenefitExitPanel_BenefitExitFragment, unknown>;
export const AvailabilityPanel_JobSeekerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AvailabilityPanel_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilityConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transportModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasDrivingLicence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AvailabilityPanel_JobSeekerFragment, unknown>;
export const ConsentPanel_JobSeekerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentPanel_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentUpdatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentEffectiveOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentExpiresOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentRecordedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsentPanel_JobSeekerFragment, unknown>;
export const JobSeekerFile_JobSeekerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobSeekerFile_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bsnMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipality' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'participationStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loonwaardePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientProfile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perspectiveGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wswOud' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statushouder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jongere' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workLimitations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AvailabilityPanel_jobSeeker' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentPanel_jobSeeker' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AvailabilityPanel_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilityConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transportModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasDrivingLicence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentPanel_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentUpdatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentEffectiveOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentExpiresOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentRecordedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobSeekerFile_JobSeekerFragment, unknown>;
export const JobSeekerTable_JobSeekerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobSeekerTable_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipality' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wswOud' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statushouder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jongere' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilityConfirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobSeekerTable_JobSeekerFragment, unknown>;
export const ProfileForm_JobSeekerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileForm_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participationStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loonwaardePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientProfile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perspectiveGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wswOud' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statushouder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transportModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasDrivingLicence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workLimitations' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileForm_JobSeekerFragment, unknown>;
export const MatchExplanation_ExplanationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchExplanation_explanation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchExplanation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'travelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerRegionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vacancyRegionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencesMet' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gaps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchExplanation_ExplanationFragment, unknown>;
export const SuggestionCard_MatchFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SuggestionCard_match' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MatchExplanation_explanation' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchExplanation_explanation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchExplanation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'travelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerRegionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vacancyRegionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencesMet' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gaps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuggestionCard_MatchFragment, unknown>;
export const VacancySuggestionCard_MatchFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancySuggestionCard_match' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeekerMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerRegionCode' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MatchExplanation_explanation' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchExplanation_explanation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchExplanation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'travelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerRegionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vacancyRegionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencesMet' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gaps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VacancySuggestionCard_MatchFragment, unknown>;
export const RegionReport_BanenafspraakFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Banenafspraak' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BanenafspraakResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quarters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'extraJobs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'markt' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overheid' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'target' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'jobs' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peopleStarted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peopleLost' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionReport_BanenafspraakFragment, unknown>;
export const RegionReport_MunicipalityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Municipality' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalityResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'realised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'percentOfTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionReport_MunicipalityFragment, unknown>;
export const RegionReport_BeschutWerkFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_BeschutWerk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BeschutWerkResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'countDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_Municipality' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'realised' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Municipality' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalityResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'realised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'percentOfTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionReport_BeschutWerkFragment, unknown>;
export const RegionReport_UitstroomFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Uitstroom' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UitstroomResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_Municipality' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'realised' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'full' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partial' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Municipality' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalityResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'realised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'percentOfTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionReport_UitstroomFragment, unknown>;
export const RegionReport_PipelineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Pipeline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PipelineResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funnel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'introduced' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'placed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instruments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'instrument' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placementsTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averageDaysVacancyToPlacement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'aftercareOnTime' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkInsDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionReport_PipelineFragment, unknown>;
export const Viewer_ViewerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Viewer_viewer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Viewer_ViewerFragment, unknown>;
export const VacancyTable_VacancyFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyTable_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VacancyTable_VacancyFragment, unknown>;
export const InboxPage_RequestsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InboxPage_requests' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'JobCarvingRequestConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'department' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxPage_RequestsFragment, unknown>;
export const RecordAftercareCheckInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAftercareCheckIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RecordAftercareCheckInInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAftercareCheckIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordAftercareCheckInMutation,
  RecordAftercareCheckInMutationVariables
>;
export const AddEmployerAgreementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddEmployerAgreement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EmployerAgreementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addEmployerAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddEmployerAgreementMutation, AddEmployerAgreementMutationVariables>;
export const UpdateEmployerAgreementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEmployerAgreement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateEmployerAgreementInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEmployerAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateEmployerAgreementMutation,
  UpdateEmployerAgreementMutationVariables
>;
export const ArchiveEmployerAgreementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveEmployerAgreement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveEmployerAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ArchiveEmployerAgreementMutation,
  ArchiveEmployerAgreementMutationVariables
>;
export const AddEmployerContactMomentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddEmployerContactMoment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'EmployerContactMomentInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addEmployerContactMoment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AddEmployerContactMomentMutation,
  AddEmployerContactMomentMutationVariables
>;
export const UpdateEmployerContactMomentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEmployerContactMoment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateEmployerContactMomentInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEmployerContactMoment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateEmployerContactMomentMutation,
  UpdateEmployerContactMomentMutationVariables
>;
export const ArchiveEmployerContactMomentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveEmployerContactMoment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveEmployerContactMoment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ArchiveEmployerContactMomentMutation,
  ArchiveEmployerContactMomentMutationVariables
>;
export const ChangeIntroductionStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeIntroductionStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IntroductionStatus' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'endReason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IntroductionEndReason' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'consent' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IntroductionConsentInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeIntroductionStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'endReason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'endReason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'consent' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'consent' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'IntroductionCard_introduction' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntroductionCard_introduction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Introduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByEmployer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDates' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'givenOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ChangeIntroductionStatusMutation,
  ChangeIntroductionStatusMutationVariables
>;
export const RecordJobCarvingAnalysisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordJobCarvingAnalysis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RecordJobCarvingAnalysisInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordJobCarvingAnalysis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'JobCarvingRequest_request' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobCarvingRequest_request' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobCarvingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'department' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analysis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordJobCarvingAnalysisMutation,
  RecordJobCarvingAnalysisMutationVariables
>;
export const ProposeJobCarvingRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeJobCarvingRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ProposeJobCarvingRoleInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeJobCarvingRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'JobCarvingRequest_request' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobCarvingRequest_request' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobCarvingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'department' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analysis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeJobCarvingRoleMutation, ProposeJobCarvingRoleMutationVariables>;
export const CreateVacancyFromJobCarvingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateVacancyFromJobCarving' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateVacancyFromJobCarvingInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createVacancyFromJobCarving' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'JobCarvingRequest_request' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobCarvingRequest_request' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobCarvingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'department' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analysis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateVacancyFromJobCarvingMutation,
  CreateVacancyFromJobCarvingMutationVariables
>;
export const CarvedRoleCompetenceSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CarvedRoleCompetenceSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CarvedRoleCompetenceSearchQuery,
  CarvedRoleCompetenceSearchQueryVariables
>;
export const BenefitExitPanelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BenefitExitPanel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'jobSeekerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'benefitExits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jobSeekerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'jobSeekerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BenefitExitPanel_benefitExit' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jobSeekerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'jobSeekerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenefitExitPanel_benefitExit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BenefitExit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenefitExitPanelQuery, BenefitExitPanelQueryVariables>;
export const RecordBenefitExitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordBenefitExit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordBenefitExitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordBenefitExit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BenefitExitPanel_benefitExit' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenefitExitPanel_benefitExit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BenefitExit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordBenefitExitMutation, RecordBenefitExitMutationVariables>;
export const ConfirmJobSeekerAvailabilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmJobSeekerAvailability' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmJobSeekerAvailability' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'availabilityConfirmedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConfirmJobSeekerAvailabilityMutation,
  ConfirmJobSeekerAvailabilityMutationVariables
>;
export const RecordJobSeekerConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordJobSeekerConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentStatus' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentMethod' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'effectiveOn' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expiresOn' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordJobSeekerConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'method' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'effectiveOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'effectiveOn' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expiresOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expiresOn' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentPanel_jobSeeker' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentPanel_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentUpdatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentEffectiveOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentExpiresOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentRecordedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordJobSeekerConsentMutation,
  RecordJobSeekerConsentMutationVariables
>;
export const ProposeIntroductionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeIntroduction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeIntroductionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeIntroduction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jobSeeker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeIntroductionMutation, ProposeIntroductionMutationVariables>;
export const SessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Session' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Viewer_viewer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Viewer_viewer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AftercareTasksPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AftercareTasksPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mine' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dueBefore' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'aftercareTasks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mine' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mine' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dueBefore' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dueBefore' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'checkIn' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'placement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'employerId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'accountManagerName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'atRisk' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'atRiskReason' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AftercareTasksPageQuery, AftercareTasksPageQueryVariables>;
export const AssignmentPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssignmentPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labourMarketRegions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentPageQuery, AssignmentPageQueryVariables>;
export const AssignmentProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssignmentProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignmentProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includeOtherRegions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'result' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalScore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'greedyTotalScore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gainPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'placesFilled' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pairs' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'vacancy' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'jobSeeker' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'candidateLabel' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentProposalQuery, AssignmentProposalQueryVariables>;
export const StartAssignmentProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartAssignmentProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeOtherRegions' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startAssignmentProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeOtherRegions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeOtherRegions' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  StartAssignmentProposalMutation,
  StartAssignmentProposalMutationVariables
>;
export const AcceptAssignmentPairsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptAssignmentPairs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'proposalId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pairs' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentPairInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptAssignmentPairs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'proposalId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'proposalId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pairs' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pairs' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'vacancyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'introductionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptAssignmentPairsMutation, AcceptAssignmentPairsMutationVariables>;
export const LoginPage_LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LoginPage_Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Viewer_viewer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Viewer_viewer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginPage_LoginMutation, LoginPage_LoginMutationVariables>;
export const EmployerListPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployerListPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sector' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EmployerSector' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountManagerId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sector' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sector' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accountManagerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountManagerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EmployerTable_employer' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployerTable_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kvkNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accountManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'locations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployerListPageQuery, EmployerListPageQueryVariables>;
export const EmployerPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployerPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kvkNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sbiCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accountManager' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'locations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contacts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'VacancyTable_vacancy' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jobSeeker' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'vacancy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyTable_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployerPageQuery, EmployerPageQueryVariables>;
export const EmployerPageCrmDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployerPageCrm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ContactMomentsSection_employer' },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AgreementsSection_employer' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactMomentsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactMoments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployerPageCrmQuery, EmployerPageCrmQueryVariables>;
export const StartPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StartPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartPageQuery, StartPageQueryVariables>;
export const InboxPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'createdSince' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'OPEN' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'createdSince' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'createdSince' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'submitted' },
            name: { kind: 'Name', value: 'jobCarvingRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'SUBMITTED' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InboxPage_requests' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'analysing' },
            name: { kind: 'Name', value: 'jobCarvingRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'ANALYSING' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InboxPage_requests' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'accepted' },
            name: { kind: 'Name', value: 'jobCarvingRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'ACCEPTED' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InboxPage_requests' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InboxPage_requests' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'JobCarvingRequestConnection' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'department' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxPageQuery, InboxPageQueryVariables>;
export const JobCarvingRequestPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobCarvingRequestPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobCarvingRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'JobCarvingRequest_request' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobCarvingRequest_request' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobCarvingRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'department' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analysis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complexity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'splittable' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskIndex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobCarvingRequestPageQuery, JobCarvingRequestPageQueryVariables>;
export const JobCarvingRequestPageLocationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobCarvingRequestPageLocations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'locations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  JobCarvingRequestPageLocationsQuery,
  JobCarvingRequestPageLocationsQueryVariables
>;
export const CompetenceScanPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetenceScanPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'assessedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competence' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompetenceScanPageQuery, CompetenceScanPageQueryVariables>;
export const CompetenceScanPageTaxonomyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetenceScanPageTaxonomy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'CompetenceScanEditor_competence' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompetenceScanEditor_competence' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Competence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CompetenceScanPageTaxonomyQuery,
  CompetenceScanPageTaxonomyQueryVariables
>;
export const SetJobSeekerCompetencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetJobSeekerCompetences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'competences' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: {
                  kind: 'NamedType',
                  name: { kind: 'Name', value: 'JobSeekerCompetenceInput' },
                },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setJobSeekerCompetences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'competences' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'competences' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'assessedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competence' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetJobSeekerCompetencesMutation,
  SetJobSeekerCompetencesMutationVariables
>;
export const JobSeekerListPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobSeekerListPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipalityCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'consentStatus' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'earningCapacityBand' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarningCapacityBand' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'doelgroepregister' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'availabilityStale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeekers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipalityCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipalityCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'consentStatus' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'consentStatus' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'earningCapacityBand' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'earningCapacityBand' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'doelgroepregister' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'doelgroepregister' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'indicatieBeschutWerk' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'availabilityStale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'availabilityStale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'JobSeekerTable_jobSeeker' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobSeekerTable_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipality' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wswOud' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statushouder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jongere' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilityConfirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobSeekerListPageQuery, JobSeekerListPageQueryVariables>;
export const JobSeekerListPageFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobSeekerListPageFollowUp' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeekerCount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'availabilityStale' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  JobSeekerListPageFollowUpQuery,
  JobSeekerListPageFollowUpQueryVariables
>;
export const JobSeekerListPageRegionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobSeekerListPageRegions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labourMarketRegions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobSeekerListPageRegionsQuery, JobSeekerListPageRegionsQueryVariables>;
export const JobSeekerListPageMunicipalitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobSeekerListPageMunicipalities' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  JobSeekerListPageMunicipalitiesQuery,
  JobSeekerListPageMunicipalitiesQueryVariables
>;
export const JobSeekerPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobSeekerPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'JobSeekerFile_jobSeeker' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introductions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jobSeekerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'IntroductionCard_introduction' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AvailabilityPanel_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilityConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transportModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasDrivingLicence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentPanel_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentUpdatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentEffectiveOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentExpiresOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentRecordedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobSeekerFile_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bsnMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipality' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'participationStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loonwaardePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientProfile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perspectiveGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wswOud' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statushouder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jongere' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workLimitations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AvailabilityPanel_jobSeeker' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentPanel_jobSeeker' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntroductionCard_introduction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Introduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByEmployer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDates' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'givenOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobSeekerPageQuery, JobSeekerPageQueryVariables>;
export const JobSeekerProfilePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobSeekerProfilePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consultant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileForm_jobSeeker' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileForm_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participationStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loonwaardePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientProfile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perspectiveGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wswOud' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statushouder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transportModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasDrivingLicence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workLimitations' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobSeekerProfilePageQuery, JobSeekerProfilePageQueryVariables>;
export const UpdateJobSeekerProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateJobSeekerProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateJobSeekerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateJobSeeker' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityBand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jongere' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pc4' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileForm_jobSeeker' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileForm_jobSeeker' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeeker' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participationStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earningCapacityPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'loonwaardePercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientProfile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perspectiveGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'doelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatieBeschutWerk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wswOud' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statushouder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transportModes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasDrivingLicence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workLimitations' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateJobSeekerProfileMutation,
  UpdateJobSeekerProfileMutationVariables
>;
export const JobSeekerVacanciesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobSeekerVacanciesPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introductions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jobSeekerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'vacancy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobSeekerVacanciesPageQuery, JobSeekerVacanciesPageQueryVariables>;
export const JobSeekerVacancySuggestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobSeekerVacancySuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'jobSeekerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeekerMatchFilters' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeekerMatches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jobSeekerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'jobSeekerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filters' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vacancy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'VacancySuggestionCard_match' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchExplanation_explanation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchExplanation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'travelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerRegionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vacancyRegionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencesMet' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gaps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainable' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancySuggestionCard_match' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobSeekerMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerRegionCode' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MatchExplanation_explanation' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  JobSeekerVacancySuggestionsQuery,
  JobSeekerVacancySuggestionsQueryVariables
>;
export const PlacementListPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlacementListPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'instruments' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'banenafspraakJobs' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jobSeeker' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'vacancy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacementListPageQuery, PlacementListPageQueryVariables>;
export const PlacementPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlacementPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arrangement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arrangementExtended' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hourlyWage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limitDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
                { kind: 'Field', name: { kind: 'Name', value: 'instruments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loonwaardePercentage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobcoachHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobcoachHoursUnit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'banenafspraakJobs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'atRisk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'atRiskReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jobSeeker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vacancy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AftercareSchedule_placement' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AftercareSchedule_placement' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'aftercareCheckIns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacementPageQuery, PlacementPageQueryVariables>;
export const EndPlacementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndPlacement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'endDate' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlacementEndReason' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endPlacement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'endDate' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'endDate' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
                { kind: 'Field', name: { kind: 'Name', value: 'atRisk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'atRiskReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'aftercareCheckIns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndPlacementMutation, EndPlacementMutationVariables>;
export const RegisterPlacementPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RegisterPlacementPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'introductionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introduction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'introductionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jobSeeker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vacancy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterPlacementPageQuery, RegisterPlacementPageQueryVariables>;
export const RegisterPlacementPageVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RegisterPlacementPageVacancy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RegisterPlacementPageVacancyQuery,
  RegisterPlacementPageVacancyQueryVariables
>;
export const CreatePlacementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePlacement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePlacementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPlacement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'introductionId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePlacementMutation, CreatePlacementMutationVariables>;
export const RegionReportPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RegionReportPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromQuarter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toQuarter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'banenafspraakResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromQuarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromQuarter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toQuarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toQuarter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_Banenafspraak' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'beschutWerkResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_BeschutWerk' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uitstroomResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegionReport_Uitstroom' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pipelineResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegionReport_Pipeline' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Municipality' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalityResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'realised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'percentOfTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Banenafspraak' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BanenafspraakResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quarters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'extraJobs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'markt' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overheid' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'target' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'jobs' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peopleStarted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peopleLost' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_BeschutWerk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BeschutWerkResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'countDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_Municipality' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'realised' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Uitstroom' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UitstroomResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_Municipality' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'realised' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'full' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partial' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Pipeline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PipelineResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funnel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'introduced' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'placed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instruments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'instrument' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placementsTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averageDaysVacancyToPlacement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'aftercareOnTime' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkInsDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionReportPageQuery, RegionReportPageQueryVariables>;
export const RegionResultsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RegionResultsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromQuarter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toQuarter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'banenafspraakResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromQuarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromQuarter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toQuarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toQuarter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_Banenafspraak' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'beschutWerkResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_BeschutWerk' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uitstroomResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegionReport_Uitstroom' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pipelineResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegionReport_Pipeline' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Municipality' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalityResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'realised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'percentOfTarget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Banenafspraak' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BanenafspraakResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quarters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'extraJobs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'markt' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overheid' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'target' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'jobs' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peopleStarted' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peopleLost' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_BeschutWerk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BeschutWerkResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'countDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_Municipality' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'realised' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Uitstroom' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UitstroomResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RegionReport_Municipality' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'realised' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentOfTarget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'full' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partial' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegionReport_Pipeline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PipelineResults' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funnel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'introduced' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'placed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instruments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'instrument' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placementsTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averageDaysVacancyToPlacement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'display' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'aftercareOnTime' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkInsDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'percentage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionResultsPageQuery, RegionResultsPageQueryVariables>;
export const ResultsOverviewPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ResultsOverviewPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nationalOverview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'regions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inScope' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'extraJobs' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetJobs' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'percentOfTarget' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResultsOverviewPageQuery, ResultsOverviewPageQueryVariables>;
export const MatchingPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchingPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyKind' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'OPEN' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'VacancyTable_vacancy' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyTable_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchingPageQuery, MatchingPageQueryVariables>;
export const MatchingWorkbenchPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchingWorkbenchPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introductions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'vacancyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jobSeeker' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchingWorkbenchPageQuery, MatchingWorkbenchPageQueryVariables>;
export const MatchingWorkbenchSuggestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchingWorkbenchSuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyMatchFilters' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancyMatches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'vacancyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filters' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'VacancyMatch' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SuggestionCard_match' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchExplanation_explanation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchExplanation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'travelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectorPreferred' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobSeekerRegionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vacancyRegionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencesMet' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gaps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainable' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SuggestionCard_match' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MatchExplanation_explanation' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MatchingWorkbenchSuggestionsQuery,
  MatchingWorkbenchSuggestionsQueryVariables
>;
export const VacancyListPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VacancyListPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyKind' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'VacancyTable_vacancy' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyTable_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VacancyListPageQuery, VacancyListPageQueryVariables>;
export const VacancyPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VacancyPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wageMinCents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wageMaxCents' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competence' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introductions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'vacancyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'IntroductionCard_introduction' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntroductionCard_introduction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Introduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByEmployer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDates' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'givenOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobSeeker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VacancyPageQuery, VacancyPageQueryVariables>;
