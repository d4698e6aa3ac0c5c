/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CompetenceGroup =
  'CERTIFICATE' | 'COGNITIVE_LANGUAGE' | 'PHYSICAL' | 'SOCIAL' | 'VOCATIONAL' | 'WORK_ATTITUDE';

export type CompetenceRequirement = 'REQUIRED' | 'WISHED';

export type ConsentStatus = 'GRANTED' | 'NOT_ASKED' | 'WITHDRAWN';

export type ContractType =
  'FIXED_TERM' | 'PERMANENT' | 'SECONDMENT' | 'TEMP_AGENCY' | 'TRIAL_PLACEMENT' | 'UNPAID';

export type CreatePlacementInput = {
  contractType: ContractType;
  /** Who the work is done for; for temp-agency work or secondment the hiring employer. */
  employerId: string | number;
  /** Last working day (inclusive), YYYY-MM-DD; null while it runs. */
  endDate?: string | null | undefined;
  /** 1-40, in whole or half hours. */
  hoursPerWeek: number;
  instruments?: Array<PlacementInstrument>;
  /** The introduction this placement came from; it moves to PLACED. */
  introductionId?: string | number | null | undefined;
  jobSeekerId: string | number;
  /** First working day, YYYY-MM-DD. */
  startDate: string;
  /** A vacancy of the employer; taken from the introduction when that is given. */
  vacancyId?: string | number | null | undefined;
};

/** Earning capacity band: 0-30, 30-50, 50-80, 80-100 % of the minimum wage (lower bound included). */
export type EarningCapacityBand =
  'INDEPENDENT' | 'SHELTERED_WORK' | 'SOCIAL_PARTICIPATION' | 'SUPPORTED_REGULAR_WORK';

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

export type JobSeekerCompetenceInput = {
  /** When the level was assessed (YYYY-MM-DD). */
  assessedAt?: string | null | undefined;
  /** Code of a competence in the taxonomy, e.g. WA_PUNCTUALITY. */
  code: string;
  /** Level 1-5 on the competence's scale. */
  level: number;
};

export type LoginInput = {
  email: string;
  password: string;
  portal: Portal;
};

/** A part of the match score. */
export type MatchFactor = 'COMPETENCE' | 'DISTANCE' | 'HOURS' | 'PERSPECTIVE' | 'SECTOR';

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

/** What a user does in Werkbrug. */
export type Role = 'ACCOUNT_MANAGER' | 'ADMIN' | 'BOARD_MEMBER' | 'CONSULTANT' | 'EMPLOYER_USER';

export type TransportMode = 'BICYCLE' | 'CAR' | 'MOPED' | 'PUBLIC_TRANSPORT' | 'WALK';

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

export type CompetenceScanEditor_CompetenceFragment = {
  code: string;
  label: string;
  description: string;
  group: CompetenceGroup;
  sector: WorkSector | null;
  levels: Array<{ level: number; description: string }>;
};

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
    changedBy: { displayName: string } | null;
  }>;
};

export type ChangeIntroductionStatusMutationVariables = Exact<{
  id: string | number;
  status: IntroductionStatus;
  note?: string | null | undefined;
}>;

export type ChangeIntroductionStatusMutation = {
  changeIntroductionStatus: {
    id: string;
    status: IntroductionStatus;
    matchScore: number | null;
    nextStatuses: Array<IntroductionStatus>;
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
      changedBy: { displayName: string } | null;
    }>;
  };
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
  archivedAt: string | null;
};

export type RecordJobSeekerConsentMutationVariables = Exact<{
  id: string | number;
  status: ConsentStatus;
}>;

export type RecordJobSeekerConsentMutation = {
  recordJobSeekerConsent: {
    id: string;
    consentStatus: ConsentStatus;
    consentUpdatedAt: string | null;
    archivedAt: string | null;
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
  municipality: { code: string; name: string };
  consultant: { id: string; displayName: string } | null;
  competences: Array<{
    level: number;
    assessedAt: string | null;
    competence: { code: string; label: string; group: CompetenceGroup };
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
};

export type StartPageQueryVariables = Exact<{ [key: string]: never }>;

export type StartPageQuery = {
  viewer: { id: string; displayName: string; roles: Array<Role>; organisationName: string } | null;
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
    municipality: { code: string; name: string };
    consultant: { id: string; displayName: string } | null;
    competences: Array<{
      level: number;
      assessedAt: string | null;
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
        changedBy: { displayName: string } | null;
      }>;
    }>;
  };
};

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
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
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
