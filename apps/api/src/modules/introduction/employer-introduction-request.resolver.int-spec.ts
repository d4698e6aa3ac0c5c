import { DomainEvents } from '../../common/events/domain-events.js';
import {
  createCompetence,
  createEmployer,
  createEmployerLocation,
  createIntroduction,
  createJobSeeker,
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
import type { VacancyEntity } from '../vacancy/vacancy.entity.js';
import { EmployerIntroductionRequestResolver } from './employer-introduction-request.resolver.js';

const REQUEST = `mutation RequestIntroductions($input: RequestIntroductionsInput!) {
  requestIntroductions(input: $input) {
    introductions { id status candidateLabel candidate { firstName lastName email phone } vacancy { id } history { fromStatus toStatus } }
    failures { candidateNumber candidateLabel message }
  } }`;
const STAFF_ONE = `query Introduction($id: ID!) { introduction(id: $id) { id status requestedByEmployer employerMessage proposedDates matchScore jobSeeker { id } } }`;

const TODAY = new Date().toISOString().slice(0, 10);
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe(EmployerIntroductionRequestResolver.name, () => {
  let t: TestApp;
  let employer: EmployerEntity;
  let huizen: EmployerLocationEntity;
  let employerUser: GraphQLClient;
  let otherEmployerUser: GraphQLClient;
  let am: GraphQLClient;
  let competence: string;
  let vacancy: VacancyEntity;
  let consenting: JobSeekerEntity;
  let secondConsenting: JobSeekerEntity;
  let notAsked: JobSeekerEntity;

  const seeker = (options: Parameters<typeof createJobSeeker>[1]) =>
    createJobSeeker(t.dataSource, {
      municipalityCode: 'GM0406',
      postcode: '1271AB',
      consentStatus: 'GRANTED',
      availabilityConfirmedAt: TODAY,
      clientProfile: 1,
      transportModes: ['BICYCLE'],
      competences: [{ code: competence, level: 4 }],
      ...options,
    });
  const openVacancy = (options: Parameters<typeof createVacancy>[1] = {}) =>
    createVacancy(t.dataSource, {
      employerId: employer.id,
      locationId: huizen.id,
      competences: [{ code: competence, minLevel: 3, weight: 5 }],
      ...options,
    });
  /** The factories write straight to the database; the services would publish these changes. */
  function published(ids: { jobSeekers?: string[]; vacancies?: string[] }): void {
    const events = t.app.get(DomainEvents);
    for (const id of ids.jobSeekers ?? []) events.jobSeekerChanged(id);
    for (const id of ids.vacancies ?? []) events.vacancyChanged(id);
  }
  const request = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request(REQUEST, { input });
  const count = async (vacancyId: string) =>
    Number(
      (
        await t.dataSource.query('SELECT count(*) FROM introduction WHERE vacancy_id = $1', [
          vacancyId,
        ])
      )[0].count,
    );

  beforeAll(async () => {
    t = await createTestApp();
    competence = (await createCompetence(t.dataSource, { trainable: false })).code;
    employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    huizen = await createEmployerLocation(t.dataSource, {
      employerId: employer.id,
      postcode: '1271CD',
      city: 'Huizen',
    });
    const otherEmployer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    employerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
    );
    otherEmployerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: otherEmployer.id }),
    );
    am = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] }),
    );
    consenting = await seeker({
      firstName: 'Selma',
      lastName: 'Aanvraagtest',
      bsn: freshBsn(),
      email: 'selma@example.org',
      phone: '0611111111',
    });
    secondConsenting = await seeker({ lastName: 'Aanvraagtest-Twee' });
    notAsked = await seeker({ lastName: 'Aanvraagtest-Drie', consentStatus: 'NOT_ASKED' });
    vacancy = await openVacancy();
    published({
      jobSeekers: [consenting.id, secondConsenting.id, notAsked.id],
      vacancies: [vacancy.id],
    });
  });
  afterAll(() => t.close());

  it('creates PROPOSED introductions for suggested candidates, anonymous, with message and dates for the WSP', async () => {
    const dates = [inDays(14), inDays(7)];
    const { requestIntroductions } = await employerUser.data(REQUEST, {
      input: {
        vacancyId: vacancy.id,
        candidateNumbers: [consenting.candidateNumber, secondConsenting.candidateNumber],
        message: '  Graag een kennismaking op locatie.  ',
        proposedDates: dates,
      },
    });
    expect(requestIntroductions.failures).toEqual([]);
    expect(requestIntroductions.introductions).toHaveLength(2);
    expect(requestIntroductions.introductions[0]).toMatchObject({
      status: 'PROPOSED',
      candidateLabel: `Kandidaat ${consenting.candidateNumber}`,
      candidate: null,
      vacancy: { id: vacancy.id },
      history: [{ fromStatus: null, toStatus: 'PROPOSED' }],
    });
    expect(JSON.stringify(requestIntroductions)).not.toMatch(
      /Selma|Aanvraagtest|selma@|0611111111/,
    );

    const { introduction } = await am.data(STAFF_ONE, {
      id: requestIntroductions.introductions[0].id,
    });
    expect(introduction).toMatchObject({
      status: 'PROPOSED',
      requestedByEmployer: true,
      employerMessage: 'Graag een kennismaking op locatie.',
      proposedDates: [...dates].sort(),
      jobSeeker: { id: consenting.id },
    });
    expect(introduction.matchScore).toBeGreaterThan(0);
  });

  it('is idempotent: asking again returns the open introduction instead of a second one', async () => {
    const v = await openVacancy();
    published({ vacancies: [v.id] });
    const input = { vacancyId: v.id, candidateNumbers: [consenting.candidateNumber] };
    const first = await employerUser.data(REQUEST, { input });
    const second = await employerUser.data(REQUEST, { input });
    expect(second.requestIntroductions.introductions[0].id).toBe(
      first.requestIntroductions.introductions[0].id,
    );
    expect(await count(v.id)).toBe(1);
  });

  it('refuses a candidate without consent, an unknown number and one whose introduction was closed, without saying why', async () => {
    const v = await openVacancy();
    published({ vacancies: [v.id] });
    await createIntroduction(t.dataSource, {
      vacancyId: v.id,
      jobSeekerId: secondConsenting.id,
      status: 'DECLINED',
    });
    const unknownNumber = 999_999_999;
    const { requestIntroductions } = await employerUser.data(REQUEST, {
      input: {
        vacancyId: v.id,
        candidateNumbers: [
          notAsked.candidateNumber,
          unknownNumber,
          secondConsenting.candidateNumber,
          consenting.candidateNumber,
        ],
      },
    });
    expect(
      requestIntroductions.introductions.map((i: { candidateLabel: string }) => i.candidateLabel),
    ).toEqual([`Kandidaat ${consenting.candidateNumber}`]);
    expect(requestIntroductions.failures).toEqual(
      [notAsked.candidateNumber, unknownNumber, secondConsenting.candidateNumber].map((n) => ({
        candidateNumber: n,
        candidateLabel: `Kandidaat ${n}`,
        message: `Kandidaat ${n} is niet meer beschikbaar voor deze vacature.`,
      })),
    );
    expect(await count(v.id)).toBe(2);
  });

  it("refuses another employer's vacancy (FORBIDDEN) and writes nothing", async () => {
    const result = await request(otherEmployerUser, {
      vacancyId: vacancy.id,
      candidateNumbers: [secondConsenting.candidateNumber],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a closed vacancy (CONFLICT)', async () => {
    const closed = await openVacancy({ status: 'CLOSED' });
    const result = await request(employerUser, {
      vacancyId: closed.id,
      candidateNumbers: [consenting.candidateNumber],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count(closed.id)).toBe(0);
  });

  it('refuses an unknown vacancy (NOT_FOUND)', async () => {
    const result = await request(employerUser, {
      vacancyId: '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e',
      candidateNumbers: [1],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a date in the past', { proposedDates: [inDays(5), '2020-01-01'] }, 'input.proposedDates.1'],
    ['today', { proposedDates: [TODAY] }, 'input.proposedDates.0'],
    ['a malformed date', { proposedDates: ['31-12-2030'] }, 'input.proposedDates'],
    ['more than 5 dates', { proposedDates: [1, 2, 3, 4, 5, 6].map(inDays) }, 'input.proposedDates'],
    ['no candidates', { candidateNumbers: [] }, 'input.candidateNumbers'],
    [
      '11 candidates',
      { candidateNumbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
      'input.candidateNumbers',
    ],
    ['a message over 1000 characters', { message: 'x'.repeat(1001) }, 'input.message'],
  ])(
    'refuses %s with BAD_USER_INPUT at the field and writes nothing',
    async (_name, override, field) => {
      const v = await openVacancy();
      published({ vacancies: [v.id] });
      const result = await request(employerUser, {
        vacancyId: v.id,
        candidateNumbers: [consenting.candidateNumber],
        ...override,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await count(v.id)).toBe(0);
    },
  );

  it.each(['ACCOUNT_MANAGER', 'CONSULTANT', 'BOARD_MEMBER'] as const)(
    'is not for %s (FORBIDDEN)',
    async (role) => {
      const client = await t.loginAs(
        await createUser(t.dataSource, { role, regionCodes: ['AM12'] }),
      );
      const result = await request(client, {
        vacancyId: vacancy.id,
        candidateNumbers: [consenting.candidateNumber],
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );
});
