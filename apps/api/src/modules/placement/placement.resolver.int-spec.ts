import { addDays, addMonths } from '@werkbrug/domain-rules';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import {
  createEmployer,
  createIntroduction,
  createJobSeeker,
  createPlacement,
  createVacancy,
} from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import type { EmployerEntity, EmployerLocationEntity } from '../employer/employer.entity.js';
import { PlacementResolver } from './placement.resolver.js';
import { AlignPlacementInstrumentsWithArrangement1795404042790 } from '../../database/migrations/1795404042790-AlignPlacementInstrumentsWithArrangement.js';

const FIELDS = `id contractType hoursPerWeek startDate endDate active instruments banenafspraakJobs introductionId archivedAt
  jobSeeker { id candidateNumber candidateLabel firstName lastName }
  employer { id name sector }
  vacancy { id title kind }`;
const CREATE = `mutation CreatePlacement($input: CreatePlacementInput!) { createPlacement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation UpdatePlacement($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { ${FIELDS} } }`;
const END = `mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason = CONTRACT_ENDED, $note: String) {
  endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) { ${FIELDS} } }`;
const ARCHIVE = `mutation ArchivePlacement($id: ID!) { archivePlacement(id: $id) { ${FIELDS} } }`;
const ONE = `query Placement($id: ID!) { placement(id: $id) { ${FIELDS} } }`;
const LIST = `query Placements($regionCode: String, $employerId: ID, $jobSeekerId: ID, $active: Boolean, $startedFrom: String, $startedTo: String,
    $includeArchived: Boolean, $first: Int, $after: String) {
  placements(regionCode: $regionCode, employerId: $employerId, jobSeekerId: $jobSeekerId, active: $active, startedFrom: $startedFrom, startedTo: $startedTo,
      includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } } }`;

const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';
const FAR_FUTURE = '2999-12-31';

type Employer = EmployerEntity & { location: EmployerLocationEntity };

describe(PlacementResolver.name, () => {
  let t: TestApp;
  let am: GraphQLClient;
  let consultant: GraphQLClient;
  let strangerAm: GraphQLClient;
  let board: GraphQLClient;
  let employer: Employer;
  let employerUser: GraphQLClient;
  let otherEmployerUser: GraphQLClient;

  const countPlacements = async (jobSeekerId: string) =>
    Number(
      (
        await t.dataSource.query('SELECT count(*) FROM placement WHERE job_seeker_id = $1', [
          jobSeekerId,
        ])
      )[0].count,
    );
  const introductionState = async (id: string) => ({
    status: (await t.dataSource.query('SELECT status FROM introduction WHERE id = $1', [id]))[0]
      .status as string,
    history: Number(
      (
        await t.dataSource.query(
          'SELECT count(*) FROM introduction_status_change WHERE introduction_id = $1',
          [id],
        )
      )[0].count,
    ),
  });
  const placementRow = async (id: string) =>
    (
      await t.dataSource.query(
        'SELECT hours_per_week, end_date::text, archived_at FROM placement WHERE id = $1',
        [id],
      )
    )[0];

  const input = (jobSeekerId: string, patch: Record<string, unknown> = {}) => ({
    jobSeekerId,
    employerId: employer.id,
    contractType: 'FIXED_TERM',
    hoursPerWeek: 25.5,
    startDate: '2025-03-01',
    instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'],
    hourlyWage: 14.5,
    loonwaardePercentage: 60,
    jobcoachHours: 4,
    jobcoachHoursUnit: 'WEEK',
    ...patch,
  });

  beforeAll(async () => {
    t = await createTestApp();
    am = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] }),
    );
    consultant = await t.loginAs(
      await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] }),
    );
    strangerAm = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM36'] }),
    );
    board = await t.loginAs(
      await createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM12'] }),
    );
    employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    employerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
    );
    const otherEmployer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    otherEmployerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: otherEmployer.id }),
    );
  });
  afterAll(() => t.close());

  describe('createPlacement', () => {
    it('records a placement, named for staff, counting hours / 25.5 for the doelgroepregister', async () => {
      const seeker = await createJobSeeker(t.dataSource, {
        firstName: 'Jan',
        doelgroepregister: true,
      });
      const vacancy = await createVacancy(t.dataSource, {
        employerId: employer.id,
        locationId: employer.location.id,
        kind: 'GARANTIEBAAN',
      });
      const { createPlacement } = await am.data(CREATE, {
        input: input(seeker.id, { vacancyId: vacancy.id, hoursPerWeek: 25.5 }),
      });
      expect(createPlacement).toMatchObject({
        jobSeeker: {
          id: seeker.id,
          candidateNumber: seeker.candidateNumber,
          candidateLabel: `Kandidaat ${seeker.candidateNumber}`,
          firstName: 'Jan',
          lastName: seeker.lastName,
        },
        employer: { id: employer.id, name: employer.name, sector: 'MARKT' },
        vacancy: { id: vacancy.id, kind: 'GARANTIEBAAN' },
        introductionId: null,
        contractType: 'FIXED_TERM',
        hoursPerWeek: 25.5,
        startDate: '2025-03-01',
        endDate: null,
        active: true,
        instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'],
        banenafspraakJobs: 1,
        archivedAt: null,
      });
    });

    it('counts no banenafspraak jobs outside the doelgroepregister', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const { createPlacement } = await consultant.data(CREATE, {
        input: input(seeker.id, { hoursPerWeek: 32 }),
      });
      expect(createPlacement.banenafspraakJobs).toBe(0);
    });

    it.each(['INTERVIEW', 'TRIAL_PLACEMENT'] as const)(
      'moves an introduction at %s to PLACED in the same step',
      async (status) => {
        const seeker = await createJobSeeker(t.dataSource);
        const vacancy = await createVacancy(t.dataSource, {
          employerId: employer.id,
          locationId: employer.location.id,
        });
        const introduction = await createIntroduction(t.dataSource, {
          vacancyId: vacancy.id,
          jobSeekerId: seeker.id,
          status,
        });
        const before = await introductionState(introduction.id);
        const { createPlacement } = await am.data(CREATE, {
          input: input(seeker.id, { introductionId: introduction.id }),
        });
        expect(createPlacement).toMatchObject({
          introductionId: introduction.id,
          vacancy: { id: vacancy.id },
        });
        expect(await introductionState(introduction.id)).toEqual({
          status: 'PLACED',
          history: before.history + 1,
        });
      },
    );

    it('leaves an introduction that is already PLACED as it is', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const vacancy = await createVacancy(t.dataSource, {
        employerId: employer.id,
        locationId: employer.location.id,
      });
      const introduction = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'PLACED',
      });
      const before = await introductionState(introduction.id);
      await am.data(CREATE, {
        input: input(seeker.id, { introductionId: introduction.id, vacancyId: vacancy.id }),
      });
      expect(await introductionState(introduction.id)).toEqual(before);
    });

    it.each(['INTRODUCED', 'WITHDRAWN'] as const)(
      'answers CONFLICT for an introduction at %s and writes nothing',
      async (status) => {
        const seeker = await createJobSeeker(t.dataSource);
        const vacancy = await createVacancy(t.dataSource, {
          employerId: employer.id,
          locationId: employer.location.id,
        });
        const introduction = await createIntroduction(t.dataSource, {
          vacancyId: vacancy.id,
          jobSeekerId: seeker.id,
          status,
        });
        const before = await introductionState(introduction.id);
        expect(
          await am.errorCode(CREATE, {
            input: input(seeker.id, { introductionId: introduction.id }),
          }),
        ).toBe('CONFLICT');
        expect(await countPlacements(seeker.id)).toBe(0);
        expect(await introductionState(introduction.id)).toEqual(before);
      },
    );

    it.each([
      ['no hours', { hoursPerWeek: 0 }, 'input.hoursPerWeek'],
      ['more than 40 hours', { hoursPerWeek: 40.5 }, 'input.hoursPerWeek'],
      ['quarter hours', { hoursPerWeek: 20.25 }, 'input.hoursPerWeek'],
      ['a start date that does not exist', { startDate: '2025-02-30' }, 'input.startDate'],
      ['a malformed end date', { endDate: '1-4-2025' }, 'input.endDate'],
      ['an end before the start', { endDate: '2025-02-28' }, 'input.endDate'],
      ['an instrument twice', { instruments: ['JOBCOACH', 'JOBCOACH'] }, 'input.instruments'],
      ['a malformed vacancy id', { vacancyId: 'abc' }, 'input.vacancyId'],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const seeker = await createJobSeeker(t.dataSource);
        const result = await am.request(CREATE, { input: input(seeker.id, patch) });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(await countPlacements(seeker.id)).toBe(0);
      },
    );

    it('rejects a vacancy of another employer and an introduction of another job-seeker on their fields', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const otherVacancy = await createVacancy(t.dataSource);
      const vacancy = await createVacancy(t.dataSource, {
        employerId: employer.id,
        locationId: employer.location.id,
      });
      const someoneElse = await createJobSeeker(t.dataSource);
      const introduction = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: someoneElse.id,
        status: 'INTERVIEW',
      });
      const fields = async (patch: Record<string, unknown>) =>
        (
          await am.request(CREATE, { input: input(seeker.id, patch) })
        ).errors?.[0]?.extensions?.fields?.map((f) => f.field);
      expect(await fields({ vacancyId: otherVacancy.id })).toEqual(['input.vacancyId']);
      expect(await fields({ introductionId: introduction.id })).toEqual(['input.introductionId']);
      expect(await countPlacements(seeker.id)).toBe(0);
      expect((await introductionState(introduction.id)).status).toBe('INTERVIEW');
    });

    it('answers NOT_FOUND for an unknown job-seeker, employer, vacancy or introduction', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      expect(await am.errorCode(CREATE, { input: input(UNKNOWN_ID) })).toBe('NOT_FOUND');
      expect(
        await am.errorCode(CREATE, { input: input(seeker.id, { employerId: UNKNOWN_ID }) }),
      ).toBe('NOT_FOUND');
      expect(
        await am.errorCode(CREATE, { input: input(seeker.id, { vacancyId: UNKNOWN_ID }) }),
      ).toBe('NOT_FOUND');
      expect(
        await am.errorCode(CREATE, { input: input(seeker.id, { introductionId: UNKNOWN_ID }) }),
      ).toBe('NOT_FOUND');
      expect(await countPlacements(seeker.id)).toBe(0);
    });

    it('answers CONFLICT for a second placement at the same employer in the same period, and allows one elsewhere or later', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const elsewhere = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      await am.data(CREATE, {
        input: input(seeker.id, { startDate: '2025-01-01', endDate: '2025-06-30' }),
      });
      expect(
        await am.errorCode(CREATE, { input: input(seeker.id, { startDate: '2025-06-30' }) }),
      ).toBe('CONFLICT');
      expect(
        await am.errorCode(CREATE, {
          input: input(seeker.id, { startDate: '2024-01-01', endDate: '2025-01-01' }),
        }),
      ).toBe('CONFLICT');
      await am.data(CREATE, {
        input: input(seeker.id, { employerId: elsewhere.id, startDate: '2025-02-01' }),
      });
      await am.data(CREATE, { input: input(seeker.id, { startDate: '2025-07-01' }) });
      expect(await countPlacements(seeker.id)).toBe(3);
    });

    it('answers CONFLICT for an archived job-seeker or employer', async () => {
      const archivedSeeker = await createJobSeeker(t.dataSource, { archivedAt: new Date() });
      const seeker = await createJobSeeker(t.dataSource);
      const archivedEmployer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      await t.dataSource.query('UPDATE employer SET archived_at = now() WHERE id = $1', [
        archivedEmployer.id,
      ]);
      expect(await am.errorCode(CREATE, { input: input(archivedSeeker.id) })).toBe('CONFLICT');
      expect(
        await am.errorCode(CREATE, {
          input: input(seeker.id, { employerId: archivedEmployer.id }),
        }),
      ).toBe('CONFLICT');
      expect(await countPlacements(seeker.id)).toBe(0);
    });

    it('refuses staff of another region, employer users and board members', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      expect(await strangerAm.errorCode(CREATE, { input: input(seeker.id) })).toBe('FORBIDDEN');
      expect(await employerUser.errorCode(CREATE, { input: input(seeker.id) })).toBe('FORBIDDEN');
      expect(await board.errorCode(CREATE, { input: input(seeker.id) })).toBe('FORBIDDEN');
      expect(await countPlacements(seeker.id)).toBe(0);
    });
  });

  describe('placements and placement', () => {
    let listEmployer: Employer;
    let running: string;
    let ended: string;
    let archived: string;
    let runningSeeker: string;

    beforeAll(async () => {
      listEmployer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      const seekers = await Promise.all([1, 2, 3].map(() => createJobSeeker(t.dataSource)));
      runningSeeker = seekers[0]!.id;
      running = (
        await createPlacement(t.dataSource, {
          jobSeekerId: seekers[0]!.id,
          employerId: listEmployer.id,
          startDate: '2024-05-01',
        })
      ).id;
      ended = (
        await createPlacement(t.dataSource, {
          jobSeekerId: seekers[1]!.id,
          employerId: listEmployer.id,
          startDate: '2023-01-01',
          endDate: '2023-12-31',
        })
      ).id;
      archived = (
        await createPlacement(t.dataSource, {
          jobSeekerId: seekers[2]!.id,
          employerId: listEmployer.id,
          startDate: '2024-01-01',
          archivedAt: new Date(),
        })
      ).id;
    });

    it("lists an employer's placements by start date, paged, without archived ones unless asked", async () => {
      const page1 = (await am.data(LIST, { employerId: listEmployer.id, first: 1 })).placements;
      expect(page1).toMatchObject({
        totalCount: 2,
        nodes: [{ id: ended }],
        pageInfo: { hasNextPage: true },
      });
      const page2 = (
        await am.data(LIST, {
          employerId: listEmployer.id,
          first: 1,
          after: page1.pageInfo.endCursor,
        })
      ).placements;
      expect(page2).toMatchObject({ nodes: [{ id: running }], pageInfo: { hasNextPage: false } });
      expect(
        ids(
          (await am.data(LIST, { employerId: listEmployer.id, includeArchived: true })).placements,
        ),
      ).toEqual([ended, archived, running]);
    });

    it.each([
      ['running', { active: true }, () => [running]],
      ['ended', { active: false }, () => [ended]],
      ['started from 2024', { startedFrom: '2024-01-01' }, () => [running]],
      ['started up to 2023', { startedTo: '2023-12-31' }, () => [ended]],
      ['in another region', { regionCode: 'AM01' }, () => []],
    ])('filters the %s placements', async (_case, filters, expected) => {
      expect(
        ids((await consultant.data(LIST, { employerId: listEmployer.id, ...filters })).placements),
      ).toEqual(expected());
    });

    it('rejects malformed filters on their field', async () => {
      const result = await am.request(LIST, { startedFrom: '2024-13-01' });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'startedFrom', message: expect.any(String) },
      ]);
      const badId = await am.request(LIST, { jobSeekerId: 'not-an-id' });
      expect(badId.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'jobSeekerId', message: expect.any(String) },
      ]);
    });

    it("lists one job-seeker's placements, at any employer, and none for staff of another region", async () => {
      const elsewhere = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      const second = (
        await createPlacement(t.dataSource, {
          jobSeekerId: runningSeeker,
          employerId: elsewhere.id,
          startDate: '2024-09-01',
        })
      ).id;
      expect(ids((await consultant.data(LIST, { jobSeekerId: runningSeeker })).placements)).toEqual(
        [running, second],
      );
      expect(
        (await strangerAm.data(LIST, { jobSeekerId: runningSeeker })).placements.totalCount,
      ).toBe(0);
    });

    it('shows staff of another region nothing, and refuses board members', async () => {
      expect(
        (await strangerAm.data(LIST, { employerId: listEmployer.id })).placements.totalCount,
      ).toBe(0);
      expect(await strangerAm.errorCode(ONE, { id: running })).toBe('FORBIDDEN');
      expect(await board.errorCode(LIST, {})).toBe('FORBIDDEN');
      expect(await board.errorCode(ONE, { id: running })).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      expect(await am.errorCode(ONE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
    });

    it('shows an employer user its own placements, anonymous when they did not come from an introduction', async () => {
      const ownEmployer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      const client = await t.loginAs(
        await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: ownEmployer.id }),
      );
      const seeker = await createJobSeeker(t.dataSource, {
        firstName: 'Zeldzaamvoornaam',
        email: 'z.inwoner@example.org',
      });
      const own = await createPlacement(t.dataSource, {
        jobSeekerId: seeker.id,
        employerId: ownEmployer.id,
      });
      await createPlacement(t.dataSource, { jobSeekerId: seeker.id, employerId: listEmployer.id });
      const result = await client.request(LIST, {});
      expect(ids(result.data!.placements as { nodes: { id: string }[] })).toEqual([own.id]);
      expect(await client.data(ONE, { id: own.id })).toMatchObject({
        placement: {
          jobSeeker: {
            id: null,
            candidateLabel: `Kandidaat ${seeker.candidateNumber}`,
            firstName: null,
            lastName: null,
          },
        },
      });
      const body = JSON.stringify(result);
      for (const secret of [
        'Zeldzaamvoornaam',
        seeker.lastName,
        'z.inwoner@example.org',
        seeker.id,
      ])
        expect(body).not.toContain(secret);
      expect(await otherEmployerUser.errorCode(ONE, { id: own.id })).toBe('FORBIDDEN');
    });
  });

  describe('placements of an employer from an introduction', () => {
    it('names the person to the employer when the placement came from an introduction made to it', async () => {
      const seeker = await createJobSeeker(t.dataSource, {
        firstName: 'Fatima',
        email: 'fatima.inwoner@example.org',
      });
      const vacancy = await createVacancy(t.dataSource, {
        employerId: employer.id,
        locationId: employer.location.id,
      });
      const introduction = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'TRIAL_PLACEMENT',
      });
      const { createPlacement } = await am.data(CREATE, {
        input: input(seeker.id, { introductionId: introduction.id, startDate: '2030-01-01' }),
      });
      const result = await employerUser.request(ONE, { id: createPlacement.id });
      expect(result.data?.placement).toMatchObject({
        jobSeeker: { id: null, firstName: 'Fatima', lastName: seeker.lastName },
      });
      expect(JSON.stringify(result)).not.toContain('fatima.inwoner@example.org');
    });
  });

  describe('updatePlacement, endPlacement and archivePlacement', () => {
    const placementFor = async (patch: Record<string, unknown> = {}) => {
      const seeker = await createJobSeeker(t.dataSource);
      return createPlacement(t.dataSource, {
        jobSeekerId: seeker.id,
        employerId: employer.id,
        startDate: '2025-01-01',
        ...patch,
      });
    };

    it('changes the terms and keeps the rest', async () => {
      const placement = await placementFor({ instruments: ['JOBCOACH'] });
      const { updatePlacement } = await am.data(UPDATE, {
        id: placement.id,
        input: { hoursPerWeek: 30, instruments: ['NO_RISK_POLIS'], contractType: 'PERMANENT' },
      });
      expect(updatePlacement).toMatchObject({
        hoursPerWeek: 30,
        instruments: ['NO_RISK_POLIS'],
        contractType: 'PERMANENT',
        startDate: '2025-01-01',
        endDate: null,
      });
    });

    it.each([
      ['an end before the start', { endDate: '2024-12-31' }, 'input.endDate'],
      ['a start after the end', { startDate: '2026-01-01' }, 'input.startDate'],
      ['cleared hours', { hoursPerWeek: null }, 'input.hoursPerWeek'],
      ['41 hours', { hoursPerWeek: 41 }, 'input.hoursPerWeek'],
    ])('rejects %s on its field and changes nothing', async (_case, patch, field) => {
      const placement = await placementFor({ endDate: '2025-12-31' });
      const result = await am.request(UPDATE, { id: placement.id, input: patch });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await placementRow(placement.id)).toMatchObject({
        hours_per_week: '25.5',
        end_date: '2025-12-31',
      });
    });

    it('answers CONFLICT when the new period overlaps another placement at the employer', async () => {
      const first = await placementFor({ endDate: '2025-06-30' });
      await createPlacement(t.dataSource, {
        jobSeekerId: first.jobSeekerId,
        employerId: employer.id,
        startDate: '2025-07-01',
      });
      expect(await am.errorCode(UPDATE, { id: first.id, input: { endDate: null } })).toBe(
        'CONFLICT',
      );
      expect((await placementRow(first.id)).end_date).toBe('2025-06-30');
    });

    it('ends a placement, which then no longer runs', async () => {
      const placement = await placementFor();
      const { endPlacement } = await consultant.data(END, {
        id: placement.id,
        endDate: '2025-06-30',
      });
      expect(endPlacement).toMatchObject({ endDate: '2025-06-30', active: false });
      const future = await placementFor();
      expect((await am.data(END, { id: future.id, endDate: FAR_FUTURE })).endPlacement.active).toBe(
        true,
      );
    });

    it('answers CONFLICT when a later end date runs into the next placement at the employer', async () => {
      const first = await placementFor({ endDate: '2025-06-30' });
      await createPlacement(t.dataSource, {
        jobSeekerId: first.jobSeekerId,
        employerId: employer.id,
        startDate: '2025-07-01',
      });
      expect(await am.errorCode(END, { id: first.id, endDate: '2025-07-31' })).toBe('CONFLICT');
      expect((await placementRow(first.id)).end_date).toBe('2025-06-30');
    });

    it('refuses an end before the start on the endDate field', async () => {
      const placement = await placementFor();
      const result = await am.request(END, { id: placement.id, endDate: '2024-12-31' });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'endDate', message: 'De einddatum mag niet voor de begindatum liggen.' },
      ]);
      expect((await placementRow(placement.id)).end_date).toBeNull();
    });

    it('archives a placement, hiding it from lists, and refuses later changes', async () => {
      const placement = await placementFor();
      const { archivePlacement } = await am.data(ARCHIVE, { id: placement.id });
      expect(archivePlacement.archivedAt).not.toBeNull();
      expect(
        ids((await am.data(LIST, { employerId: employer.id, first: 100 })).placements),
      ).not.toContain(placement.id);
      expect(await am.errorCode(UPDATE, { id: placement.id, input: { hoursPerWeek: 20 } })).toBe(
        'CONFLICT',
      );
      expect(await am.errorCode(END, { id: placement.id, endDate: '2025-06-30' })).toBe('CONFLICT');
      expect((await placementRow(placement.id)).end_date).toBeNull();
    });

    it('refuses staff of another region, employer users and board members, and answers NOT_FOUND for an unknown id', async () => {
      const placement = await placementFor();
      for (const client of [strangerAm, employerUser, board]) {
        expect(
          await client.errorCode(UPDATE, { id: placement.id, input: { hoursPerWeek: 20 } }),
        ).toBe('FORBIDDEN');
        expect(await client.errorCode(END, { id: placement.id, endDate: '2025-06-30' })).toBe(
          'FORBIDDEN',
        );
        expect(await client.errorCode(ARCHIVE, { id: placement.id })).toBe('FORBIDDEN');
      }
      expect(await placementRow(placement.id)).toMatchObject({
        hours_per_week: '25.5',
        end_date: null,
        archived_at: null,
      });
      expect(await am.errorCode(ARCHIVE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
    });
  });

  describe('terms, limits and the aftercare schedule', () => {
    const TERMS = `id arrangement arrangementExtended limitDate warning hourlyWage loonwaardePercentage jobcoachHours jobcoachHoursUnit
      endDate endReason endNote atRisk atRiskReason
      aftercareMoments { kind dueDate status completedOn }
      aftercareCheckIns { kind dueDate status outcome note }`;
    const CREATE_TERMS = `mutation CreatePlacement($input: CreatePlacementInput!) { createPlacement(input: $input) { ${TERMS} } }`;
    const UPDATE_TERMS = `mutation UpdatePlacement($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { ${TERMS} } }`;
    const END_TERMS = `mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {
      endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) { ${TERMS} } }`;
    const ONE_TERMS = `query Placement($id: ID!) { placement(id: $id) { ${TERMS} } }`;
    const checkInCount = async (placementId: string) =>
      Number(
        (
          await t.dataSource.query(
            'SELECT count(*) FROM aftercare_check_in WHERE placement_id = $1',
            [placementId],
          )
        )[0].count,
      );
    const fieldsOf = async (
      client: GraphQLClient,
      query: string,
      variables: Record<string, unknown>,
    ) => {
      const result = await client.request(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return (result.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    };

    it('stores the wage and instruments and schedules the five aftercare moments from the start date', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const { createPlacement } = await am.data(CREATE_TERMS, {
        input: input(seeker.id, { startDate: '2025-01-31' }),
      });
      expect(createPlacement).toMatchObject({
        arrangement: 'REGULAR',
        limitDate: null,
        warning: null,
        hourlyWage: 14.5,
        loonwaardePercentage: 60,
        jobcoachHours: 4,
        jobcoachHoursUnit: 'WEEK',
        endReason: null,
      });
      expect(
        createPlacement.aftercareCheckIns.map(
          (c: { kind: string; dueDate: string; status: string }) => [c.kind, c.dueDate, c.status],
        ),
      ).toEqual([
        ['WEEK_2', '2025-02-14', 'OPEN'],
        ['MONTH_1', '2025-02-28', 'OPEN'],
        ['MONTH_3', '2025-04-30', 'OPEN'],
        ['MONTH_6', '2025-07-31', 'OPEN'],
        ['MONTH_12', '2026-01-31', 'OPEN'],
      ]);
      expect(createPlacement.atRisk).toBe(true);
      expect(createPlacement.atRiskReason).toBe('Een nazorgcontact is meer dan 14 dagen te laat.');
    });

    it('cancels the moments after a planned end date from the start', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const { createPlacement } = await am.data(CREATE_TERMS, {
        input: input(seeker.id, { startDate: '2025-01-01', endDate: '2025-03-31' }),
      });
      expect(createPlacement.aftercareMoments.map((m: { status: string }) => m.status)).toEqual([
        'OPEN',
        'OPEN',
        'CANCELLED',
        'CANCELLED',
        'CANCELLED',
      ]);
    });

    it('shows the limit of a trial placement and warns when it is near', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const today = todayInNetherlands();
      const startDate = addDays(addMonths(today, -2), 10);
      const { createPlacement } = await am.data(CREATE_TERMS, {
        input: input(seeker.id, {
          startDate,
          arrangement: 'TRIAL_PLACEMENT',
          contractType: 'TRIAL_PLACEMENT',
          hourlyWage: null,
          instruments: ['PROEFPLAATSING'],
          loonwaardePercentage: null,
          jobcoachHours: null,
          jobcoachHoursUnit: null,
        }),
      });
      expect(createPlacement.limitDate).toBe(addDays(addMonths(startDate, 2), -1));
      expect(createPlacement.warning).toMatch(/^De proefplaatsing eindigt uiterlijk op /);
    });

    describe('instruments derived from the arrangement', () => {
      const WITH_INSTRUMENTS = `id arrangement instruments`;
      const CREATE_ARRANGEMENT = `mutation CreatePlacement($input: CreatePlacementInput!) { createPlacement(input: $input) { ${WITH_INSTRUMENTS} } }`;
      const UPDATE_ARRANGEMENT = `mutation UpdatePlacement($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { ${WITH_INSTRUMENTS} } }`;
      const trial = {
        arrangement: 'TRIAL_PLACEMENT',
        contractType: 'TRIAL_PLACEMENT',
        hourlyWage: null,
        endDate: null,
      };
      const behoud = {
        arrangement: 'BEHOUD_VAN_UITKERING',
        contractType: 'UNPAID',
        hourlyWage: null,
        endDate: null,
      };
      const storedInstruments = async (id: string) =>
        (
          await t.dataSource.query(
            'SELECT instruments::text[] AS instruments FROM placement WHERE id = $1',
            [id],
          )
        )[0].instruments as string[];

      it.each<[string, Record<string, unknown>, string[]]>([
        [
          'a trial placement without its instrument listed',
          trial,
          ['LOONKOSTENSUBSIDIE', 'JOBCOACH', 'PROEFPLAATSING'],
        ],
        [
          'a trial placement that lists it',
          { ...trial, instruments: ['PROEFPLAATSING', 'JOBCOACH', 'LOONKOSTENSUBSIDIE'] },
          ['LOONKOSTENSUBSIDIE', 'JOBCOACH', 'PROEFPLAATSING'],
        ],
        [
          'werken met behoud van uitkering',
          behoud,
          ['LOONKOSTENSUBSIDIE', 'JOBCOACH', 'BEHOUD_VAN_UITKERING'],
        ],
        ['a regular job', {}, ['LOONKOSTENSUBSIDIE', 'JOBCOACH']],
      ])('stores %s with the instrument its arrangement is', async (_case, patch, expected) => {
        const seeker = await createJobSeeker(t.dataSource);
        const { createPlacement } = await am.data(CREATE_ARRANGEMENT, {
          input: input(seeker.id, patch),
        });
        expect(createPlacement.instruments).toEqual(expected);
        expect(await storedInstruments(createPlacement.id)).toEqual(expected);
      });

      it.each<[string, Record<string, unknown>]>([
        [
          'a regular job listing proefplaatsing',
          {
            instruments: ['PROEFPLAATSING'],
            loonwaardePercentage: null,
            jobcoachHours: null,
            jobcoachHoursUnit: null,
          },
        ],
        [
          'a regular job listing behoud van uitkering',
          { instruments: ['BEHOUD_VAN_UITKERING', 'LOONKOSTENSUBSIDIE', 'JOBCOACH'] },
        ],
        [
          'a trial placement listing behoud van uitkering',
          {
            ...trial,
            instruments: ['BEHOUD_VAN_UITKERING'],
            loonwaardePercentage: null,
            jobcoachHours: null,
            jobcoachHoursUnit: null,
          },
        ],
      ])('refuses %s on input.instruments and writes nothing', async (_case, patch) => {
        const seeker = await createJobSeeker(t.dataSource);
        expect(await fieldsOf(am, CREATE_ARRANGEMENT, { input: input(seeker.id, patch) })).toEqual([
          'input.instruments',
        ]);
        expect(await countPlacements(seeker.id)).toBe(0);
      });

      it('derives the instrument again when the arrangement changes and keeps the chosen ones', async () => {
        const seeker = await createJobSeeker(t.dataSource);
        const { createPlacement } = await am.data(CREATE_ARRANGEMENT, {
          input: input(seeker.id, trial),
        });
        const { updatePlacement } = await am.data(UPDATE_ARRANGEMENT, {
          id: createPlacement.id,
          input: { arrangement: 'REGULAR', contractType: 'FIXED_TERM', hourlyWage: 15 },
        });
        expect(updatePlacement).toMatchObject({
          arrangement: 'REGULAR',
          instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'],
        });
        const { updatePlacement: again } = await am.data(UPDATE_ARRANGEMENT, {
          id: createPlacement.id,
          input: { ...behoud, instruments: ['JOBCOACH'], loonwaardePercentage: null },
        });
        expect(again.instruments).toEqual(['JOBCOACH', 'BEHOUD_VAN_UITKERING']);
        expect(await storedInstruments(createPlacement.id)).toEqual([
          'JOBCOACH',
          'BEHOUD_VAN_UITKERING',
        ]);
      });

      it('aligns placements recorded before with their arrangement (migration)', async () => {
        const cases = [
          ['TRIAL_PLACEMENT', ['JOBCOACH'], ['JOBCOACH', 'PROEFPLAATSING']],
          [
            'REGULAR',
            ['PROEFPLAATSING', 'NO_RISK_POLIS', 'BEHOUD_VAN_UITKERING'],
            ['NO_RISK_POLIS'],
          ],
          ['BEHOUD_VAN_UITKERING', ['PROEFPLAATSING'], ['BEHOUD_VAN_UITKERING']],
          [
            'TRIAL_PLACEMENT',
            ['LOONKOSTENSUBSIDIE', 'PROEFPLAATSING'],
            ['LOONKOSTENSUBSIDIE', 'PROEFPLAATSING'],
          ],
        ] as const;
        const ids: string[] = [];
        for (const [arrangement, instruments] of cases) {
          const seeker = await createJobSeeker(t.dataSource);
          const { id } = await createPlacement(t.dataSource, {
            jobSeekerId: seeker.id,
            employerId: employer.id,
            instruments: [...instruments],
          });
          await t.dataSource.query('UPDATE placement SET arrangement = $2 WHERE id = $1', [
            id,
            arrangement,
          ]);
          ids.push(id);
        }
        const runner = t.dataSource.createQueryRunner();
        try {
          await new AlignPlacementInstrumentsWithArrangement1795404042790().up(runner);
        } finally {
          await runner.release();
        }
        for (const [index, [, , expected]] of cases.entries())
          expect(await storedInstruments(ids[index]!)).toEqual(expected);
      });

      it('refuses an update listing an instrument that does not fit the arrangement, and changes nothing', async () => {
        const seeker = await createJobSeeker(t.dataSource);
        const { createPlacement } = await am.data(CREATE_ARRANGEMENT, { input: input(seeker.id) });
        expect(
          await fieldsOf(am, UPDATE_ARRANGEMENT, {
            id: createPlacement.id,
            input: { instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH', 'PROEFPLAATSING'] },
          }),
        ).toEqual(['input.instruments']);
        expect(await storedInstruments(createPlacement.id)).toEqual([
          'LOONKOSTENSUBSIDIE',
          'JOBCOACH',
        ]);
      });
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      [
        'loonkostensubsidie without loonwaarde',
        { loonwaardePercentage: null },
        ['input.loonwaardePercentage'],
      ],
      ['a paid job without wage', { hourlyWage: null }, ['input.hourlyWage']],
      [
        'a jobcoach without hours',
        { jobcoachHours: null, jobcoachHoursUnit: null },
        ['input.jobcoachHours'],
      ],
      [
        'a trial placement on a permanent contract',
        { arrangement: 'TRIAL_PLACEMENT', contractType: 'PERMANENT' },
        ['input.contractType', 'input.hourlyWage'],
      ],
      [
        'a trial placement of more than 2 months',
        {
          arrangement: 'TRIAL_PLACEMENT',
          contractType: 'TRIAL_PLACEMENT',
          hourlyWage: null,
          endDate: '2025-05-01',
        },
        ['input.endDate'],
      ],
      [
        'an extension of a regular job',
        { arrangementExtended: true },
        ['input.arrangementExtended'],
      ],
      ['a loonwaarde of 101 %', { loonwaardePercentage: 101 }, ['input.loonwaardePercentage']],
    ])('refuses %s on its field and writes nothing', async (_case, patch, fields) => {
      const seeker = await createJobSeeker(t.dataSource);
      expect(await fieldsOf(am, CREATE_TERMS, { input: input(seeker.id, patch) })).toEqual(fields);
      expect(await countPlacements(seeker.id)).toBe(0);
    });

    it('ends a placement with its reason and cancels the moments after the last working day', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const { createPlacement } = await am.data(CREATE_TERMS, {
        input: input(seeker.id, { startDate: '2025-01-01' }),
      });
      const { endPlacement } = await am.data(END_TERMS, {
        id: createPlacement.id,
        endDate: '2025-03-15',
        reason: 'NOT_SUITABLE',
      });
      expect(endPlacement).toMatchObject({
        endDate: '2025-03-15',
        endReason: 'NOT_SUITABLE',
        endNote: null,
        atRisk: false,
      });
      expect(endPlacement.aftercareMoments.map((m: { status: string }) => m.status)).toEqual([
        'OPEN',
        'OPEN',
        'CANCELLED',
        'CANCELLED',
        'CANCELLED',
      ]);
    });

    it('asks for a note with reason OTHER and changes nothing without one', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const { createPlacement } = await am.data(CREATE_TERMS, { input: input(seeker.id) });
      expect(
        await fieldsOf(am, END_TERMS, {
          id: createPlacement.id,
          endDate: '2025-06-30',
          reason: 'OTHER',
          note: '  ',
        }),
      ).toEqual(['note']);
      expect((await placementRow(createPlacement.id)).end_date).toBeNull();
      const { endPlacement } = await am.data(END_TERMS, {
        id: createPlacement.id,
        endDate: '2025-06-30',
        reason: 'OTHER',
        note: 'Verhuisd',
      });
      expect(endPlacement).toMatchObject({ endReason: 'OTHER', endNote: 'Verhuisd' });
    });

    it('moves the open moments with a new start date and reopens them when the end date is cleared', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const { createPlacement } = await am.data(CREATE_TERMS, {
        input: input(seeker.id, { startDate: '2025-01-01' }),
      });
      await am.data(END_TERMS, {
        id: createPlacement.id,
        endDate: '2025-02-10',
        reason: 'RESIGNED',
      });
      const { updatePlacement } = await am.data(UPDATE_TERMS, {
        id: createPlacement.id,
        input: { startDate: '2025-01-15', endDate: null },
      });
      expect(updatePlacement).toMatchObject({ endDate: null, endReason: null });
      expect(
        updatePlacement.aftercareMoments.map((m: { dueDate: string; status: string }) => [
          m.dueDate,
          m.status,
        ]),
      ).toEqual([
        ['2025-01-29', 'OPEN'],
        ['2025-02-15', 'OPEN'],
        ['2025-04-15', 'OPEN'],
        ['2025-07-15', 'OPEN'],
        ['2026-01-15', 'OPEN'],
      ]);
      expect(await checkInCount(createPlacement.id)).toBe(5);
    });

    it('lets a placement recorded before these rules change its hours without a wage, but not take on a new violation', async () => {
      const placement = await createPlacement(t.dataSource, {
        jobSeekerId: (await createJobSeeker(t.dataSource)).id,
        employerId: employer.id,
      });
      expect(
        (await am.data(UPDATE_TERMS, { id: placement.id, input: { hoursPerWeek: 20 } }))
          .updatePlacement.hourlyWage,
      ).toBeNull();
      expect(
        await fieldsOf(am, UPDATE_TERMS, {
          id: placement.id,
          input: { instruments: ['LOONKOSTENSUBSIDIE'] },
        }),
      ).toEqual(['input.loonwaardePercentage']);
      expect(
        await fieldsOf(am, UPDATE_TERMS, { id: placement.id, input: { hourlyWage: -1 } }),
      ).toEqual(['input.hourlyWage']);
    });

    it('shows an employer user the moments, but no outcomes, notes, risk or end reason', async () => {
      const seeker = await createJobSeeker(t.dataSource);
      const { createPlacement } = await am.data(CREATE_TERMS, {
        input: input(seeker.id, { startDate: '2025-01-01' }),
      });
      await am.data(END_TERMS, {
        id: createPlacement.id,
        endDate: '2025-03-15',
        reason: 'HEALTH',
        note: 'Rugklachten',
      });
      const { placement } = await employerUser.data(ONE_TERMS, { id: createPlacement.id });
      expect(placement).toMatchObject({
        endDate: '2025-03-15',
        endReason: null,
        endNote: null,
        atRisk: null,
        atRiskReason: null,
        aftercareCheckIns: null,
      });
      expect(placement.aftercareMoments).toHaveLength(5);
      expect(Object.keys(placement.aftercareMoments[0]).sort()).toEqual([
        'completedOn',
        'dueDate',
        'kind',
        'status',
      ]);
    });
  });
});

function ids(connection: { nodes: { id: string }[] }): string[] {
  return connection.nodes.map((node) => node.id);
}
