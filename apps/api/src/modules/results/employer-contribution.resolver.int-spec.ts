import {
  createEmployer,
  createFlagPeriod,
  createJobSeeker,
  createPlacement,
} from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import { EmployerContributionResolver } from './employer-contribution.resolver.js';

const CONTRIBUTION = `query MyBanenafspraakContribution($quarter: String) {
  myBanenafspraakContribution(quarter: $quarter) {
    employerName sector
    quarters {
      quarter countDate
      jobs { value display suppression } people { value display suppression }
      changeFromPreviousQuarter { value display } peopleStarted { display } peopleLost { display }
    }
  } }`;

describe(EmployerContributionResolver.name, () => {
  let t: TestApp;
  let bigEmployerUser: GraphQLClient;
  let smallEmployerUser: GraphQLClient;

  /** A person in the doelgroepregister since 2010, placed from `start`. */
  async function placedInRegister(
    employerId: string,
    start: string,
    hoursPerWeek = 25.5,
    end: string | null = null,
  ) {
    const person = await createJobSeeker(t.dataSource, { doelgroepregister: true });
    await createFlagPeriod(t.dataSource, { jobSeekerId: person.id });
    await createPlacement(t.dataSource, {
      jobSeekerId: person.id,
      employerId,
      startDate: start,
      hoursPerWeek,
      endDate: end,
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    const big = await createEmployer(t.dataSource, {
      regionCode: 'AM12',
      name: 'Grote Bijdrager BV',
    });
    const small = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    bigEmployerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: big.id }),
    );
    smallEmployerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: small.id }),
    );
    // Big: five full jobs since 2025-01-01, a sixth of 12.5 hours from 2025-05-01.
    for (let i = 0; i < 5; i++) await placedInRegister(big.id, '2025-01-01');
    await placedInRegister(big.id, '2025-05-01', 12.5);
    // Someone not in the register does not count.
    const outside = await createJobSeeker(t.dataSource);
    await createPlacement(t.dataSource, {
      jobSeekerId: outside.id,
      employerId: big.id,
      startDate: '2025-01-01',
    });
    // Small: two people.
    await placedInRegister(small.id, '2025-01-01');
    await placedInRegister(small.id, '2025-01-01');
  });
  afterAll(() => t.close());

  it('counts the own jobs in 25.5-hour units on each count date, four quarters, oldest first', async () => {
    const { myBanenafspraakContribution } = await bigEmployerUser.data(CONTRIBUTION, {
      quarter: '2025-Q2',
    });
    expect(myBanenafspraakContribution.employerName).toBe('Grote Bijdrager BV');
    const quarters = myBanenafspraakContribution.quarters;
    expect(quarters.map((q: { quarter: string }) => q.quarter)).toEqual([
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
    ]);
    expect(quarters[2]).toMatchObject({
      countDate: '2025-03-31',
      jobs: { value: 5, suppression: 'NONE' },
      people: { value: 5, display: '5' },
    });
    expect(quarters[3]).toMatchObject({ people: { value: 6 } });
    expect(quarters[3].jobs.value).toBeCloseTo(5 + 12.5 / 25.5, 9);
    expect(quarters[3].changeFromPreviousQuarter.value).toBeCloseTo(12.5 / 25.5, 9);
    // Before anyone started, no people: "<5", and a figure with no one behind it is shown (0 is no one).
    expect(quarters[0].people).toMatchObject({ display: '<5', value: null });
  });

  it('suppresses a figure resting on fewer than 5 people, like the regional results', async () => {
    const { myBanenafspraakContribution } = await smallEmployerUser.data(CONTRIBUTION, {
      quarter: '2025-Q2',
    });
    const last = myBanenafspraakContribution.quarters.at(-1);
    expect(last.people).toMatchObject({ value: null, display: '<5', suppression: 'SMALL_COUNT' });
    expect(last.jobs).toMatchObject({ value: null, suppression: 'SMALL_COUNT' });
  });

  it('defaults to the last completed quarter', async () => {
    const { myBanenafspraakContribution } = await bigEmployerUser.data(CONTRIBUTION);
    expect(myBanenafspraakContribution.quarters).toHaveLength(4);
    expect(
      myBanenafspraakContribution.quarters.at(-1).countDate < new Date().toISOString().slice(0, 10),
    ).toBe(true);
  });

  it.each([['2099-Q1'], ['2012-Q4'], ['2025-Q5']])(
    'refuses quarter %s with BAD_USER_INPUT',
    async (quarter) => {
      const result = await bigEmployerUser.request(CONTRIBUTION, { quarter });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('quarter');
    },
  );

  it.each(['ACCOUNT_MANAGER', 'BOARD_MEMBER'] as const)(
    'is for employer users only, not %s (FORBIDDEN)',
    async (role) => {
      const client = await t.loginAs(
        await createUser(t.dataSource, { role, regionCodes: ['AM12'] }),
      );
      expect(await client.errorCode(CONTRIBUTION)).toBe('FORBIDDEN');
    },
  );
});
