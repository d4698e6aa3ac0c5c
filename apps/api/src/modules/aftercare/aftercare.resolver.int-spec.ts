import { addDays } from '@werkbrug/domain-rules';
import { createEmployer, createJobSeeker } from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import type { UserEntity } from '../user/user.entity.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { AftercareResolver } from './aftercare.resolver.js';

const CREATE = `mutation CreatePlacement($input: CreatePlacementInput!) {
  createPlacement(input: $input) { id aftercareCheckIns { id kind dueDate status } } }`;
const TASKS = `query AftercareTasks($mine: Boolean, $dueBefore: String, $status: AftercareStatus, $first: Int, $after: String) {
  aftercareTasks(mine: $mine, dueBefore: $dueBefore, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      checkIn { id kind dueDate status overdue daysOverdue outcome }
      placement { id candidateLabel jobSeekerName employerName accountManagerName startDate atRisk atRiskReason }
    } } }`;
const RECORD = `mutation RecordAftercareCheckIn($id: ID!, $input: RecordAftercareCheckInInput!) {
  recordAftercareCheckIn(id: $id, input: $input) { id placementId status completedOn outcome channel note completedByName overdue } }`;
const PLACEMENT = `query Placement($id: ID!) { placement(id: $id) { atRisk atRiskReason aftercareCheckIns { id status } } }`;

const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';

describe(AftercareResolver.name, () => {
  let t: TestApp;
  let amUser: UserEntity;
  let am: GraphQLClient;
  let colleague: GraphQLClient;
  let strangerAm: GraphQLClient;
  let board: GraphQLClient;
  let employerUser: GraphQLClient;
  let employerId: string;
  const today = todayInNetherlands();

  /** A running placement at the account manager's employer, started `daysAgo` days ago. */
  const placeAt = async (daysAgo: number, firstName = 'Anna') => {
    const seeker = await createJobSeeker(t.dataSource, { firstName });
    const { createPlacement } = await am.data(CREATE, {
      input: {
        jobSeekerId: seeker.id,
        employerId,
        contractType: 'PERMANENT',
        hoursPerWeek: 24,
        startDate: addDays(today, -daysAgo),
        hourlyWage: 15,
      },
    });
    return {
      seeker,
      placement: createPlacement as {
        id: string;
        aftercareCheckIns: { id: string; kind: string; dueDate: string; status: string }[];
      },
    };
  };
  const checkInRow = async (id: string) =>
    (
      await t.dataSource.query(
        'SELECT status, completed_on::text, outcome, channel, note FROM aftercare_check_in WHERE id = $1',
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    amUser = await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] });
    am = await t.loginAs(amUser);
    colleague = await t.loginAs(
      await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] }),
    );
    strangerAm = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM36'] }),
    );
    board = await t.loginAs(
      await createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM12'] }),
    );
    const employer = await createEmployer(t.dataSource, {
      regionCode: 'AM12',
      accountManagerId: amUser.id,
    });
    employerId = employer.id;
    employerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId }),
    );
  });
  afterAll(() => t.close());

  describe('aftercareTasks', () => {
    it("lists the open check-ins at the account manager's employers, earliest due first, with who and where", async () => {
      const late = await placeAt(40, 'Bram');
      const fresh = await placeAt(3, 'Cor');
      const { aftercareTasks } = await am.data(TASKS, {
        mine: true,
        dueBefore: addDays(today, 14),
        first: 100,
      });
      const rows = aftercareTasks.nodes.filter((node: { placement: { id: string } }) =>
        [late.placement.id, fresh.placement.id].includes(node.placement.id),
      );
      expect(
        rows.map((node: { checkIn: { kind: string }; placement: { id: string } }) => [
          node.placement.id,
          node.checkIn.kind,
        ]),
      ).toEqual([
        [late.placement.id, 'WEEK_2'],
        [late.placement.id, 'MONTH_1'],
        [fresh.placement.id, 'WEEK_2'],
      ]);
      expect(rows[0]).toMatchObject({
        checkIn: { status: 'OPEN', overdue: true, daysOverdue: 26, outcome: null },
        placement: {
          jobSeekerName: `Bram ${late.seeker.lastName}`,
          accountManagerName: 'Test ACCOUNT_MANAGER',
          atRisk: true,
        },
      });
      expect(rows[2]).toMatchObject({
        checkIn: { overdue: false, daysOverdue: 0 },
        placement: { atRisk: false, atRiskReason: null },
      });
      const dueDates = aftercareTasks.nodes.map(
        (node: { checkIn: { dueDate: string } }) => node.checkIn.dueDate,
      );
      expect(dueDates).toEqual([...dueDates].sort());
    });

    it('shows a colleague in the region the same tasks, but not under "mine"', async () => {
      const { placement } = await placeAt(20);
      const all = await colleague.data(TASKS, { dueBefore: today, first: 100 });
      const mine = await colleague.data(TASKS, { mine: true, first: 100 });
      expect(
        all.aftercareTasks.nodes.map((node: { placement: { id: string } }) => node.placement.id),
      ).toContain(placement.id);
      expect(mine.aftercareTasks.totalCount).toBe(0);
    });

    it('pages with a cursor', async () => {
      await placeAt(100);
      const first = await am.data(TASKS, { mine: true, first: 1 });
      expect(first.aftercareTasks.pageInfo.hasNextPage).toBe(true);
      const second = await am.data(TASKS, {
        mine: true,
        first: 1,
        after: first.aftercareTasks.pageInfo.endCursor,
      });
      expect(second.aftercareTasks.nodes[0].checkIn.id).not.toBe(
        first.aftercareTasks.nodes[0].checkIn.id,
      );
      expect(
        second.aftercareTasks.nodes[0].checkIn.dueDate >=
          first.aftercareTasks.nodes[0].checkIn.dueDate,
      ).toBe(true);
    });

    it('shows staff of another region nothing, and refuses employer users and board members', async () => {
      await placeAt(20);
      expect((await strangerAm.data(TASKS, { first: 100 })).aftercareTasks.totalCount).toBe(0);
      expect(await employerUser.errorCode(TASKS, {})).toBe('FORBIDDEN');
      expect(await board.errorCode(TASKS, {})).toBe('FORBIDDEN');
    });

    it('leaves out placements that ended before today', async () => {
      const { placement } = await placeAt(40);
      await am.data(
        `mutation { endPlacement(id: "${placement.id}", endDate: "${addDays(today, -1)}", reason: CONTRACT_ENDED) { id } }`,
      );
      const { aftercareTasks } = await am.data(TASKS, { mine: true, first: 100 });
      expect(
        aftercareTasks.nodes.map((node: { placement: { id: string } }) => node.placement.id),
      ).not.toContain(placement.id);
    });

    it('rejects a malformed date on its field', async () => {
      const result = await am.request(TASKS, { dueBefore: '31-12-2026' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'dueBefore', message: 'Vul een geldige datum in (JJJJ-MM-DD).' },
      ]);
    });
  });

  describe('recordAftercareCheckIn', () => {
    it('records the outcome, channel and note, and the check-in leaves the open tasks', async () => {
      const { placement } = await placeAt(16);
      const weekTwo = placement.aftercareCheckIns[0]!;
      const { recordAftercareCheckIn } = await am.data(RECORD, {
        id: weekTwo.id,
        input: { outcome: 'GOING_WELL', channel: 'VISIT', date: today, note: '  Gaat prima.  ' },
      });
      expect(recordAftercareCheckIn).toEqual({
        id: weekTwo.id,
        placementId: placement.id,
        status: 'DONE',
        completedOn: today,
        outcome: 'GOING_WELL',
        channel: 'VISIT',
        note: 'Gaat prima.',
        completedByName: 'Test ACCOUNT_MANAGER',
        overdue: false,
      });
      const open = await am.data(TASKS, { mine: true, first: 100 });
      expect(
        open.aftercareTasks.nodes.map((node: { checkIn: { id: string } }) => node.checkIn.id),
      ).not.toContain(weekTwo.id);
    });

    it('marks the placement at risk when the latest outcome says so', async () => {
      const { placement } = await placeAt(16);
      await colleague.data(RECORD, {
        id: placement.aftercareCheckIns[0]!.id,
        input: { outcome: 'AT_RISK', channel: 'PHONE', date: today },
      });
      expect((await am.data(PLACEMENT, { id: placement.id })).placement).toMatchObject({
        atRisk: true,
        atRiskReason: 'Bij het laatste nazorgcontact is de plaatsing in gevaar gemeld.',
      });
    });

    it('answers CONFLICT for a check-in that is already done and keeps the first outcome', async () => {
      const { placement } = await placeAt(16);
      const id = placement.aftercareCheckIns[0]!.id;
      await am.data(RECORD, {
        id,
        input: { outcome: 'ATTENTION_NEEDED', channel: 'PHONE', date: today },
      });
      expect(
        await am.errorCode(RECORD, {
          id,
          input: { outcome: 'GOING_WELL', channel: 'VISIT', date: today },
        }),
      ).toBe('CONFLICT');
      expect(await checkInRow(id)).toMatchObject({
        status: 'DONE',
        outcome: 'ATTENTION_NEEDED',
        channel: 'PHONE',
      });
    });

    it.each<[string, (start: string) => Record<string, unknown>, string]>([
      [
        'a date in the future',
        () => ({ outcome: 'GOING_WELL', channel: 'PHONE', date: addDays(today, 1) }),
        'input.date',
      ],
      [
        'a date before the start',
        (start) => ({ outcome: 'GOING_WELL', channel: 'PHONE', date: addDays(start, -1) }),
        'input.date',
      ],
      [
        'an unknown outcome',
        () => ({ outcome: 'FINE', channel: 'PHONE', date: today }),
        'input.outcome',
      ],
      [
        'a note of 2001 characters',
        () => ({ outcome: 'GOING_WELL', channel: 'PHONE', date: today, note: 'x'.repeat(2001) }),
        'input.note',
      ],
    ])('refuses %s and changes nothing', async (_case, build, field) => {
      const { placement } = await placeAt(16);
      const id = placement.aftercareCheckIns[0]!.id;
      const result = await am.request(RECORD, { id, input: build(addDays(today, -16)) });
      const code = result.errors?.[0]?.extensions?.code;
      expect(code).toBe('BAD_USER_INPUT');
      if (field !== 'input.outcome') {
        expect(
          (result.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field),
        ).toEqual([field]);
      }
      expect(await checkInRow(id)).toMatchObject({ status: 'OPEN', outcome: null });
    });

    it('refuses staff of another region, employer users and board members, and answers NOT_FOUND for an unknown id', async () => {
      const { placement } = await placeAt(16);
      const id = placement.aftercareCheckIns[0]!.id;
      const input = { outcome: 'GOING_WELL', channel: 'PHONE', date: today };
      expect(await strangerAm.errorCode(RECORD, { id, input })).toBe('FORBIDDEN');
      expect(await employerUser.errorCode(RECORD, { id, input })).toBe('FORBIDDEN');
      expect(await board.errorCode(RECORD, { id, input })).toBe('FORBIDDEN');
      expect(await am.errorCode(RECORD, { id: UNKNOWN_ID, input })).toBe('NOT_FOUND');
      expect(await checkInRow(id)).toMatchObject({ status: 'OPEN' });
    });

    it('refuses a check-in that was cancelled when the placement ended', async () => {
      const { placement } = await placeAt(16);
      await am.data(
        `mutation { endPlacement(id: "${placement.id}", endDate: "${addDays(today, -1)}", reason: RESIGNED) { id } }`,
      );
      const lastOne = placement.aftercareCheckIns[4]!;
      expect(await checkInRow(lastOne.id)).toMatchObject({ status: 'CANCELLED' });
      expect(
        await am.errorCode(RECORD, {
          id: lastOne.id,
          input: { outcome: 'GOING_WELL', channel: 'PHONE', date: today },
        }),
      ).toBe('CONFLICT');
    });
  });
});
