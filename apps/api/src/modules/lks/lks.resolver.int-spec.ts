import { createEmployer } from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import { LksResolver } from './lks.resolver.js';

const ESTIMATE = `query LksEstimate($input: LksEstimateInput!) {
  lksEstimate(input: $input) {
    date wmlDate notice wmlHourlyCents jobHourlyWageCents loonwaardeHourlyCents maximumHourlyCents wageSubsidyHourlyCents cappedAtMaximum
    perWeek { wage holidayPay employerCosts total } perMonth { wage holidayPay employerCosts total }
    wageAboveWmlPerMonthCents wageCostPerMonth { total } netCostPerMonthCents
  } }`;

describe(LksResolver.name, () => {
  let t: TestApp;
  let employerUser: GraphQLClient;

  beforeAll(async () => {
    t = await createTestApp();
    const employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    employerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
    );
  });
  afterAll(() => t.close());

  it('estimates the subsidy for an employer user on a day with a known minimum wage', async () => {
    const { lksEstimate } = await employerUser.data(ESTIMATE, {
      input: { hourlyWage: 14.71, loonwaardePercent: 60, hoursPerWeek: 24, date: '2026-03-01' },
    });
    expect(lksEstimate).toMatchObject({
      wmlDate: '2026-01-01',
      notice: null,
      wageSubsidyHourlyCents: 588,
      perMonth: { wage: 61152, holidayPay: 4892, employerCosts: 15522, total: 81566 },
      netCostPerMonthCents: 122482,
    });
  });

  it('says when it used the latest known minimum wage', async () => {
    const { lksEstimate } = await employerUser.data(ESTIMATE, {
      input: { hourlyWage: 14.71, loonwaardePercent: 60, hoursPerWeek: 24, date: '2026-08-01' },
    });
    expect(lksEstimate.notice).toBe(
      'Berekend met het minimumloon per 1 januari 2026; het bedrag per 1 juli 2026 is nog niet opgenomen.',
    );
  });

  it.each([
    [{ hourlyWage: 10, loonwaardePercent: 60, hoursPerWeek: 24 }, 'input.hourlyWage'],
    [{ hourlyWage: 15, loonwaardePercent: 120, hoursPerWeek: 24 }, 'input.loonwaardePercent'],
    [{ hourlyWage: 15, loonwaardePercent: 60, hoursPerWeek: 41 }, 'input.hoursPerWeek'],
    [{ hourlyWage: 15, loonwaardePercent: 60, hoursPerWeek: 24, date: '2026-02-30' }, 'input.date'],
    [{ hourlyWage: 15, loonwaardePercent: 60, hoursPerWeek: 24, date: '2023-12-31' }, 'input.date'],
  ])('refuses %o with BAD_USER_INPUT at %s', async (input, field) => {
    const result = await employerUser.request(ESTIMATE, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual([field]);
  });

  it.each(['ACCOUNT_MANAGER', 'CONSULTANT'] as const)('is open to %s', async (role) => {
    const client = await t.loginAs(await createUser(t.dataSource, { role, regionCodes: ['AM12'] }));
    const { lksEstimate } = await client.data(ESTIMATE, {
      input: { hourlyWage: 15, loonwaardePercent: 50, hoursPerWeek: 20 },
    });
    expect(lksEstimate.perMonth.total).toBeGreaterThan(0);
  });

  it('is not for board members (FORBIDDEN)', async () => {
    const board = await t.loginAs(
      await createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM12'] }),
    );
    expect(
      await board.errorCode(ESTIMATE, {
        input: { hourlyWage: 15, loonwaardePercent: 50, hoursPerWeek: 20 },
      }),
    ).toBe('FORBIDDEN');
  });
});
