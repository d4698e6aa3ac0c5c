// Test data in the shape the API answers, with fresh ids. Each builder returns every field any of
// the portal's operations selects, so one object serves every query.

let nextId = 1;
const freshId = (prefix: string) => `${prefix}-${nextId++}`;

export function buildLocation(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'EmployerLocation' as const,
    id: freshId('location'),
    name: 'Hoofdvestiging',
    street: 'Stationsstraat 1',
    postcode: '1211 AB',
    city: 'Hilversum',
    municipalityCode: 'GM0402',
    archivedAt: null,
    ...overrides,
  };
}

export function buildContact(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'EmployerContact' as const,
    id: freshId('contact'),
    name: 'Sanne Bakker',
    jobTitle: 'HR-adviseur',
    email: 'sanne@korenschoof.nl',
    phone: '035 123 45 67',
    archivedAt: null,
    ...overrides,
  };
}

export function buildEmployer(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Employer' as const,
    id: '17',
    name: 'Bakkerij De Korenschoof',
    kvkNumber: '12345678',
    sector: 'MARKT' as const,
    sbiCode: '1071',
    regionCode: 'AM12',
    accountManager: {
      __typename: 'AccountManagerSummary' as const,
      id: freshId('user'),
      displayName: 'Karin Visser',
      email: 'karin.visser@wsp-gooi.nl',
    },
    locations: [buildLocation()],
    contacts: [buildContact()],
    ...overrides,
  };
}

export function buildVacancyCompetence(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'VacancyCompetence' as const,
    minLevel: 3,
    requirement: 'REQUIRED' as const,
    weight: 3,
    competence: {
      __typename: 'VacancyCompetenceDefinition' as const,
      code: 'WA_PUNCTUALITY',
      label: 'Stiptheid',
      group: 'WORK_ATTITUDE' as const,
      sector: null,
    },
    ...overrides,
  };
}

export function buildVacancy(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Vacancy' as const,
    id: freshId('vacancy'),
    title: 'Medewerker bakkerij',
    description: 'U helpt bij het bakken en inpakken van brood.',
    kind: 'REGULAR' as const,
    status: 'OPEN' as const,
    contractType: 'FIXED_TERM' as const,
    sector: 'PRODUCTION' as const,
    hoursMin: 24,
    hoursMax: 32,
    openings: 1,
    wageMinCents: 1450,
    wageMaxCents: 1600,
    startsOn: '2026-09-01',
    closesOn: null,
    location: buildLocation(),
    competences: [buildVacancyCompetence()],
    createdAt: '2026-05-01T09:00:00.000Z',
    updatedAt: '2026-05-02T09:00:00.000Z',
    ...overrides,
  };
}

export function buildIntroduction(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'EmployerIntroduction' as const,
    id: freshId('introduction'),
    candidateLabel: 'Kandidaat 4711',
    status: 'PROPOSED' as const,
    createdAt: '2026-05-03T09:00:00.000Z',
    candidate: null,
    inDoelgroepregister: null,
    nextStatuses: [],
    history: [],
    vacancy: {
      __typename: 'IntroductionVacancy' as const,
      id: 'vacancy-1',
      title: 'Medewerker bakkerij',
      kind: 'REGULAR' as const,
    },
    ...overrides,
  };
}

export function buildIntroducedCandidate(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'IntroducedCandidate' as const,
    firstName: 'Noor',
    lastName: 'Hendriks',
    email: 'noor.hendriks@voorbeeld.nl',
    phone: '06 12 34 56 78',
    ...overrides,
  };
}

export function connection<T>(nodes: T[], typename: string, totalCount = nodes.length) {
  return {
    __typename: typename,
    totalCount,
    nodes,
    pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false },
  };
}

export function buildCompetence(overrides: Record<string, unknown> = {}) {
  const label = (overrides.label as string | undefined) ?? 'Stiptheid';
  return {
    __typename: 'Competence' as const,
    code: 'WA_PUNCTUALITY',
    label,
    description: `${label}: op tijd komen en afspraken nakomen.`,
    group: 'WORK_ATTITUDE' as const,
    sector: null,
    levels: [1, 2, 3, 4, 5].map((level) => ({
      __typename: 'CompetenceLevel' as const,
      level,
      description: `${label} op niveau ${level}.`,
    })),
    ...overrides,
  };
}
