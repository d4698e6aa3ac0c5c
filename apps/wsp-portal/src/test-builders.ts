// Builders for mocked API data: every object carries its __typename, as Apollo's cache needs.
import { addDaysIso, todayIso } from './modules/common/dates.js';

let nextNumber = 1;
const next = () => nextNumber++;

export function buildJobSeeker(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    __typename: 'JobSeeker' as const,
    id: `inwoner-${n}`,
    firstName: 'Jan',
    lastName: `Jansen ${n}`,
    candidateNumber: 4700 + n,
    bsnMasked: '*******82',
    birthDate: '1990-05-01',
    email: 'jan@voorbeeld.nl',
    phone: null,
    postcode: '1211 AB',
    municipality: { __typename: 'Municipality' as const, code: 'GM0402', name: 'Hilversum' },
    regionCode: 'AM12',
    consultant: {
      __typename: 'JobSeekerConsultant' as const,
      id: 'consulent-1',
      displayName: 'Yasmina El Amrani',
    },
    participationStep: 4,
    earningCapacityPercent: 60,
    earningCapacityBand: 'SUPPORTED_REGULAR_WORK' as const,
    loonwaardePercent: null,
    clientProfile: 2,
    perspectiveGroup: null,
    doelgroepregister: true,
    indicatieBeschutWerk: false,
    wswOud: false,
    statushouder: false,
    jongere: false,
    sectorPreferences: ['GREEN' as const],
    workLimitations: null,
    archivedAt: null,
    competences: [] as ReturnType<typeof buildJobSeekerCompetence>[],
    hoursAvailable: 24,
    availabilityConfirmedAt: addDaysIso(todayIso(), -10),
    maxTravelKm: 15,
    maxTravelMinutes: 45,
    transportModes: ['BICYCLE' as const],
    hasDrivingLicence: false,
    consentStatus: 'GRANTED' as const,
    consentUpdatedAt: '2026-09-01T10:00:00.000Z',
    consentEffectiveOn: '2026-09-01' as string | null,
    consentMethod: 'IN_PERSON' as string | null,
    consentExpiresOn: '2027-09-01' as string | null,
    consentExpired: false,
    consentRecordedBy: 'Yasmina El Amrani' as string | null,
    consentHistory: [] as ReturnType<typeof buildConsentChange>[],
    updatedAt: '2026-09-01T10:00:00.000Z',
    ...overrides,
  };
}

export function buildConsentChange(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'JobSeekerConsentChange' as const,
    id: `toestemming-${next()}`,
    status: 'GRANTED' as string,
    method: 'IN_PERSON' as string | null,
    effectiveOn: '2026-09-01',
    expiresOn: '2027-09-01' as string | null,
    recordedBy: 'Yasmina El Amrani' as string | null,
    recordedAt: '2026-09-01T10:00:00.000Z',
    ...overrides,
  };
}

export function buildJobSeekerCompetence(
  code: string,
  label: string,
  group: string,
  level: number,
  assessedAt: string | null = '2026-09-01',
) {
  return {
    __typename: 'JobSeekerCompetence' as const,
    level,
    assessedAt,
    competence: { __typename: 'JobSeekerCompetenceDefinition' as const, code, label, group },
  };
}

export function connection<T>(
  typename: string,
  nodes: T[],
  { hasNextPage = false, endCursor = null as string | null, totalCount = nodes.length } = {},
) {
  return {
    __typename: typename,
    totalCount,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
    nodes,
  };
}

export function buildEmployer(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    __typename: 'Employer' as const,
    id: `werkgever-${n}`,
    name: `Groenbedrijf ${n} B.V.`,
    kvkNumber: String(12345600 + n),
    sector: 'MARKT' as const,
    sbiCode: '8130',
    regionCode: 'AM12',
    archivedAt: null,
    accountManager: {
      __typename: 'AccountManagerSummary' as const,
      id: 'am-1',
      displayName: 'Sanne Vermeulen',
      email: 'am.gooi@demo.werkbrug.nl',
    },
    locations: [
      {
        __typename: 'EmployerLocation' as const,
        id: `locatie-${n}`,
        name: 'Hoofdvestiging',
        street: 'Stationsplein 1',
        postcode: '1211 EX',
        city: 'Hilversum',
      },
    ],
    contacts: [
      {
        __typename: 'EmployerContact' as const,
        id: `contact-${n}`,
        name: 'Marieke Groen',
        jobTitle: 'HR-adviseur',
        email: 'marieke@groen.nl',
        phone: null,
      },
    ],
    ...overrides,
  };
}

export function buildVacancy(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    __typename: 'Vacancy' as const,
    id: `vacature-${n}`,
    title: `Medewerker groenvoorziening ${n}`,
    kind: 'GARANTIEBAAN' as const,
    status: 'OPEN' as const,
    hoursMin: 20,
    hoursMax: 28,
    openings: 2,
    description: 'Onderhoud van parken en plantsoenen.',
    contractType: 'FIXED_TERM' as const,
    sector: 'GREEN' as const,
    startsOn: null,
    closesOn: null,
    wageMinCents: null,
    wageMaxCents: null,
    regionCode: 'AM12',
    archivedAt: null,
    employer: {
      __typename: 'VacancyEmployer' as const,
      id: 'werkgever-1',
      name: 'Groenbedrijf B.V.',
      sector: 'MARKT' as const,
    },
    location: {
      __typename: 'EmployerLocation' as const,
      id: 'locatie-1',
      name: 'Hoofdvestiging',
      city: 'Hilversum',
      postcode: '1211 EX',
    },
    competences: [] as unknown[],
    ...overrides,
  };
}

export function buildIntroduction(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    __typename: 'Introduction' as const,
    id: `introductie-${n}`,
    status: 'PROPOSED' as const,
    matchScore: 78,
    nextStatuses: ['CONSENT_REQUESTED', 'WITHDRAWN'],
    endReason: null,
    requestedByEmployer: false,
    employerMessage: null,
    proposedDates: [] as string[],
    consent: null,
    jobSeeker: {
      __typename: 'IntroductionJobSeeker' as const,
      id: `inwoner-${n}`,
      candidateLabel: `Kandidaat ${4700 + n}`,
      firstName: 'Fatma',
      lastName: 'Yilmaz',
    },
    vacancy: {
      __typename: 'IntroductionVacancy' as const,
      id: 'vacature-1',
      title: 'Medewerker groenvoorziening',
      kind: 'GARANTIEBAAN' as const,
      employer: {
        __typename: 'IntroductionEmployer' as const,
        id: 'werkgever-1',
        name: 'Groenbedrijf B.V.',
      },
    },
    history: [
      {
        __typename: 'IntroductionStatusChange' as const,
        changedAt: '2026-11-02T09:15:00.000Z',
        fromStatus: null,
        toStatus: 'PROPOSED' as const,
        note: 'Past goed bij het groenwerk.',
        endReason: null,
        changedBy: { __typename: 'IntroductionActor' as const, displayName: 'Sanne Vermeulen' },
      },
    ],
    ...overrides,
  };
}
