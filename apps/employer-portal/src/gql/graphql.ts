/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Aftercare moment after the start: 2 weeks, 1, 3, 6 or 12 months. */
export type AftercareKind = 'MONTH_1' | 'MONTH_3' | 'MONTH_6' | 'MONTH_12' | 'WEEK_2';

/** CANCELLED: falls after the last working day. */
export type AftercareStatus = 'CANCELLED' | 'DONE' | 'OPEN';

export type CompetenceGroup =
  'CERTIFICATE' | 'COGNITIVE_LANGUAGE' | 'PHYSICAL' | 'SOCIAL' | 'VOCATIONAL' | 'WORK_ATTITUDE';

export type CompetenceRequirement = 'REQUIRED' | 'WISHED';

export type ContractType =
  'FIXED_TERM' | 'PERMANENT' | 'SECONDMENT' | 'TEMP_AGENCY' | 'TRIAL_PLACEMENT' | 'UNPAID';

export type CreateVacancyInput = {
  /** YYYY-MM-DD; not before startsOn. */
  closesOn?: string | null | undefined;
  /** At most 30, each code once. */
  competences?: Array<VacancyCompetenceInput>;
  contractType: ContractType;
  description: string;
  employerId: string | number;
  /** Hours a week, 1-40 in whole or half hours; at least hoursMin. */
  hoursMax: number;
  /** Hours a week, 1-40 in whole or half hours. */
  hoursMin: number;
  kind: VacancyKind;
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

export type EmployerContactInput = {
  email?: string | null | undefined;
  jobTitle?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

export type EmployerLocationInput = {
  city: string;
  name: string;
  /** Full postcode, e.g. 1211 AB. */
  postcode: string;
  street?: string | null | undefined;
};

/** Banenafspraak split: MARKT (private) or OVERHEID (government). */
export type EmployerSector = 'MARKT' | 'OVERHEID';

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

export type JobCarvingJobInput = {
  /** How many people do this job, 1-1000. */
  headcount?: number;
  /** 1-30 tasks whose shares add up to 50-100 %. */
  tasks: Array<JobCarvingTaskInput>;
  /** The current job, e.g. "Medewerker bediening". */
  title: string;
};

/** Why an employer asks for job carving. */
export type JobCarvingReason = 'INCLUSION' | 'OTHER' | 'SHORTAGE' | 'WORKLOAD';

export type JobCarvingStatus =
  'ACCEPTED' | 'ANALYSING' | 'PROPOSED' | 'REJECTED' | 'SUBMITTED' | 'VACANCY_CREATED';

export type JobCarvingTaskInput = {
  complexity: TaskComplexity;
  name: string;
  /** Share of the job's time, 1-100 %. */
  sharePercent: number;
  /** Whether, in the employer's view, the task could be split off the job. */
  splittable: boolean;
};

/** A job and a worker's loonwaarde, for an estimate of the loonkostensubsidie. */
export type LksEstimateInput = {
  /** The day the estimate is for (YYYY-MM-DD); today when left out. */
  date?: string | null | undefined;
  /** Gross hourly wage for the job in euros (the CAO wage), at least the minimum wage. */
  hourlyWage: number;
  /** Contract hours a week, 1-40 in whole or half hours. */
  hoursPerWeek: number;
  /** Measured loonwaarde as % of the wage for the job, 0-100. */
  loonwaardePercent: number;
};

export type LoginInput = {
  email: string;
  password: string;
  portal: Portal;
};

export type PlacementInstrument =
  | 'BEHOUD_VAN_UITKERING'
  | 'JOBCOACH'
  | 'LOONKOSTENSUBSIDIE'
  | 'NO_RISK_POLIS'
  | 'PROEFPLAATSING'
  | 'WERKPLEKAANPASSING';

/** The portal a user logs in to. */
export type Portal = 'EMPLOYER' | 'WSP';

/** An employer asks the WSP to introduce one or more anonymous candidates for its own open vacancy. */
export type RequestIntroductionsInput = {
  /** The candidate numbers ("Kandidaat 4711" → 4711) from the vacancy's suggestions, 1-10. */
  candidateNumbers: Array<number>;
  /** A short message for the WSP, at most 1000 characters. */
  message?: string | null | undefined;
  /** Up to 5 proposed dates for a first meeting (YYYY-MM-DD), after today. */
  proposedDates?: Array<string> | null | undefined;
  vacancyId: string | number;
};

/** What a user does in Werkbrug. */
export type Role = 'ACCOUNT_MANAGER' | 'ADMIN' | 'BOARD_MEMBER' | 'CONSULTANT' | 'EMPLOYER_USER';

export type SubmitJobCarvingRequestInput = {
  /** The department whose work is to be analysed. */
  department: string;
  employerId: string | number;
  /** 1-20 current jobs. */
  jobs: Array<JobCarvingJobInput>;
  notes?: string;
  /** Why the employer asks: shortage, workload, ... */
  reason: JobCarvingReason;
};

export type TaskComplexity = 'COMPLEX' | 'MEDIUM' | 'SIMPLE';

export type UpdateEmployerContactInput = {
  email?: string | null | undefined;
  jobTitle?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type UpdateEmployerLocationInput = {
  city?: string | null | undefined;
  name?: string | null | undefined;
  /** Full postcode, e.g. 1211 AB. */
  postcode?: string | null | undefined;
  street?: string | null | undefined;
};

export type UpdateVacancyInput = {
  closesOn?: string | null | undefined;
  contractType?: ContractType | null | undefined;
  description?: string | null | undefined;
  hoursMax?: number | null | undefined;
  hoursMin?: number | null | undefined;
  kind?: VacancyKind | null | undefined;
  locationId?: string | number | null | undefined;
  openings?: number | null | undefined;
  sector?: WorkSector | null | undefined;
  startsOn?: string | null | undefined;
  title?: string | null | undefined;
  wageMaxCents?: number | null | undefined;
  wageMinCents?: number | null | undefined;
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

export type CandidateCard_MatchFragment = {
  rank: number;
  score: number;
  candidateLabel: string;
  candidateNumber: number;
  inDoelgroepregister: boolean | null;
  startPerspectiveLabel: string;
  instruments: Array<PlacementInstrument>;
  explanation: {
    distanceBand: string;
    hoursAvailable: number;
    hoursMin: number;
    hoursMax: number;
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

export type CompetencePicker_CompetenceFragment = {
  code: string;
  label: string;
  description: string;
  group: CompetenceGroup;
  sector: WorkSector | null;
  levels: Array<{ level: number; description: string }>;
};

export type CompetenceSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  group?: CompetenceGroup | null | undefined;
  first: number;
}>;

export type CompetenceSearchQuery = {
  competences: {
    totalCount: number;
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

export type CompetenceLevelsQueryVariables = Exact<{
  code: string;
}>;

export type CompetenceLevelsQuery = {
  competence: {
    code: string;
    label: string;
    description: string;
    group: CompetenceGroup;
    sector: WorkSector | null;
    levels: Array<{ level: number; description: string }>;
  };
};

export type ContactsSection_EmployerFragment = {
  id: string;
  contacts: Array<{
    id: string;
    name: string;
    jobTitle: string | null;
    email: string | null;
    phone: string | null;
  }>;
};

export type AddEmployerContactMutationVariables = Exact<{
  employerId: string | number;
  input: EmployerContactInput;
}>;

export type AddEmployerContactMutation = {
  addEmployerContact: {
    id: string;
    contacts: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      email: string | null;
      phone: string | null;
    }>;
  };
};

export type UpdateEmployerContactMutationVariables = Exact<{
  id: string | number;
  input: UpdateEmployerContactInput;
}>;

export type UpdateEmployerContactMutation = {
  updateEmployerContact: {
    id: string;
    contacts: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      email: string | null;
      phone: string | null;
    }>;
  };
};

export type ArchiveEmployerContactMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveEmployerContactMutation = {
  archiveEmployerContact: {
    id: string;
    contacts: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      email: string | null;
      phone: string | null;
    }>;
  };
};

export type LocationsSection_EmployerFragment = {
  id: string;
  locations: Array<{
    id: string;
    name: string;
    street: string | null;
    postcode: string;
    city: string;
  }>;
};

export type AddEmployerLocationMutationVariables = Exact<{
  employerId: string | number;
  input: EmployerLocationInput;
}>;

export type AddEmployerLocationMutation = {
  addEmployerLocation: {
    id: string;
    locations: Array<{
      id: string;
      name: string;
      street: string | null;
      postcode: string;
      city: string;
    }>;
  };
};

export type UpdateEmployerLocationMutationVariables = Exact<{
  id: string | number;
  input: UpdateEmployerLocationInput;
}>;

export type UpdateEmployerLocationMutation = {
  updateEmployerLocation: {
    id: string;
    locations: Array<{
      id: string;
      name: string;
      street: string | null;
      postcode: string;
      city: string;
    }>;
  };
};

export type ArchiveEmployerLocationMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveEmployerLocationMutation = {
  archiveEmployerLocation: {
    id: string;
    locations: Array<{
      id: string;
      name: string;
      street: string | null;
      postcode: string;
      city: string;
    }>;
  };
};

export type IntroductionTable_IntroductionFragment = {
  id: string;
  candidateLabel: string;
  status: IntroductionStatus;
  createdAt: string;
  candidate: { firstName: string; lastName: string } | null;
  vacancy: { id: string; title: string };
};

export type ChangeEmployerIntroductionStatusMutationVariables = Exact<{
  id: string | number;
  status: IntroductionStatus;
  note?: string | null | undefined;
}>;

export type ChangeEmployerIntroductionStatusMutation = {
  changeEmployerIntroductionStatus: {
    id: string;
    status: IntroductionStatus;
    nextStatuses: Array<IntroductionStatus>;
    candidate: {
      firstName: string;
      lastName: string;
      email: string | null;
      phone: string | null;
    } | null;
    history: Array<{
      changedAt: string;
      fromStatus: IntroductionStatus | null;
      toStatus: IntroductionStatus;
    }>;
  };
};

export type RequestIntroductionsMutationVariables = Exact<{
  input: RequestIntroductionsInput;
}>;

export type RequestIntroductionsMutation = {
  requestIntroductions: {
    introductions: Array<{ id: string; candidateLabel: string; status: IntroductionStatus }>;
    failures: Array<{ candidateNumber: number; candidateLabel: string; message: string }>;
  };
};

export type SubmitJobCarvingRequestMutationVariables = Exact<{
  input: SubmitJobCarvingRequestInput;
}>;

export type SubmitJobCarvingRequestMutation = {
  submitJobCarvingRequest: { id: string; status: JobCarvingStatus };
};

export type ChangeJobCarvingStatusMutationVariables = Exact<{
  id: string | number;
  status: JobCarvingStatus;
  note?: string | null | undefined;
}>;

export type ChangeJobCarvingStatusMutation = {
  changeJobCarvingStatus: {
    id: string;
    status: JobCarvingStatus;
    updatedAt: string;
    history: Array<{
      changedAt: string;
      changedByName: string;
      fromStatus: JobCarvingStatus | null;
      toStatus: JobCarvingStatus;
      note: string | null;
    }>;
  };
};

export type LksEstimateQueryVariables = Exact<{
  input: LksEstimateInput;
}>;

export type LksEstimateQuery = {
  lksEstimate: {
    date: string;
    wmlDate: string;
    notice: string | null;
    wmlHourlyCents: number;
    jobHourlyWageCents: number;
    loonwaardeHourlyCents: number;
    maximumHourlyCents: number;
    wageSubsidyHourlyCents: number;
    cappedAtMaximum: boolean;
    wageAboveWmlPerMonthCents: number;
    netCostPerMonthCents: number;
    perWeek: { wage: number; holidayPay: number; employerCosts: number; total: number };
    perMonth: { wage: number; holidayPay: number; employerCosts: number; total: number };
    wageCostPerMonth: { total: number };
  };
};

export type AftercareSection_PlacementFragment = {
  aftercareMoments: Array<{
    id: string;
    dueDate: string;
    kind: AftercareKind;
    status: AftercareStatus;
    completedOn: string | null;
  }>;
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

export type VacancyCompetenceTable_VacancyFragment = {
  competences: Array<{
    minLevel: number;
    requirement: CompetenceRequirement;
    weight: number;
    competence: { code: string; label: string; group: CompetenceGroup };
  }>;
};

export type VacancyForm_VacancyFragment = {
  id: string;
  kind: VacancyKind;
  status: VacancyStatus;
  title: string;
  description: string;
  sector: WorkSector | null;
  hoursMin: number;
  hoursMax: number;
  openings: number;
  contractType: ContractType;
  wageMinCents: number | null;
  wageMaxCents: number | null;
  startsOn: string | null;
  closesOn: string | null;
  location: { id: string };
  competences: Array<{
    minLevel: number;
    requirement: CompetenceRequirement;
    weight: number;
    competence: { code: string; label: string; group: CompetenceGroup };
  }>;
};

export type VacancyTable_VacancyFragment = {
  id: string;
  title: string;
  kind: VacancyKind;
  status: VacancyStatus;
  hoursMin: number;
  hoursMax: number;
  openings: number;
  location: { id: string; name: string };
};

export type CreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;

export type CreateVacancyMutation = {
  createVacancy: {
    id: string;
    kind: VacancyKind;
    status: VacancyStatus;
    title: string;
    description: string;
    sector: WorkSector | null;
    hoursMin: number;
    hoursMax: number;
    openings: number;
    contractType: ContractType;
    wageMinCents: number | null;
    wageMaxCents: number | null;
    startsOn: string | null;
    closesOn: string | null;
    location: { id: string };
    competences: Array<{
      minLevel: number;
      requirement: CompetenceRequirement;
      weight: number;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
  };
};

export type UpdateVacancyMutationVariables = Exact<{
  id: string | number;
  input: UpdateVacancyInput;
}>;

export type UpdateVacancyMutation = {
  updateVacancy: {
    id: string;
    kind: VacancyKind;
    status: VacancyStatus;
    title: string;
    description: string;
    sector: WorkSector | null;
    hoursMin: number;
    hoursMax: number;
    openings: number;
    contractType: ContractType;
    wageMinCents: number | null;
    wageMaxCents: number | null;
    startsOn: string | null;
    closesOn: string | null;
    location: { id: string };
    competences: Array<{
      minLevel: number;
      requirement: CompetenceRequirement;
      weight: number;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
  };
};

export type SetVacancyCompetencesMutationVariables = Exact<{
  id: string | number;
  competences: Array<VacancyCompetenceInput> | VacancyCompetenceInput;
}>;

export type SetVacancyCompetencesMutation = {
  setVacancyCompetences: {
    id: string;
    kind: VacancyKind;
    status: VacancyStatus;
    title: string;
    description: string;
    sector: WorkSector | null;
    hoursMin: number;
    hoursMax: number;
    openings: number;
    contractType: ContractType;
    wageMinCents: number | null;
    wageMaxCents: number | null;
    startsOn: string | null;
    closesOn: string | null;
    location: { id: string };
    competences: Array<{
      minLevel: number;
      requirement: CompetenceRequirement;
      weight: number;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
  };
};

export type ChangeVacancyStatusMutationVariables = Exact<{
  id: string | number;
  status: VacancyStatus;
}>;

export type ChangeVacancyStatusMutation = {
  changeVacancyStatus: { id: string; status: VacancyStatus; updatedAt: string };
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

export type BanenafspraakPageQueryVariables = Exact<{ [key: string]: never }>;

export type BanenafspraakPageQuery = {
  myBanenafspraakContribution: {
    employerName: string;
    sector: EmployerSector;
    quarters: Array<{
      quarter: string;
      countDate: string;
      jobs: { display: string };
      people: { display: string };
      changeFromPreviousQuarter: { display: string };
      peopleStarted: { display: string };
      peopleLost: { display: string };
    }>;
  };
};

export type VacancyCandidatesPageQueryVariables = Exact<{
  id: string | number;
  employerId: string | number;
}>;

export type VacancyCandidatesPageQuery = {
  vacancy: { id: string; title: string; status: VacancyStatus; hoursMin: number; hoursMax: number };
  employer: {
    id: string;
    accountManager: { id: string; displayName: string; email: string } | null;
  };
};

export type VacancyCandidatesMatchesQueryVariables = Exact<{
  vacancyId: string | number;
  maxDistanceKm?: number | null | undefined;
}>;

export type VacancyCandidatesMatchesQuery = {
  vacancyMatches: Array<
    | {
        __typename: 'AnonymousCandidateMatch';
        candidateNumber: number;
        rank: number;
        score: number;
        candidateLabel: string;
        inDoelgroepregister: boolean | null;
        startPerspectiveLabel: string;
        instruments: Array<PlacementInstrument>;
        explanation: {
          distanceBand: string;
          hoursAvailable: number;
          hoursMin: number;
          hoursMax: number;
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
    | { __typename: 'VacancyMatch' }
  >;
};

export type StartPageQueryVariables = Exact<{
  employerId: string | number;
}>;

export type StartPageQuery = {
  employer: {
    id: string;
    name: string;
    accountManager: { id: string; displayName: string; email: string } | null;
  };
  openVacancies: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      kind: VacancyKind;
      status: VacancyStatus;
      hoursMin: number;
      hoursMax: number;
      openings: number;
      location: { id: string; name: string };
    }>;
  };
  employerIntroductions: {
    nodes: Array<{
      id: string;
      candidateLabel: string;
      status: IntroductionStatus;
      createdAt: string;
      candidate: { firstName: string; lastName: string } | null;
      vacancy: { id: string; title: string };
    }>;
  };
  proposedJobCarving: { nodes: Array<{ id: string; department: string }> };
};

export type IntroductionPageQueryVariables = Exact<{
  id: string | number;
}>;

export type IntroductionPageQuery = {
  employerIntroduction: {
    id: string;
    candidateLabel: string;
    status: IntroductionStatus;
    nextStatuses: Array<IntroductionStatus>;
    inDoelgroepregister: boolean | null;
    createdAt: string;
    candidate: {
      firstName: string;
      lastName: string;
      email: string | null;
      phone: string | null;
    } | null;
    vacancy: { id: string; title: string; kind: VacancyKind };
    history: Array<{
      changedAt: string;
      fromStatus: IntroductionStatus | null;
      toStatus: IntroductionStatus;
    }>;
  };
};

export type JobCarvingListPageQueryVariables = Exact<{
  employerId: string | number;
}>;

export type JobCarvingListPageQuery = {
  jobCarvingRequests: {
    totalCount: number;
    nodes: Array<{
      id: string;
      department: string;
      status: JobCarvingStatus;
      createdAt: string;
      carvableHoursPerWeek: number;
      vacancy: { id: string; title: string } | null;
    }>;
  };
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
    createdAt: string;
    updatedAt: string;
    carvableHoursPerWeek: number;
    carvableTasks: Array<{
      jobId: string;
      jobTitle: string;
      taskName: string;
      sharePercent: number;
      headcount: number;
      hoursPerWeek: number;
      totalHoursPerWeek: number;
    }>;
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
    proposal: {
      title: string;
      description: string;
      hoursPerWeek: number;
      tasks: Array<{ jobId: string; taskIndex: number; jobTitle: string; taskName: string }>;
      competences: Array<{
        competenceCode: string;
        competenceName: string;
        minLevel: number;
        requirement: CompetenceRequirement;
      }>;
    } | null;
    history: Array<{
      changedAt: string;
      changedByName: string;
      fromStatus: JobCarvingStatus | null;
      toStatus: JobCarvingStatus;
      note: string | null;
    }>;
    vacancy: { id: string; title: string } | null;
  };
};

export type OrganisationPageQueryVariables = Exact<{
  employerId: string | number;
}>;

export type OrganisationPageQuery = {
  employer: {
    id: string;
    name: string;
    kvkNumber: string;
    sector: EmployerSector;
    sbiCode: string | null;
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
};

export type PlacementListPageQueryVariables = Exact<{ [key: string]: never }>;

export type PlacementListPageQuery = {
  placements: {
    totalCount: number;
    nodes: Array<{
      id: string;
      active: boolean;
      startDate: string;
      endDate: string | null;
      hoursPerWeek: number;
      contractType: ContractType;
      jobSeeker: { candidateLabel: string; firstName: string | null; lastName: string | null };
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
    startDate: string;
    endDate: string | null;
    hoursPerWeek: number;
    contractType: ContractType;
    instruments: Array<PlacementInstrument>;
    hourlyWage: number | null;
    loonwaardePercentage: number | null;
    jobSeeker: { candidateLabel: string; firstName: string | null; lastName: string | null };
    vacancy: { id: string; title: string } | null;
    aftercareMoments: Array<{
      id: string;
      dueDate: string;
      kind: AftercareKind;
      status: AftercareStatus;
      completedOn: string | null;
    }>;
  };
};

export type EditVacancyPageQueryVariables = Exact<{
  id: string | number;
  employerId: string | number;
}>;

export type EditVacancyPageQuery = {
  vacancy: {
    id: string;
    kind: VacancyKind;
    status: VacancyStatus;
    title: string;
    description: string;
    sector: WorkSector | null;
    hoursMin: number;
    hoursMax: number;
    openings: number;
    contractType: ContractType;
    wageMinCents: number | null;
    wageMaxCents: number | null;
    startsOn: string | null;
    closesOn: string | null;
    location: { id: string; name: string; city: string };
    competences: Array<{
      minLevel: number;
      requirement: CompetenceRequirement;
      weight: number;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
  };
  employer: { id: string; locations: Array<{ id: string; name: string; city: string }> };
};

export type NewVacancyPageQueryVariables = Exact<{
  employerId: string | number;
}>;

export type NewVacancyPageQuery = {
  employer: { id: string; locations: Array<{ id: string; name: string; city: string }> };
};

export type VacancyListPageQueryVariables = Exact<{
  employerId: string | number;
  status?: VacancyStatus | null | undefined;
  after?: string | null | undefined;
}>;

export type VacancyListPageQuery = {
  vacancies: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      title: string;
      kind: VacancyKind;
      status: VacancyStatus;
      hoursMin: number;
      hoursMax: number;
      openings: number;
      location: { id: string; name: string };
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
    wageMinCents: number | null;
    wageMaxCents: number | null;
    startsOn: string | null;
    closesOn: string | null;
    location: { id: string; name: string; street: string | null; postcode: string; city: string };
    competences: Array<{
      minLevel: number;
      requirement: CompetenceRequirement;
      weight: number;
      competence: { code: string; label: string; group: CompetenceGroup };
    }>;
  };
  employerIntroductions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      candidateLabel: string;
      status: IntroductionStatus;
      createdAt: string;
      candidate: { firstName: string; lastName: string } | null;
      vacancy: { id: string; title: string };
    }>;
  };
};

export const CandidateCard_MatchFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateCard_match' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AnonymousCandidateMatch' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inDoelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startPerspectiveLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instruments' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'distanceBand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
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
      },
    },
  ],
} as unknown as DocumentNode<CandidateCard_MatchFragment, unknown>;
export const CompetencePicker_CompetenceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompetencePicker_competence' },
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
} as unknown as DocumentNode<CompetencePicker_CompetenceFragment, unknown>;
export const ContactsSection_EmployerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
  ],
} as unknown as DocumentNode<ContactsSection_EmployerFragment, unknown>;
export const LocationsSection_EmployerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LocationsSection_EmployerFragment, unknown>;
export const IntroductionTable_IntroductionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntroductionTable_introduction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EmployerIntroduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntroductionTable_IntroductionFragment, unknown>;
export const AftercareSection_PlacementFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AftercareSection_placement' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'aftercareMoments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AftercareSection_PlacementFragment, unknown>;
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
export const VacancyCompetenceTable_VacancyFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyCompetenceTable_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
  ],
} as unknown as DocumentNode<VacancyCompetenceTable_VacancyFragment, unknown>;
export const VacancyForm_VacancyFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyForm_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMinCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMaxCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
  ],
} as unknown as DocumentNode<VacancyForm_VacancyFragment, unknown>;
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
            name: { kind: 'Name', value: 'location' },
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
} as unknown as DocumentNode<VacancyTable_VacancyFragment, unknown>;
export const CompetenceSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetenceSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'group' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetenceGroup' } },
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
                name: { kind: 'Name', value: 'group' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'group' } },
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
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'CompetencePicker_competence' },
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
      name: { kind: 'Name', value: 'CompetencePicker_competence' },
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
} as unknown as DocumentNode<CompetenceSearchQuery, CompetenceSearchQueryVariables>;
export const CompetenceLevelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetenceLevels' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
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
            name: { kind: 'Name', value: 'competence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CompetencePicker_competence' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompetencePicker_competence' },
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
} as unknown as DocumentNode<CompetenceLevelsQuery, CompetenceLevelsQueryVariables>;
export const AddEmployerContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddEmployerContact' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EmployerContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addEmployerContact' },
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
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ContactsSection_employer' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
  ],
} as unknown as DocumentNode<AddEmployerContactMutation, AddEmployerContactMutationVariables>;
export const UpdateEmployerContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEmployerContact' },
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
              name: { kind: 'Name', value: 'UpdateEmployerContactInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEmployerContact' },
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
                  name: { kind: 'Name', value: 'ContactsSection_employer' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
  ],
} as unknown as DocumentNode<UpdateEmployerContactMutation, UpdateEmployerContactMutationVariables>;
export const ArchiveEmployerContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveEmployerContact' },
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
            name: { kind: 'Name', value: 'archiveEmployerContact' },
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
                  name: { kind: 'Name', value: 'ContactsSection_employer' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
  ],
} as unknown as DocumentNode<
  ArchiveEmployerContactMutation,
  ArchiveEmployerContactMutationVariables
>;
export const AddEmployerLocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddEmployerLocation' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EmployerLocationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addEmployerLocation' },
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
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'LocationsSection_employer' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddEmployerLocationMutation, AddEmployerLocationMutationVariables>;
export const UpdateEmployerLocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEmployerLocation' },
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
              name: { kind: 'Name', value: 'UpdateEmployerLocationInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEmployerLocation' },
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
                  name: { kind: 'Name', value: 'LocationsSection_employer' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateEmployerLocationMutation,
  UpdateEmployerLocationMutationVariables
>;
export const ArchiveEmployerLocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveEmployerLocation' },
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
            name: { kind: 'Name', value: 'archiveEmployerLocation' },
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
                  name: { kind: 'Name', value: 'LocationsSection_employer' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ArchiveEmployerLocationMutation,
  ArchiveEmployerLocationMutationVariables
>;
export const ChangeEmployerIntroductionStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeEmployerIntroductionStatus' },
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
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeEmployerIntroductionStatus' },
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
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
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
  ChangeEmployerIntroductionStatusMutation,
  ChangeEmployerIntroductionStatusMutationVariables
>;
export const RequestIntroductionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestIntroductions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestIntroductionsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestIntroductions' },
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
                  kind: 'Field',
                  name: { kind: 'Name', value: 'introductions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
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
} as unknown as DocumentNode<RequestIntroductionsMutation, RequestIntroductionsMutationVariables>;
export const SubmitJobCarvingRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitJobCarvingRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SubmitJobCarvingRequestInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitJobCarvingRequest' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubmitJobCarvingRequestMutation,
  SubmitJobCarvingRequestMutationVariables
>;
export const ChangeJobCarvingStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeJobCarvingStatus' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'JobCarvingStatus' } },
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
            name: { kind: 'Name', value: 'changeJobCarvingStatus' },
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
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
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
  ChangeJobCarvingStatusMutation,
  ChangeJobCarvingStatusMutationVariables
>;
export const LksEstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LksEstimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LksEstimateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lksEstimate' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wmlDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wmlHourlyCents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobHourlyWageCents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loonwaardeHourlyCents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maximumHourlyCents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wageSubsidyHourlyCents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cappedAtMaximum' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perWeek' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'wage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holidayPay' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employerCosts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perMonth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'wage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holidayPay' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employerCosts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'wageAboveWmlPerMonthCents' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'wageCostPerMonth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'total' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'netCostPerMonthCents' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LksEstimateQuery, LksEstimateQueryVariables>;
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
export const CreateVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateVacancy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateVacancyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createVacancy' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VacancyForm_vacancy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyForm_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMinCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMaxCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
  ],
} as unknown as DocumentNode<CreateVacancyMutation, CreateVacancyMutationVariables>;
export const UpdateVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateVacancy' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateVacancyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateVacancy' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VacancyForm_vacancy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyForm_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMinCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMaxCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
  ],
} as unknown as DocumentNode<UpdateVacancyMutation, UpdateVacancyMutationVariables>;
export const SetVacancyCompetencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetVacancyCompetences' },
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
                  name: { kind: 'Name', value: 'VacancyCompetenceInput' },
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
            name: { kind: 'Name', value: 'setVacancyCompetences' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VacancyForm_vacancy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyForm_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMinCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMaxCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
  ],
} as unknown as DocumentNode<SetVacancyCompetencesMutation, SetVacancyCompetencesMutationVariables>;
export const ChangeVacancyStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeVacancyStatus' },
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
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyStatus' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeVacancyStatus' },
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
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeVacancyStatusMutation, ChangeVacancyStatusMutationVariables>;
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
export const BanenafspraakPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BanenafspraakPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myBanenafspraakContribution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
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
                        name: { kind: 'Name', value: 'jobs' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'people' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changeFromPreviousQuarter' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
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
      },
    },
  ],
} as unknown as DocumentNode<BanenafspraakPageQuery, BanenafspraakPageQueryVariables>;
export const VacancyCandidatesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VacancyCandidatesPage' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
              ],
            },
          },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VacancyCandidatesPageQuery, VacancyCandidatesPageQueryVariables>;
export const VacancyCandidatesMatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VacancyCandidatesMatches' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'maxDistanceKm' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
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
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filters' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'maxDistanceKm' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'maxDistanceKm' } },
                    },
                  ],
                },
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
                    name: { kind: 'Name', value: 'AnonymousCandidateMatch' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'candidateNumber' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'CandidateCard_match' },
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
      name: { kind: 'Name', value: 'CandidateCard_match' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AnonymousCandidateMatch' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inDoelgroepregister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startPerspectiveLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instruments' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'distanceBand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
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
      },
    },
  ],
} as unknown as DocumentNode<VacancyCandidatesMatchesQuery, VacancyCandidatesMatchesQueryVariables>;
export const StartPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StartPage' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'openVacancies' },
            name: { kind: 'Name', value: 'vacancies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'OPEN' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
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
            name: { kind: 'Name', value: 'employerIntroductions' },
            arguments: [
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
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'IntroductionTable_introduction' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'proposedJobCarving' },
            name: { kind: 'Name', value: 'jobCarvingRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'PROPOSED' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'department' } },
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
            name: { kind: 'Name', value: 'location' },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntroductionTable_introduction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EmployerIntroduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartPageQuery, StartPageQueryVariables>;
export const IntroductionPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IntroductionPage' },
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
            name: { kind: 'Name', value: 'employerIntroduction' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inDoelgroepregister' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
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
} as unknown as DocumentNode<IntroductionPageQuery, IntroductionPageQueryVariables>;
export const JobCarvingListPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobCarvingListPage' },
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
            name: { kind: 'Name', value: 'jobCarvingRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'department' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'carvableHoursPerWeek' } },
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
} as unknown as DocumentNode<JobCarvingListPageQuery, JobCarvingListPageQueryVariables>;
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'department' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carvableHoursPerWeek' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'carvableTasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalHoursPerWeek' } },
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
                  name: { kind: 'Name', value: 'proposal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'changedByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
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
} as unknown as DocumentNode<JobCarvingRequestPageQuery, JobCarvingRequestPageQueryVariables>;
export const OrganisationPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationPage' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kvkNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sbiCode' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'LocationsSection_employer' },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ContactsSection_employer' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postcode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsSection_employer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Employer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
  ],
} as unknown as DocumentNode<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const PlacementListPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlacementListPage' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jobSeeker' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
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
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'instruments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hourlyWage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loonwaardePercentage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jobSeeker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                    ],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AftercareSection_placement' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AftercareSection_placement' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Placement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'aftercareMoments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacementPageQuery, PlacementPageQueryVariables>;
export const EditVacancyPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditVacancyPage' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VacancyForm_vacancy' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VacancyForm_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMinCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wageMaxCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
  ],
} as unknown as DocumentNode<EditVacancyPageQuery, EditVacancyPageQueryVariables>;
export const NewVacancyPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewVacancyPage' },
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
} as unknown as DocumentNode<NewVacancyPageQuery, NewVacancyPageQueryVariables>;
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyStatus' } },
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
            name: { kind: 'Name', value: 'vacancies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'employerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'employerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '25' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
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
            name: { kind: 'Name', value: 'location' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'wageMinCents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wageMaxCents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
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
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'VacancyCompetenceTable_vacancy' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employerIntroductions' },
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
                        name: { kind: 'Name', value: 'IntroductionTable_introduction' },
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
      name: { kind: 'Name', value: 'VacancyCompetenceTable_vacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IntroductionTable_introduction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EmployerIntroduction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VacancyPageQuery, VacancyPageQueryVariables>;
