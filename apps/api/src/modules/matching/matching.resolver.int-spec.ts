import { DomainEvents } from '../../common/events/domain-events.js';
import {
  createCompetence,
  createEmployer,
  createEmployerLocation,
  createJobSeeker,
  createPlacement,
  createVacancy,
  freshBsn,
} from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import type { EmployerEntity, EmployerLocationEntity } from '../employer/employer.entity.js';
import type { JobSeekerEntity } from '../job-seeker/job-seeker.entity.js';
import type { UserEntity } from '../user/user.entity.js';
import type { VacancyEntity } from '../vacancy/vacancy.entity.js';
import { MatchingResolver } from './matching.resolver.js';

const EXPLANATION = `explanation {
  score factors { factor label weight fit points }
  competencesMet { code label level minLevel weight requirement }
  gaps { code label level minLevel gap weight requirement trainable }
  distanceKm travelMinutes transport maxTravelKm maxTravelMinutes hoursAvailable hoursMin hoursMax sectorPreferred
  jobSeekerRegionCode vacancyRegionCode
}`;
const VACANCY_MATCHES = `query VacancyMatches($vacancyId: ID!, $first: Int, $filters: VacancyMatchFilters) {
  vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {
    __typename
    ... on VacancyMatch { rank score jobSeeker { id candidateNumber candidateLabel regionCode firstName lastName } ${EXPLANATION} }
    ... on AnonymousCandidateMatch {
      rank candidateNumber candidateLabel score inDoelgroepregister
      explanation { competencesMet { code label level minLevel } gaps { code gap trainable } distanceBand distanceBandUpToKm hoursAvailable hoursMin hoursMax }
    }
  }
}`;
const JOB_SEEKER_MATCHES = `query JobSeekerMatches($jobSeekerId: ID!, $first: Int, $filters: JobSeekerMatchFilters) {
  jobSeekerMatches(jobSeekerId: $jobSeekerId, first: $first, filters: $filters) {
    rank score vacancy { id title kind status employerName regionCode city } ${EXPLANATION}
  }
}`;
const EXPLAIN = `query ExplainMatch($vacancyId: ID!, $jobSeekerId: ID!) {
  explainMatch(vacancyId: $vacancyId, jobSeekerId: $jobSeekerId) {
    suggestible exclusions { code label message competenceCode }
    vacancy { id title } jobSeeker { id candidateNumber regionCode firstName lastName } explanation { score }
  }
}`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const TODAY = new Date().toISOString().slice(0, 10);

type Match = {
  __typename: string;
  rank: number;
  score: number;
  jobSeeker?: { id: string; firstName: string | null };
  candidateNumber?: number;
};

describe(MatchingResolver.name, () => {
  let t: TestApp;
  let am: GraphQLClient;
  let amUser: UserEntity;
  let consultant: GraphQLClient;
  let amGroningen: GraphQLClient;
  let employerClient: GraphQLClient;
  let otherEmployerClient: GraphQLClient;
  let board: GraphQLClient;
  let admin: GraphQLClient;
  let C1: string;
  let C2: string;
  /** Fresh per test of the index's freshness. */
  let C3: string;
  let C4: string;
  let employer: EmployerEntity;
  let huizen: EmployerLocationEntity;
  /** The hand-built set: at Huizen (1271) unless told otherwise. */
  const s = {} as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H', JobSeekerEntity>;
  let V: VacancyEntity;
  let VG: VacancyEntity;
  let VDraft: VacancyEntity;

  /** What the job-seeker and vacancy services publish after their writes; factories write straight to the database. */
  function published(ids: { jobSeekers?: string[]; vacancies?: string[] }): void {
    const events = t.app.get(DomainEvents);
    for (const id of ids.jobSeekers ?? []) events.jobSeekerChanged(id);
    for (const id of ids.vacancies ?? []) events.vacancyChanged(id);
  }

  const seeker = (options: Parameters<typeof createJobSeeker>[1]) =>
    createJobSeeker(t.dataSource, {
      municipalityCode: 'GM0406',
      postcode: '1271AB',
      consentStatus: 'GRANTED',
      availabilityConfirmedAt: TODAY,
      clientProfile: 1,
      transportModes: ['BICYCLE'],
      ...options,
    });

  const vacancyAtHuizen = (options: Parameters<typeof createVacancy>[1]) =>
    createVacancy(t.dataSource, { employerId: employer.id, locationId: huizen.id, ...options });

  const ids = (matches: Match[]) => matches.map((m) => m.jobSeeker?.id ?? m.candidateNumber);

  beforeAll(async () => {
    t = await createTestApp();
    [C1, C2] = [
      (await createCompetence(t.dataSource, { trainable: true, label: 'Testcompetentie een' }))
        .code,
      (await createCompetence(t.dataSource, { trainable: false, label: 'Testcompetentie twee' }))
        .code,
    ];
    employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    huizen = await createEmployerLocation(t.dataSource, {
      employerId: employer.id,
      postcode: '1271CD',
      city: 'Huizen',
    });
    const otherEmployer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    amUser = await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] });
    am = await t.loginAs(amUser);
    consultant = await t.loginAs(
      await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] }),
    );
    amGroningen = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM01'] }),
    );
    employerClient = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
    );
    otherEmployerClient = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: otherEmployer.id }),
    );
    board = await t.loginAs(await createUser(t.dataSource, { role: 'BOARD_MEMBER' }));
    admin = await t.loginAs(await createUser(t.dataSource, { role: 'ADMIN' }));

    const full = [
      { code: C1, level: 4 },
      { code: C2, level: 3 },
    ];
    s.A = await seeker({
      firstName: 'Anouk',
      lastName: 'Matchtest-Aalders',
      bsn: freshBsn(),
      birthDate: '1990-05-17',
      email: 'anouk.aalders@example.org',
      phone: '0612345678',
      doelgroepregister: true,
      maxTravelKm: 3,
      competences: full,
    });
    s.B = await seeker({
      firstName: 'Bram',
      lastName: 'Matchtest-Bakker',
      competences: [{ code: C1, level: 3 }],
    });
    s.C = await seeker({
      firstName: 'Cem',
      lastName: 'Matchtest-Celik',
      consentStatus: 'NOT_ASKED',
      competences: [
        { code: C1, level: 2 },
        { code: C2, level: 3 },
      ],
    });
    s.D = await seeker({
      lastName: 'Matchtest-Dekker',
      consentStatus: 'WITHDRAWN',
      competences: full,
    });
    s.E = await seeker({ lastName: 'Matchtest-Eijk', archivedAt: new Date(), competences: full });
    s.F = await seeker({ lastName: 'Matchtest-Fransen', competences: full });
    s.G = await seeker({
      lastName: 'Matchtest-Groen',
      municipalityCode: 'GM0014',
      postcode: '9711AA',
      competences: full,
    });
    s.H = await seeker({
      firstName: 'Hanna',
      lastName: 'Matchtest-Hoekstra',
      municipalityCode: 'GM0193',
      postcode: '8011AA',
      transportModes: ['CAR'],
      maxTravelKm: 100,
      maxTravelMinutes: 120,
      competences: [{ code: C1, level: 2 }],
    });
    await createPlacement(t.dataSource, { jobSeekerId: s.F.id, employerId: employer.id });
    const asked = [
      { code: C1, minLevel: 3, weight: 5, requirement: 'REQUIRED' as const },
      { code: C2, minLevel: 3, weight: 3, requirement: 'WISHED' as const },
    ];
    V = await vacancyAtHuizen({ title: 'Medewerker spoelkeuken', competences: asked });
    VG = await vacancyAtHuizen({
      title: 'Garantiebaan groen',
      kind: 'GARANTIEBAAN',
      competences: [asked[0]!, { ...asked[1]!, minLevel: 5 }],
    });
    VDraft = await vacancyAtHuizen({
      title: 'Conceptvacature',
      status: 'DRAFT',
      competences: asked,
    });
    published({
      jobSeekers: Object.values(s).map((js) => js.id),
      vacancies: [V.id, VG.id, VDraft.id],
    });
  });
  afterAll(() => t.close());

  describe('vacancyMatches for staff', () => {
    it('ranks the hand-built set best first: full competences, one missing wish, a gap, then far away', async () => {
      const { vacancyMatches } = await am.data<{ vacancyMatches: Match[] }>(VACANCY_MATCHES, {
        vacancyId: V.id,
      });
      expect(ids(vacancyMatches)).toEqual([s.A.id, s.B.id, s.C.id, s.H.id]);
      expect(vacancyMatches.map((m) => m.rank)).toEqual([1, 2, 3, 4]);
      expect(vacancyMatches.every((m) => m.__typename === 'VacancyMatch')).toBe(true);
      expect(vacancyMatches.map((m) => m.score)).toEqual(
        [...vacancyMatches.map((m) => m.score)].sort((a, b) => b - a),
      );
    });

    it('explains every factor in points, the competences met and the gaps with size and trainable', async () => {
      const { vacancyMatches } = await am.data(VACANCY_MATCHES, { vacancyId: V.id });
      const [a, b, c] = vacancyMatches;
      expect(a.explanation.factors.map((f: { factor: string }) => f.factor)).toEqual([
        'COMPETENCE',
        'HOURS',
        'DISTANCE',
        'SECTOR',
        'PERSPECTIVE',
      ]);
      for (const match of vacancyMatches) {
        const sum = match.explanation.factors.reduce(
          (total: number, f: { points: number }) => total + f.points,
          0,
        );
        expect(sum).toBeCloseTo(match.score, 3);
      }
      expect(a.explanation).toMatchObject({
        score: 95,
        distanceKm: 0,
        hoursAvailable: 24,
        hoursMin: 16,
        hoursMax: 24,
        gaps: [],
      });
      expect(a.explanation.competencesMet).toEqual([
        {
          code: C1,
          label: 'Testcompetentie een',
          level: 4,
          minLevel: 3,
          weight: 5,
          requirement: 'REQUIRED',
        },
        {
          code: C2,
          label: 'Testcompetentie twee',
          level: 3,
          minLevel: 3,
          weight: 3,
          requirement: 'WISHED',
        },
      ]);
      expect(b.explanation.gaps).toEqual([
        expect.objectContaining({ code: C2, level: 0, gap: 3, trainable: false }),
      ]);
      expect(c.explanation.gaps).toEqual([
        expect.objectContaining({ code: C1, level: 2, gap: 1, trainable: true }),
      ]);
    });

    it('names the job-seekers of the viewer’s regions and shows others by candidate number and region', async () => {
      const { vacancyMatches } = await am.data(VACANCY_MATCHES, { vacancyId: V.id });
      expect(vacancyMatches[0].jobSeeker).toMatchObject({
        firstName: 'Anouk',
        lastName: 'Matchtest-Aalders',
        regionCode: 'AM12',
      });
      expect(vacancyMatches[3].jobSeeker).toEqual({
        id: s.H.id,
        candidateNumber: s.H.candidateNumber,
        candidateLabel: `Kandidaat ${s.H.candidateNumber}`,
        regionCode: 'AM36',
        firstName: null,
        lastName: null,
      });
      expect(vacancyMatches[3].explanation).toMatchObject({
        jobSeekerRegionCode: 'AM36',
        vacancyRegionCode: 'AM12',
        transport: 'CAR',
      });
    });

    it('logs the names it read with purpose "matching", and nothing for the other region', async () => {
      await am.data(VACANCY_MATCHES, { vacancyId: V.id });
      const rows: { job_seeker_id: string }[] = await t.dataSource.query(
        "SELECT DISTINCT job_seeker_id FROM personal_data_access WHERE user_id = $1 AND purpose = 'matching'",
        [amUser.id],
      );
      expect(rows.map((row) => row.job_seeker_id).sort()).toEqual([s.A.id, s.B.id, s.C.id].sort());
    });

    it('serves consultants of the employer’s region too', async () => {
      const { vacancyMatches } = await consultant.data<{ vacancyMatches: Match[] }>(
        VACANCY_MATCHES,
        { vacancyId: V.id },
      );
      expect(ids(vacancyMatches)).toEqual([s.A.id, s.B.id, s.C.id, s.H.id]);
    });

    it.each([
      ['first', { first: 2 }, ['A', 'B']],
      ['a distance limit', { filters: { maxDistanceKm: 10 } }, ['A', 'B', 'C']],
      ['a minimum score', { filters: { minScore: 80 } }, ['A', 'B']],
      ['the doelgroepregister', { filters: { doelgroepregisterOnly: true } }, ['A']],
      ['the own region', { filters: { includeOtherRegions: false } }, ['A', 'B', 'C']],
      [
        'nothing when filters are null',
        { filters: { maxDistanceKm: null, minScore: null, doelgroepregisterOnly: null } },
        ['A', 'B', 'C', 'H'],
      ],
    ] as const)('narrows by %s', async (_case, variables, expected) => {
      const { vacancyMatches } = await am.data<{ vacancyMatches: Match[] }>(VACANCY_MATCHES, {
        vacancyId: V.id,
        ...variables,
      });
      expect(ids(vacancyMatches)).toEqual(expected.map((key) => s[key].id));
    });

    it('answers CONFLICT for a vacancy that is not open', async () => {
      const result = await am.request(VACANCY_MATCHES, { vacancyId: VDraft.id });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toBe(
        'Alleen voor open vacatures worden kandidaten gezocht.',
      );
    });
  });

  describe('vacancyMatches for the employer', () => {
    it('shows only consenting candidates, anonymously, in the same order', async () => {
      const { vacancyMatches } = await employerClient.data<{ vacancyMatches: Match[] }>(
        VACANCY_MATCHES,
        { vacancyId: V.id },
      );
      expect(vacancyMatches.every((m) => m.__typename === 'AnonymousCandidateMatch')).toBe(true);
      expect(vacancyMatches.map((m) => m.candidateNumber)).toEqual([
        s.A.candidateNumber,
        s.B.candidateNumber,
        s.H.candidateNumber,
      ]);
      expect(vacancyMatches[0]).toMatchObject({
        rank: 1,
        candidateLabel: `Kandidaat ${s.A.candidateNumber}`,
        score: 95,
        inDoelgroepregister: null,
        explanation: {
          distanceBand: '< 5 km',
          distanceBandUpToKm: 5,
          hoursAvailable: 24,
          gaps: [],
        },
      });
      expect(vacancyMatches[2]).toMatchObject({
        explanation: { distanceBand: '50 km of meer', distanceBandUpToKm: null },
      });
      expect(JSON.stringify(vacancyMatches)).not.toContain('distanceKm');
    });

    it('leaves names, BSN, contact, full postcode, birth date, ids and regions out of the response', async () => {
      const response = await employerClient.request(VACANCY_MATCHES, { vacancyId: V.id });
      const body = JSON.stringify(response);
      const bsn: string = (
        await t.dataSource.query('SELECT bsn FROM job_seeker WHERE id = $1', [s.A.id])
      )[0].bsn;
      for (const hidden of [
        'Anouk',
        'Aalders',
        'Bram',
        'Hanna',
        'Matchtest',
        bsn,
        bsn.slice(-4),
        'anouk.aalders@example.org',
        '0612345678',
        '1271AB',
        '1271 AB',
        '8011AA',
        '1990-05-17',
        'AM36',
        ...Object.values(s).map((js) => js.id),
      ]) {
        expect(body).not.toContain(hidden);
      }
    });

    it('tells "in the doelgroepregister: yes" for a garantiebaan', async () => {
      const { vacancyMatches } = await employerClient.data(VACANCY_MATCHES, { vacancyId: VG.id });
      expect(vacancyMatches).toEqual([
        expect.objectContaining({
          candidateNumber: s.A.candidateNumber,
          inDoelgroepregister: true,
        }),
      ]);
    });

    it('refuses the doelgroepregister filter to employers', async () => {
      expect(
        await employerClient.errorCode(VACANCY_MATCHES, {
          vacancyId: V.id,
          filters: { doelgroepregisterOnly: true },
        }),
      ).toBe('FORBIDDEN');
    });
  });

  describe('vacancyMatches refusals', () => {
    it.each([
      ['another employer’s user', () => otherEmployerClient],
      ['staff of another region', () => amGroningen],
      ['a board member', () => board],
      ['an admin', () => admin],
    ])('is FORBIDDEN for %s', async (_case, client) => {
      expect(await client().errorCode(VACANCY_MATCHES, { vacancyId: V.id })).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown vacancy', async () => {
      expect(await am.errorCode(VACANCY_MATCHES, { vacancyId: UNKNOWN_ID })).toBe('NOT_FOUND');
    });

    it.each([
      ['first 0', { first: 0 }, 'first'],
      ['first 101', { first: 101 }, 'first'],
      ['a malformed id', { vacancyId: 'vacature-1' }, 'vacancyId'],
      ['a negative distance', { filters: { maxDistanceKm: -1 } }, 'filters.maxDistanceKm'],
      ['a score above 100', { filters: { minScore: 101 } }, 'filters.minScore'],
    ])('rejects %s with BAD_USER_INPUT on the field', async (_case, variables, field) => {
      const result = await am.request(VACANCY_MATCHES, { vacancyId: V.id, ...variables });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
    });
  });

  describe('jobSeekerMatches', () => {
    it('ranks the vacancies within reach for the job-seeker, with explanations', async () => {
      const { jobSeekerMatches } = await consultant.data(JOB_SEEKER_MATCHES, {
        jobSeekerId: s.A.id,
      });
      expect(jobSeekerMatches.map((m: { vacancy: { id: string } }) => m.vacancy.id)).toEqual([
        V.id,
        VG.id,
      ]);
      expect(jobSeekerMatches[0]).toMatchObject({
        rank: 1,
        score: 95,
        vacancy: {
          title: 'Medewerker spoelkeuken',
          kind: 'REGULAR',
          status: 'OPEN',
          employerName: employer.name,
          regionCode: 'AM12',
          city: 'Huizen',
        },
      });
      expect(jobSeekerMatches[1].explanation.gaps).toEqual([
        expect.objectContaining({ code: C2, level: 3, minLevel: 5, gap: 2, trainable: false }),
      ]);
    });

    it('filters by kind and serves account managers too', async () => {
      const { jobSeekerMatches } = await am.data(JOB_SEEKER_MATCHES, {
        jobSeekerId: s.A.id,
        filters: { kinds: ['GARANTIEBAAN'] },
      });
      expect(jobSeekerMatches.map((m: { vacancy: { id: string } }) => m.vacancy.id)).toEqual([
        VG.id,
      ]);
    });

    it('logs the read of the file', async () => {
      await am.data(JOB_SEEKER_MATCHES, { jobSeekerId: s.B.id });
      const [row] = await t.dataSource.query(
        "SELECT count(*)::int AS count FROM personal_data_access WHERE user_id = $1 AND job_seeker_id = $2 AND purpose = 'matching'",
        [amUser.id, s.B.id],
      );
      expect(row.count).toBeGreaterThan(0);
    });

    it.each([
      ['staff of another region', () => amGroningen],
      ['an employer user', () => employerClient],
      ['an admin', () => admin],
    ])('is FORBIDDEN for %s', async (_case, client) => {
      expect(await client().errorCode(JOB_SEEKER_MATCHES, { jobSeekerId: s.A.id })).toBe(
        'FORBIDDEN',
      );
    });

    it('answers NOT_FOUND for an unknown job-seeker and BAD_USER_INPUT for first > 100', async () => {
      expect(await am.errorCode(JOB_SEEKER_MATCHES, { jobSeekerId: UNKNOWN_ID })).toBe('NOT_FOUND');
      expect(await am.errorCode(JOB_SEEKER_MATCHES, { jobSeekerId: s.A.id, first: 101 })).toBe(
        'BAD_USER_INPUT',
      );
    });

    it.each([
      ['archived', 'E', 'Het dossier van deze inwoner is gearchiveerd.'],
      ['at work', 'F', 'Deze inwoner heeft een lopende plaatsing en wordt niet voorgesteld.'],
    ] as const)('answers CONFLICT for a job-seeker who is %s', async (_case, key, message) => {
      const result = await am.request(JOB_SEEKER_MATCHES, { jobSeekerId: s[key].id });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toBe(message);
    });
  });

  describe('explainMatch', () => {
    it('explains a suggestible pair', async () => {
      const { explainMatch } = await am.data(EXPLAIN, { vacancyId: V.id, jobSeekerId: s.A.id });
      expect(explainMatch).toMatchObject({
        suggestible: true,
        exclusions: [],
        explanation: { score: 95 },
        jobSeeker: { firstName: 'Anouk' },
      });
    });

    it.each([
      ['too far away', 'G', () => V, ['TOO_FAR_KM', 'TOO_FAR_MINUTES'], true],
      ['without consent', 'D', () => V, ['NO_CONSENT'], true],
      [
        'not in the doelgroepregister for a garantiebaan',
        'B',
        () => VG,
        ['VACANCY_KIND_NOT_ELIGIBLE'],
        true,
      ],
      ['archived', 'E', () => V, ['JOB_SEEKER_ARCHIVED'], false],
      ['at work', 'F', () => V, ['JOB_SEEKER_PLACED'], false],
    ] as const)(
      'gives the Dutch reasons for a job-seeker %s',
      async (_case, key, vacancy, codes, scored) => {
        const { explainMatch } = await am.data(EXPLAIN, {
          vacancyId: vacancy().id,
          jobSeekerId: s[key].id,
        });
        expect(explainMatch.suggestible).toBe(false);
        expect(explainMatch.exclusions.map((e: { code: string }) => e.code)).toEqual(codes);
        for (const exclusion of explainMatch.exclusions)
          expect(exclusion.message).toMatch(/^[A-Z].+\.$/);
        expect(explainMatch.explanation === null).toBe(!scored);
      },
    );

    it('names the garantiebaan rule', async () => {
      const { explainMatch } = await am.data(EXPLAIN, { vacancyId: VG.id, jobSeekerId: s.B.id });
      expect(explainMatch.exclusions).toEqual([
        {
          code: 'VACANCY_KIND_NOT_ELIGIBLE',
          label: 'Niet in aanmerking voor dit soort plek',
          message: 'Een garantiebaan is alleen voor inwoners die in het doelgroepregister staan.',
          competenceCode: null,
        },
      ]);
    });

    it('says a draft vacancy is not open', async () => {
      const { explainMatch } = await am.data(EXPLAIN, {
        vacancyId: VDraft.id,
        jobSeekerId: s.A.id,
      });
      expect(explainMatch.exclusions.map((e: { code: string }) => e.code)).toEqual([
        'VACANCY_NOT_OPEN',
      ]);
    });

    it('serves staff of the job-seeker’s region for a vacancy elsewhere, with the name', async () => {
      const { explainMatch } = await amGroningen.data(EXPLAIN, {
        vacancyId: V.id,
        jobSeekerId: s.G.id,
      });
      expect(explainMatch.jobSeeker).toMatchObject({
        id: s.G.id,
        regionCode: 'AM01',
        lastName: 'Matchtest-Groen',
      });
    });

    it('is FORBIDDEN when neither side is in the viewer’s regions, or for an employer user', async () => {
      expect(await amGroningen.errorCode(EXPLAIN, { vacancyId: V.id, jobSeekerId: s.A.id })).toBe(
        'FORBIDDEN',
      );
      expect(
        await employerClient.errorCode(EXPLAIN, { vacancyId: V.id, jobSeekerId: s.A.id }),
      ).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown vacancy or job-seeker, BAD_USER_INPUT for a malformed id', async () => {
      expect(await am.errorCode(EXPLAIN, { vacancyId: UNKNOWN_ID, jobSeekerId: s.A.id })).toBe(
        'NOT_FOUND',
      );
      expect(await am.errorCode(EXPLAIN, { vacancyId: V.id, jobSeekerId: UNKNOWN_ID })).toBe(
        'NOT_FOUND',
      );
      expect(await am.errorCode(EXPLAIN, { vacancyId: V.id, jobSeekerId: '42' })).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('keeping the index fresh without a restart', () => {
    // Each test asks for its own fresh competence, so earlier tests' people do not qualify.
    beforeEach(async () => {
      [C3, C4] = [
        (await createCompetence(t.dataSource)).code,
        (await createCompetence(t.dataSource)).code,
      ];
    });
    const requires = (code: string) => [
      { code, minLevel: 3, weight: 4, requirement: 'REQUIRED' as const },
    ];
    const staffIds = async (vacancyId: string) =>
      ids(
        (await am.data<{ vacancyMatches: Match[] }>(VACANCY_MATCHES, { vacancyId })).vacancyMatches,
      );

    it('follows updateJobSeeker', async () => {
      const person = await seeker({ competences: [{ code: C3, level: 4 }] });
      const vacancy = await vacancyAtHuizen({ competences: requires(C3) });
      published({ jobSeekers: [person.id], vacancies: [vacancy.id] });
      expect(await staffIds(vacancy.id)).toEqual([person.id]);
      await consultant.data(
        'mutation($id: ID!) { updateJobSeeker(id: $id, input: { hoursAvailable: 8 }) { id } }',
        { id: person.id },
      );
      expect(await staffIds(vacancy.id)).toEqual([]);
      const { explainMatch } = await am.data(EXPLAIN, {
        vacancyId: vacancy.id,
        jobSeekerId: person.id,
      });
      expect(explainMatch.exclusions.map((e: { code: string }) => e.code)).toEqual([
        'INSUFFICIENT_HOURS',
      ]);
    });

    it('follows setJobSeekerCompetences and recordJobSeekerConsent', async () => {
      const person = await seeker({ competences: [{ code: C3, level: 1 }] });
      const vacancy = await vacancyAtHuizen({ competences: requires(C3) });
      published({ jobSeekers: [person.id], vacancies: [vacancy.id] });
      expect(await staffIds(vacancy.id)).toEqual([]);
      await consultant.data(
        'mutation($id: ID!, $competences: [JobSeekerCompetenceInput!]!) { setJobSeekerCompetences(id: $id, competences: $competences) { id } }',
        {
          id: person.id,
          competences: [{ code: C3, level: 4 }],
        },
      );
      expect(await staffIds(vacancy.id)).toEqual([person.id]);
      await consultant.data(
        'mutation($id: ID!) { recordJobSeekerConsent(id: $id, status: WITHDRAWN) { id } }',
        { id: person.id },
      );
      expect(await staffIds(vacancy.id)).toEqual([]);
    });

    it('drops a person whose consent was withdrawn at once, and one whose consent expired at read time', async () => {
      const withdrawing = await seeker({ competences: [{ code: C3, level: 4 }] });
      const lapsed = await seeker({
        competences: [{ code: C3, level: 4 }],
        consentEffectiveOn: '2025-01-01',
        consentExpiresOn: TODAY,
      });
      const lasting = await seeker({
        competences: [{ code: C3, level: 4 }],
        consentEffectiveOn: '2025-01-01',
        consentExpiresOn: '2099-01-01',
      });
      const vacancy = await vacancyAtHuizen({ competences: requires(C3) });
      published({ jobSeekers: [withdrawing.id, lapsed.id, lasting.id], vacancies: [vacancy.id] });
      expect((await staffIds(vacancy.id)).sort()).toEqual([withdrawing.id, lasting.id].sort());
      const { explainMatch } = await am.data(EXPLAIN, {
        vacancyId: vacancy.id,
        jobSeekerId: lapsed.id,
      });
      expect(explainMatch.exclusions.map((e: { code: string }) => e.code)).toEqual([
        'CONSENT_EXPIRED',
      ]);
      await consultant.data(
        'mutation($id: ID!) { recordJobSeekerConsent(id: $id, status: WITHDRAWN, method: IN_PERSON) { id } }',
        { id: withdrawing.id },
      );
      expect(await staffIds(vacancy.id)).toEqual([lasting.id]);
    });

    it('follows setVacancyCompetences', async () => {
      const withC3 = await seeker({ competences: [{ code: C3, level: 4 }] });
      const withC4 = await seeker({ competences: [{ code: C4, level: 4 }] });
      const vacancy = await vacancyAtHuizen({ competences: requires(C3) });
      published({ jobSeekers: [withC3.id, withC4.id], vacancies: [vacancy.id] });
      expect(await staffIds(vacancy.id)).toEqual([withC3.id]);
      await am.data(
        'mutation($id: ID!, $competences: [VacancyCompetenceInput!]!) { setVacancyCompetences(id: $id, competences: $competences) { id } }',
        {
          id: vacancy.id,
          competences: [{ competenceCode: C4, minLevel: 2, weight: 3, requirement: 'REQUIRED' }],
        },
      );
      expect(await staffIds(vacancy.id)).toEqual([withC4.id]);
    });

    it('follows changeVacancyStatus, createVacancy and archiveJobSeeker', async () => {
      const person = await seeker({ competences: [{ code: C3, level: 4 }] });
      published({ jobSeekers: [person.id] });
      const { createVacancy } = await am.data(
        `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id status } }`,
        {
          input: {
            employerId: employer.id,
            locationId: huizen.id,
            title: 'Nieuwe vacature',
            description: 'Via de API aangemaakt.',
            kind: 'REGULAR',
            hoursMin: 16,
            hoursMax: 24,
            openings: 1,
            contractType: 'FIXED_TERM',
            competences: [{ competenceCode: C3, minLevel: 3, weight: 3, requirement: 'REQUIRED' }],
          },
        },
      );
      expect(await am.errorCode(VACANCY_MATCHES, { vacancyId: createVacancy.id })).toBe('CONFLICT');
      const status =
        'mutation($id: ID!, $status: VacancyStatus!) { changeVacancyStatus(id: $id, status: $status) { id } }';
      await am.data(status, { id: createVacancy.id, status: 'OPEN' });
      expect(await staffIds(createVacancy.id)).toEqual([person.id]);
      await am.data(status, { id: createVacancy.id, status: 'CLOSED' });
      expect(await am.errorCode(VACANCY_MATCHES, { vacancyId: createVacancy.id })).toBe('CONFLICT');
      await am.data(status, { id: createVacancy.id, status: 'OPEN' });
      await consultant.data('mutation($id: ID!) { archiveJobSeeker(id: $id) { id } }', {
        id: person.id,
      });
      expect(await staffIds(createVacancy.id)).toEqual([]);
    });

    it('leaves out a job-seeker once a placement starts, and counts a vacancy’s running placements against its openings', async () => {
      const person = await seeker({ competences: [{ code: C3, level: 4 }] });
      const other = await seeker({ competences: [{ code: C3, level: 2 }] }); // a gap: ranks below person
      const vacancy = await vacancyAtHuizen({ competences: requires(C3) });
      published({ jobSeekers: [person.id, other.id], vacancies: [vacancy.id] });
      expect(await staffIds(vacancy.id)).toEqual([person.id, other.id]);
      await createPlacement(t.dataSource, {
        jobSeekerId: person.id,
        employerId: employer.id,
        vacancyId: vacancy.id,
      });
      expect(await staffIds(vacancy.id)).toEqual([]);
      const { explainMatch } = await am.data(EXPLAIN, {
        vacancyId: vacancy.id,
        jobSeekerId: other.id,
      });
      expect(explainMatch.exclusions.map((e: { code: string }) => e.code)).toEqual(['NO_OPENINGS']);
    });
  });
});
