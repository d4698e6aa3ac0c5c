import { createEmployer, createJobSeeker, createPlacement } from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { BenefitExitResolver } from './benefit-exit.resolver.js';

// Haaglanden (AM21) in 2018: no other test file uses the region, so its uitstroom is this file's alone.
const REGION = 'AM21';
const DEN_HAAG = { municipalityCode: 'GM0518', postcode: '2267AB' };

const RECORD = `mutation RecordBenefitExit($input: RecordBenefitExitInput!) {
  recordBenefitExit(input: $input) { id jobSeekerId exitDate kind reason municipalityCode municipalityName placementId }
}`;
const LIST = `query BenefitExits($jobSeekerId: ID!) {
  benefitExits(jobSeekerId: $jobSeekerId) { exitDate kind reason municipalityName }
}`;
const UITSTROOM = `query Uitstroom($regionCode: String!, $year: Int!) {
  uitstroomResults(regionCode: $regionCode, year: $year) {
    municipalities { municipalityCode realised { value display } }
    total { realised { value display } full { value display } partial { value display } }
  }
}`;

describe(BenefitExitResolver.name, () => {
  let t: TestApp;
  let consultant: GraphQLClient;
  let accountManager: GraphQLClient;
  let board: GraphQLClient;
  let otherConsultant: GraphQLClient;

  /** A file of Den Haag opened on 1 January 2018. */
  async function file(): Promise<string> {
    const { id } = await createJobSeeker(t.dataSource, DEN_HAAG);
    await t.dataSource.query(
      "UPDATE job_seeker SET created_at = '2018-01-01T09:00:00+01:00' WHERE id = $1",
      [id],
    );
    return id;
  }

  const exit = (jobSeekerId: string, overrides: Record<string, unknown> = {}) => ({
    input: { jobSeekerId, exitDate: '2018-05-01', kind: 'FULL', reason: 'WORK', ...overrides },
  });

  async function fieldErrors(client: GraphQLClient, variables: Record<string, unknown>) {
    const result = await client.request(RECORD, variables);
    return {
      code: result.errors?.[0]?.extensions?.code,
      fields: result.errors?.[0]?.extensions?.fields?.map((f) => f.field),
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    consultant = await t.loginAs(
      await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: [REGION] }),
    );
    accountManager = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: [REGION] }),
    );
    board = await t.loginAs(
      await createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: [REGION] }),
    );
    otherConsultant = await t.loginAs(
      await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] }),
    );
  });

  afterAll(() => t.close());

  describe('recordBenefitExit', () => {
    it('records an exit for the municipality of the file, and the uitstroom of the year counts it', async () => {
      const before = await board.data(UITSTROOM, { regionCode: REGION, year: 2018 });
      // Enough people that no figure is suppressed: 6 full and 5 partial exits to work.
      for (let i = 0; i < 6; i++) await consultant.data(RECORD, exit(await file()));
      for (let i = 0; i < 5; i++)
        await consultant.data(RECORD, exit(await file(), { kind: 'PARTIAL' }));
      const { recordBenefitExit } = await consultant.data(
        RECORD,
        exit(await file(), { reason: 'OTHER' }),
      );

      expect(recordBenefitExit).toMatchObject({
        exitDate: '2018-05-01',
        kind: 'FULL',
        reason: 'OTHER',
        municipalityCode: 'GM0518',
        municipalityName: "'s-Gravenhage",
      });
      const after = await board.data(UITSTROOM, { regionCode: REGION, year: 2018 });
      expect(before.uitstroomResults.total.realised).toEqual({ value: null, display: '<5' });
      expect(after.uitstroomResults.total).toEqual({
        realised: { value: 11, display: '11' },
        full: { value: 6, display: '6' },
        partial: { value: 5, display: '5' },
      });
    });

    it('lists the exits of a file, newest first, for the readers of the file', async () => {
      const id = await file();
      await consultant.data(RECORD, exit(id, { exitDate: '2018-03-01', kind: 'PARTIAL' }));
      await consultant.data(RECORD, exit(id, { exitDate: '2018-09-01' }));

      const { benefitExits } = await accountManager.data(LIST, { jobSeekerId: id });
      expect(benefitExits).toEqual([
        { exitDate: '2018-09-01', kind: 'FULL', reason: 'WORK', municipalityName: "'s-Gravenhage" },
        {
          exitDate: '2018-03-01',
          kind: 'PARTIAL',
          reason: 'WORK',
          municipalityName: "'s-Gravenhage",
        },
      ]);
    });

    it('refuses a second exit of the same person on the same day, keeping the first', async () => {
      const id = await file();
      await consultant.data(RECORD, exit(id));
      expect(await consultant.errorCode(RECORD, exit(id, { kind: 'PARTIAL' }))).toBe('CONFLICT');
      const { benefitExits } = await consultant.data(LIST, { jobSeekerId: id });
      expect(benefitExits).toEqual([
        { exitDate: '2018-05-01', kind: 'FULL', reason: 'WORK', municipalityName: "'s-Gravenhage" },
      ]);
    });

    it.each([
      ['a date in the future', { exitDate: '2999-01-01' }, ['input.exitDate']],
      ['a date before the file was opened', { exitDate: '2017-12-31' }, ['input.exitDate']],
      ['a date that does not exist', { exitDate: '2018-02-30' }, ['input.exitDate']],
    ])('refuses %s with the field', async (_case, overrides, fields) => {
      const id = await file();
      expect(await fieldErrors(consultant, exit(id, overrides))).toEqual({
        code: 'BAD_USER_INPUT',
        fields,
      });
      expect((await consultant.data(LIST, { jobSeekerId: id })).benefitExits).toEqual([]);
    });

    it('links the placement that led to the exit', async () => {
      const id = await file();
      const employer = await createEmployer(t.dataSource, { regionCode: REGION });
      const placement = await createPlacement(t.dataSource, {
        jobSeekerId: id,
        employerId: employer.id,
        startDate: '2018-04-01',
      });

      const { recordBenefitExit } = await consultant.data(
        RECORD,
        exit(id, { placementId: placement.id }),
      );
      expect(recordBenefitExit.placementId).toBe(placement.id);
    });

    it("refuses another person's placement with the field", async () => {
      const id = await file();
      const employer = await createEmployer(t.dataSource, { regionCode: REGION });
      const someoneElses = await createPlacement(t.dataSource, {
        jobSeekerId: await file(),
        employerId: employer.id,
      });

      expect(await fieldErrors(consultant, exit(id, { placementId: someoneElses.id }))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.placementId'],
      });
    });

    it('accepts an exit today', async () => {
      const id = await file();
      const { recordBenefitExit } = await consultant.data(
        RECORD,
        exit(id, { exitDate: todayInNetherlands() }),
      );
      expect(recordBenefitExit.exitDate).toBe(todayInNetherlands());
    });

    it('refuses an unknown kind or reason', async () => {
      const id = await file();
      expect(await consultant.errorCode(RECORD, exit(id, { kind: 'SOMETIMES' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await consultant.errorCode(RECORD, exit(id, { reason: 'LOTTERY' }))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('is for consultants of the region of the file only', async () => {
      const id = await file();
      expect(await otherConsultant.errorCode(RECORD, exit(id))).toBe('FORBIDDEN');
      expect(await accountManager.errorCode(RECORD, exit(id))).toBe('FORBIDDEN');
      expect(await board.errorCode(RECORD, exit(id))).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(RECORD, exit(id))).toBe('UNAUTHENTICATED');
      expect((await consultant.data(LIST, { jobSeekerId: id })).benefitExits).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown file', async () => {
      expect(await consultant.errorCode(RECORD, exit('00000000-0000-4000-8000-000000000000'))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('benefitExits', () => {
    it('is refused to the board, and to staff of other regions', async () => {
      const id = await file();
      expect(await board.errorCode(LIST, { jobSeekerId: id })).toBe('FORBIDDEN');
      expect(await otherConsultant.errorCode(LIST, { jobSeekerId: id })).toBe('FORBIDDEN');
    });
  });
});
