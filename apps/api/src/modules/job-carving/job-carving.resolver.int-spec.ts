import { createEmployer, createJobCarvingRequest } from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  unique,
  type GraphQLClient,
  type GraphQLResponse,
  type TestApp,
} from '../../../test/test-app.js';
import { EmployerEntity, EmployerLocationEntity } from '../employer/employer.entity.js';
import type { UserEntity } from '../user/user.entity.js';
import { JobCarvingResolver } from './job-carving.resolver.js';

const FIELDS = `id department reason notes status regionCode archivedAt employer { id name sector } submittedBy { id displayName }
  jobs { id title headcount tasks { name sharePercent complexity splittable } } vacancy { id title }
  analysis { summary recordedByName recordedAt tasks { jobId taskIndex jobTitle taskName sharePercent complexity splittable } }
  proposal { title description hoursPerWeek proposedByName proposedAt tasks { jobId taskIndex jobTitle taskName }
    competences { competenceCode competenceName minLevel weight requirement } }
  carvableTasks { jobTitle taskName sharePercent headcount hoursPerWeek totalHoursPerWeek } carvableHoursPerWeek
  history { fromStatus toStatus note changedByName changedAt }`;
const SUBMIT = `mutation SubmitJobCarvingRequest($input: SubmitJobCarvingRequestInput!) { submitJobCarvingRequest(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation UpdateJobCarvingRequest($id: ID!, $input: UpdateJobCarvingRequestInput!) { updateJobCarvingRequest(id: $id, input: $input) { ${FIELDS} } }`;
const CHANGE_STATUS = `mutation ChangeJobCarvingStatus($id: ID!, $status: JobCarvingStatus!, $note: String) {
  changeJobCarvingStatus(id: $id, status: $status, note: $note) { ${FIELDS} } }`;
const CREATE_VACANCY = `mutation CreateVacancyFromJobCarving($id: ID!, $input: CreateVacancyFromJobCarvingInput!) {
  createVacancyFromJobCarving(id: $id, input: $input) { ${FIELDS} } }`;
const ANALYSE = `mutation RecordJobCarvingAnalysis($id: ID!, $input: RecordJobCarvingAnalysisInput!) {
  recordJobCarvingAnalysis(id: $id, input: $input) { ${FIELDS} } }`;
const PROPOSE = `mutation ProposeJobCarvingRole($id: ID!, $input: ProposeJobCarvingRoleInput!) {
  proposeJobCarvingRole(id: $id, input: $input) { ${FIELDS} } }`;
const ARCHIVE =
  'mutation ArchiveJobCarvingRequest($id: ID!) { archiveJobCarvingRequest(id: $id) { id archivedAt } }';
const GET = `query JobCarvingRequest($id: ID!) { jobCarvingRequest(id: $id) { ${FIELDS} } }`;
const LIST = `query JobCarvingRequests($employerId: ID, $status: JobCarvingStatus, $regionCode: String, $includeArchived: Boolean, $first: Int, $after: String) {
  jobCarvingRequests(employerId: $employerId, status: $status, regionCode: $regionCode, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount nodes { id department } pageInfo { hasNextPage endCursor } } }`;
const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';

const fieldsOf = (result: GraphQLResponse) =>
  result.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

const kitchen = (patch: Record<string, unknown> = {}) => ({
  title: 'Kok',
  headcount: 3,
  tasks: [
    { name: 'Koken', sharePercent: 60, complexity: 'COMPLEX', splittable: false },
    { name: 'Afwassen', sharePercent: 25, complexity: 'SIMPLE', splittable: true },
    { name: 'Groente snijden', sharePercent: 10, complexity: 'SIMPLE', splittable: true },
  ],
  ...patch,
});

describe(JobCarvingResolver.name, () => {
  let t: TestApp;
  let employer: EmployerEntity & { location: EmployerLocationEntity };
  let amUser: UserEntity;
  let employerUserRow: UserEntity;
  let am: GraphQLClient;
  let admin: GraphQLClient;
  let consultant: GraphQLClient;
  let otherRegionAm: GraphQLClient;
  let board: GraphQLClient;
  let employerUser: GraphQLClient;
  let otherEmployerUser: GraphQLClient;

  const validInput = (patch: Record<string, unknown> = {}) => ({
    employerId: employer.id,
    department: `Keuken ${unique()}`,
    reason: 'WORKLOAD',
    notes: 'Veel afwas in de avond.',
    jobs: [kitchen()],
    ...patch,
  });
  const countDepartment = async (department: string) =>
    Number(
      (
        await t.dataSource.query('SELECT count(*) FROM job_carving_request WHERE department = $1', [
          department,
        ])
      )[0].count,
    );
  const stateOf = async (id: string) =>
    (
      await t.dataSource.query(
        'SELECT status, department, vacancy_id FROM job_carving_request WHERE id = $1',
        [id],
      )
    )[0] as {
      status: string;
      department: string;
      vacancy_id: string | null;
    };
  const countVacanciesTitled = async (title: string) =>
    Number(
      (await t.dataSource.query('SELECT count(*) FROM vacancy WHERE title = $1', [title]))[0].count,
    );
  /** A request of the test employer, submitted by its user unless told otherwise. */
  const ownRequest = (options: Parameters<typeof createJobCarvingRequest>[1] = {}) =>
    createJobCarvingRequest(t.dataSource, {
      employerId: employer.id,
      submittedById: employerUserRow.id,
      ...options,
    });
  const vacancyInput = (patch: Record<string, unknown> = {}) => ({
    locationId: employer.location.id,
    title: `Medewerker spoelkeuken ${unique()}`,
    description: 'Afwassen en groente snijden voor de keuken.',
    contractType: 'FIXED_TERM',
    hoursMin: 20,
    hoursMax: 28,
    competences: [{ competenceCode: 'VOC_HOSP_DISHWASHING', minLevel: 2, requirement: 'REQUIRED' }],
    ...patch,
  });

  beforeAll(async () => {
    t = await createTestApp();
    employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    const otherEmployer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    amUser = await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] });
    employerUserRow = await createUser(t.dataSource, {
      role: 'EMPLOYER_USER',
      employerId: employer.id,
    });
    [am, employerUser] = await Promise.all([t.loginAs(amUser), t.loginAs(employerUserRow)]);
    [admin, consultant, otherRegionAm, board, otherEmployerUser] = await Promise.all(
      [
        createUser(t.dataSource, { role: 'ADMIN', regionCodes: [] }),
        createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] }),
        createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM01'] }),
        createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM12'] }),
        createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: otherEmployer.id }),
      ].map(async (user) => t.loginAs(await user)),
    );
  });
  afterAll(() => t.close());

  describe('submitJobCarvingRequest', () => {
    it("records the employer user's request with its jobs, the carvable tasks and the first history entry", async () => {
      const input = validInput({
        jobs: [
          kitchen(),
          {
            title: 'Receptionist',
            tasks: [
              { name: 'Post sorteren', sharePercent: 50, complexity: 'SIMPLE', splittable: false },
            ],
          },
        ],
      });
      const { submitJobCarvingRequest: request } = await employerUser.data(SUBMIT, { input });
      expect(request).toMatchObject({
        department: input.department,
        reason: 'WORKLOAD',
        notes: 'Veel afwas in de avond.',
        analysis: null,
        proposal: null,
        status: 'SUBMITTED',
        regionCode: 'AM12',
        employer: { id: employer.id, name: employer.name },
        submittedBy: { id: employerUserRow.id, displayName: employerUserRow.displayName },
        vacancy: null,
        carvableHoursPerWeek: 55.8,
        history: [
          {
            fromStatus: null,
            toStatus: 'SUBMITTED',
            note: null,
            changedByName: employerUserRow.displayName,
          },
        ],
      });
      expect(
        request.jobs.map((job: { title: string; headcount: number }) => [job.title, job.headcount]),
      ).toEqual([
        ['Kok', 3],
        ['Receptionist', 1],
      ]);
      expect(request.jobs[0].tasks.map((task: { splittable: boolean }) => task.splittable)).toEqual(
        [false, true, true],
      );
      expect(request.jobs[1].tasks[0]).toEqual({
        name: 'Post sorteren',
        sharePercent: 50,
        complexity: 'SIMPLE',
        splittable: false,
      });
      expect(request.carvableTasks).toEqual([
        {
          jobTitle: 'Kok',
          taskName: 'Afwassen',
          sharePercent: 25,
          headcount: 3,
          hoursPerWeek: 9,
          totalHoursPerWeek: 27,
        },
        {
          jobTitle: 'Receptionist',
          taskName: 'Post sorteren',
          sharePercent: 50,
          headcount: 1,
          hoursPerWeek: 18,
          totalHoursPerWeek: 18,
        },
        {
          jobTitle: 'Kok',
          taskName: 'Groente snijden',
          sharePercent: 10,
          headcount: 3,
          hoursPerWeek: 3.6,
          totalHoursPerWeek: 10.8,
        },
      ]);
    });

    it('lets an account manager submit on behalf of an employer of its region', async () => {
      const { submitJobCarvingRequest: request } = await am.data(SUBMIT, { input: validInput() });
      expect(request.submittedBy).toEqual({ id: amUser.id, displayName: amUser.displayName });
    });

    const tasks = (shares: number[]) =>
      shares.map((sharePercent, i) => ({
        name: `Taak ${i + 1}`,
        sharePercent,
        complexity: 'SIMPLE',
        splittable: true,
      }));
    it.each<[string, Record<string, unknown>, string]>([
      ['no jobs', { jobs: [] }, 'input.jobs'],
      ['21 jobs', { jobs: Array.from({ length: 21 }, () => kitchen()) }, 'input.jobs'],
      ['a job without tasks', { jobs: [kitchen({ tasks: [] })] }, 'input.jobs.0.tasks'],
      [
        '31 tasks in a job',
        { jobs: [kitchen({ tasks: tasks(Array.from({ length: 31 }, () => 3)) })] },
        'input.jobs.0.tasks',
      ],
      [
        'a share of 0 %',
        { jobs: [kitchen({ tasks: tasks([0, 60]) })] },
        'input.jobs.0.tasks.0.sharePercent',
      ],
      [
        'a share of 101 %',
        { jobs: [kitchen({ tasks: tasks([101]) })] },
        'input.jobs.0.tasks.0.sharePercent',
      ],
      [
        'shares adding up to 110 %',
        { jobs: [kitchen(), kitchen({ tasks: tasks([60, 50]) })] },
        'input.jobs.1.tasks',
      ],
      [
        'shares covering less than half the job',
        { jobs: [kitchen({ tasks: tasks([20, 20]) })] },
        'input.jobs.0.tasks',
      ],
      [
        'an oversized task name',
        {
          jobs: [
            kitchen({
              tasks: [
                { name: 'x'.repeat(121), sharePercent: 80, complexity: 'SIMPLE', splittable: true },
              ],
            }),
          ],
        },
        'input.jobs.0.tasks.0.name',
      ],
      [
        'a task without "could be split off"',
        {
          jobs: [
            kitchen({
              tasks: [
                { name: 'Afwassen', sharePercent: 80, complexity: 'SIMPLE', splittable: null },
              ],
            }),
          ],
        },
        'input.jobs[0].tasks[0].splittable',
      ],
      ['an unknown reason', { reason: 'BOREDOM' }, 'input.reason'],
      ['an empty job title', { jobs: [kitchen({ title: '' })] }, 'input.jobs.0.title'],
      ['a headcount of 0', { jobs: [kitchen({ headcount: 0 })] }, 'input.jobs.0.headcount'],
      ['an oversized department', { department: `${'x'.repeat(161)}` }, 'input.department'],
      ['oversized notes', { notes: 'x'.repeat(4001) }, 'input.notes'],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const input = validInput(patch);
        const result = await employerUser.request(SUBMIT, { input });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toContain(field);
        expect(await countDepartment(input.department)).toBe(0);
      },
    );

    it('answers NOT_FOUND for an unknown employer', async () => {
      expect(await am.errorCode(SUBMIT, { input: validInput({ employerId: UNKNOWN_ID }) })).toBe(
        'NOT_FOUND',
      );
    });

    it('answers CONFLICT for an archived employer and writes nothing', async () => {
      const archived = await createEmployer(t.dataSource);
      await t.dataSource
        .getRepository(EmployerEntity)
        .update(archived.id, { archivedAt: new Date() });
      const input = validInput({ employerId: archived.id });
      expect(await am.errorCode(SUBMIT, { input })).toBe('CONFLICT');
      expect(await countDepartment(input.department)).toBe(0);
    });

    it.each([
      ["another employer's user", () => otherEmployerUser],
      ['an account manager of another region', () => otherRegionAm],
      ['a consultant', () => consultant],
      ['a board member', () => board],
    ])('refuses %s and writes nothing', async (_who, client) => {
      const input = validInput();
      expect(await client().errorCode(SUBMIT, { input })).toBe('FORBIDDEN');
      expect(await countDepartment(input.department)).toBe(0);
    });
  });

  describe('jobCarvingRequests and jobCarvingRequest', () => {
    it('filters by status, employer and region, and pages by department', async () => {
      const other = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      const a = await createJobCarvingRequest(t.dataSource, {
        employerId: other.id,
        department: 'Afdeling A',
      });
      const b = await createJobCarvingRequest(t.dataSource, {
        employerId: other.id,
        department: 'Afdeling B',
        status: 'ANALYSING',
      });
      const c = await createJobCarvingRequest(t.dataSource, {
        employerId: other.id,
        department: 'Afdeling C',
      });
      const ids = async (variables: Record<string, unknown>) =>
        (await am.data(LIST, { employerId: other.id, ...variables })).jobCarvingRequests.nodes.map(
          (n: { id: string }) => n.id,
        );
      expect(await ids({})).toEqual([a.id, b.id, c.id]);
      expect(await ids({ status: 'ANALYSING' })).toEqual([b.id]);
      expect(await ids({ regionCode: 'AM01' })).toEqual([]);
      const first = (await am.data(LIST, { employerId: other.id, first: 2 })).jobCarvingRequests;
      expect(first).toMatchObject({
        totalCount: 3,
        nodes: [{ id: a.id }, { id: b.id }],
        pageInfo: { hasNextPage: true },
      });
      const second = (
        await am.data(LIST, { employerId: other.id, first: 2, after: first.pageInfo.endCursor })
      ).jobCarvingRequests;
      expect(second).toMatchObject({ nodes: [{ id: c.id }], pageInfo: { hasNextPage: false } });
    });

    it("shows an employer user only its own requests, and staff only their regions'", async () => {
      const own = await ownRequest();
      const groningen = await createJobCarvingRequest(t.dataSource, {
        employerId: (await createEmployer(t.dataSource, { regionCode: 'AM01' })).id,
      });
      const ids = async (client: GraphQLClient) =>
        (
          await client.data(LIST, { first: 100, includeArchived: true })
        ).jobCarvingRequests.nodes.map((n: { id: string }) => n.id);
      const employerSees = await ids(employerUser);
      expect(employerSees).toContain(own.id);
      expect(employerSees).not.toContain(groningen.id);
      expect(
        (await employerUser.data(LIST, { employerId: groningen.employerId })).jobCarvingRequests
          .totalCount,
      ).toBe(0);
      expect(await ids(otherRegionAm)).toEqual([groningen.id]);
      expect(await employerUser.errorCode(GET, { id: groningen.id })).toBe('FORBIDDEN');
      expect(await otherEmployerUser.errorCode(GET, { id: own.id })).toBe('FORBIDDEN');
      expect(await otherRegionAm.errorCode(GET, { id: own.id })).toBe('FORBIDDEN');
      expect((await admin.data(GET, { id: groningen.id })).jobCarvingRequest.regionCode).toBe(
        'AM01',
      );
    });

    it('hides archived requests unless asked', async () => {
      const archived = await ownRequest({ archivedAt: new Date() });
      const ids = async (includeArchived: boolean) =>
        (
          await am.data(LIST, { employerId: employer.id, includeArchived, first: 100 })
        ).jobCarvingRequests.nodes.map((n: { id: string }) => n.id);
      expect(await ids(false)).not.toContain(archived.id);
      expect(await ids(true)).toContain(archived.id);
    });

    it('refuses consultants and board members', async () => {
      const request = await ownRequest();
      for (const client of [consultant, board]) {
        expect(await client.errorCode(LIST)).toBe('FORBIDDEN');
        expect(await client.errorCode(GET, { id: request.id })).toBe('FORBIDDEN');
      }
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      expect(await am.errorCode(GET, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
    });
  });

  describe('updateJobCarvingRequest', () => {
    it('lets the submitting side change the department and replace the jobs', async () => {
      const request = await ownRequest();
      const { updateJobCarvingRequest: updated } = await employerUser.data(UPDATE, {
        id: request.id,
        input: {
          department: 'Spoelkeuken',
          jobs: [kitchen({ title: 'Zelfstandig werkend kok', headcount: 2 })],
        },
      });
      expect(updated).toMatchObject({
        department: 'Spoelkeuken',
        status: 'SUBMITTED',
        jobs: [{ title: 'Zelfstandig werkend kok', headcount: 2 }],
      });
      const { updateJobCarvingRequest: reasoned } = await employerUser.data(UPDATE, {
        id: request.id,
        input: { reason: 'SHORTAGE' },
      });
      expect(reasoned).toMatchObject({ reason: 'SHORTAGE', department: 'Spoelkeuken' });
      expect(
        Number(
          (
            await t.dataSource.query('SELECT count(*) FROM job_carving_job WHERE request_id = $1', [
              request.id,
            ])
          )[0].count,
        ),
      ).toBe(1);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a department cleared with null', { department: null }, 'input.department'],
      [
        'shares adding up to more than 100 %',
        {
          jobs: [
            kitchen({
              tasks: [
                { name: 'Alles', sharePercent: 100, complexity: 'SIMPLE', splittable: true },
                { name: 'Meer', sharePercent: 5, complexity: 'SIMPLE', splittable: true },
              ],
            }),
          ],
        },
        'input.jobs.0.tasks',
      ],
      ['an empty job list', { jobs: [] }, 'input.jobs'],
    ])('rejects %s and changes nothing', async (_case, input, field) => {
      const request = await ownRequest();
      const result = await employerUser.request(UPDATE, {
        id: request.id,
        input: { notes: 'Gewijzigd', ...input },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toContain(field);
      const { jobCarvingRequest } = await am.data(GET, { id: request.id });
      expect(jobCarvingRequest).toMatchObject({
        department: request.department,
        notes: '',
        jobs: [{ title: 'Medewerker keuken' }],
      });
    });

    it('keeps the other side out: the WSP cannot change what the employer submitted, nor the reverse', async () => {
      const byEmployer = await ownRequest();
      const byWsp = await ownRequest({ submittedById: amUser.id });
      expect(
        await am.errorCode(UPDATE, { id: byEmployer.id, input: { department: 'Door WSP' } }),
      ).toBe('FORBIDDEN');
      expect(
        await employerUser.errorCode(UPDATE, {
          id: byWsp.id,
          input: { department: 'Door werkgever' },
        }),
      ).toBe('FORBIDDEN');
      expect(
        (await am.data(UPDATE, { id: byWsp.id, input: { department: 'Door WSP' } }))
          .updateJobCarvingRequest.department,
      ).toBe('Door WSP');
      expect((await stateOf(byEmployer.id)).department).toBe(byEmployer.department);
    });

    it.each(['ANALYSING', 'PROPOSED', 'REJECTED'] as const)(
      'answers CONFLICT once the request is %s',
      async (status) => {
        const request = await ownRequest({ status });
        expect(
          await employerUser.errorCode(UPDATE, {
            id: request.id,
            input: { department: 'Te laat' },
          }),
        ).toBe('CONFLICT');
        expect((await stateOf(request.id)).department).toBe(request.department);
      },
    );

    it('answers CONFLICT for an archived request, NOT_FOUND for an unknown one and FORBIDDEN for strangers', async () => {
      const archived = await ownRequest({ archivedAt: new Date() });
      const request = await ownRequest();
      expect(
        await employerUser.errorCode(UPDATE, { id: archived.id, input: { department: 'Nieuw' } }),
      ).toBe('CONFLICT');
      expect(
        await employerUser.errorCode(UPDATE, { id: UNKNOWN_ID, input: { department: 'Nieuw' } }),
      ).toBe('NOT_FOUND');
      for (const client of [otherEmployerUser, otherRegionAm, board, consultant]) {
        expect(
          await client.errorCode(UPDATE, { id: request.id, input: { department: 'Nieuw' } }),
        ).toBe('FORBIDDEN');
      }
      expect((await stateOf(request.id)).department).toBe(request.department);
    });
  });

  describe('changeJobCarvingStatus', () => {
    it('moves a request from analysis to a proposal the employer accepts, keeping the history', async () => {
      const request = await ownRequest();
      await am.data(CHANGE_STATUS, { id: request.id, status: 'ANALYSING' });
      const jobId = (await am.data(GET, { id: request.id })).jobCarvingRequest.jobs[0].id;
      await am.data(ANALYSE, {
        id: request.id,
        input: {
          tasks: [
            { jobId, taskIndex: 0, sharePercent: 30, complexity: 'SIMPLE', splittable: true },
          ],
        },
      });
      await am.data(PROPOSE, {
        id: request.id,
        input: {
          title: 'Spoelkeuken',
          description: 'Afwassen.',
          hoursPerWeek: 24,
          tasks: [{ jobId, taskIndex: 0 }],
        },
      });
      const { changeJobCarvingStatus } = await employerUser.data(CHANGE_STATUS, {
        id: request.id,
        status: 'ACCEPTED',
      });
      expect(changeJobCarvingStatus.status).toBe('ACCEPTED');
      expect(changeJobCarvingStatus.history).toEqual([
        expect.objectContaining({
          fromStatus: 'SUBMITTED',
          toStatus: 'ANALYSING',
          note: null,
          changedByName: amUser.displayName,
        }),
        expect.objectContaining({
          fromStatus: 'ANALYSING',
          toStatus: 'PROPOSED',
          note: 'Voorstel: Spoelkeuken, 24 uur per week.',
        }),
        expect.objectContaining({
          fromStatus: 'PROPOSED',
          toStatus: 'ACCEPTED',
          changedByName: employerUserRow.displayName,
        }),
      ]);
    });

    it('sends ANALYSING → PROPOSED to proposing a composed role', async () => {
      const request = await ownRequest({ status: 'ANALYSING', analysed: true });
      const result = await am.request(CHANGE_STATUS, {
        id: request.id,
        status: 'PROPOSED',
        note: 'Voorstel',
      });
      expect(codeOf(result)).toBe('CONFLICT');
      expect((await stateOf(request.id)).status).toBe('ANALYSING');
    });

    it('lets the employer reject a proposal with a reason', async () => {
      const request = await ownRequest({ status: 'PROPOSED' });
      const { changeJobCarvingStatus } = await employerUser.data(CHANGE_STATUS, {
        id: request.id,
        status: 'REJECTED',
        note: 'Past niet in ons rooster.',
      });
      expect(changeJobCarvingStatus).toMatchObject({
        status: 'REJECTED',
        history: [{ toStatus: 'REJECTED', note: 'Past niet in ons rooster.' }],
      });
    });

    it('asks for a reason when rejecting', async () => {
      const request = await ownRequest({ status: 'ANALYSING' });
      const result = await am.request(CHANGE_STATUS, {
        id: request.id,
        status: 'REJECTED',
        note: '  ',
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['note']);
      expect((await stateOf(request.id)).status).toBe('ANALYSING');
    });

    it.each([
      ['SUBMITTED', 'PROPOSED'],
      ['SUBMITTED', 'SUBMITTED'],
      ['REJECTED', 'ANALYSING'],
      ['VACANCY_CREATED', 'REJECTED'],
      ['ACCEPTED', 'VACANCY_CREATED'],
    ] as const)('answers CONFLICT for %s → %s and keeps the status', async (from, to) => {
      const request = await ownRequest({ status: from });
      const result = await am.request(CHANGE_STATUS, { id: request.id, status: to, note: 'Reden' });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toMatch(/verzoek|vacature/i);
      expect((await stateOf(request.id)).status).toBe(from);
    });

    it("keeps the WSP's steps from the employer user", async () => {
      const request = await ownRequest();
      expect(
        await employerUser.errorCode(CHANGE_STATUS, { id: request.id, status: 'ANALYSING' }),
      ).toBe('FORBIDDEN');
      expect(
        await employerUser.errorCode(CHANGE_STATUS, {
          id: request.id,
          status: 'REJECTED',
          note: 'Toch niet',
        }),
      ).toBe('FORBIDDEN');
      expect((await stateOf(request.id)).status).toBe('SUBMITTED');
    });

    it('answers NOT_FOUND, CONFLICT for an archived request, and FORBIDDEN for strangers', async () => {
      const request = await ownRequest({ status: 'PROPOSED' });
      const archived = await ownRequest({ archivedAt: new Date() });
      expect(await am.errorCode(CHANGE_STATUS, { id: UNKNOWN_ID, status: 'ANALYSING' })).toBe(
        'NOT_FOUND',
      );
      expect(await am.errorCode(CHANGE_STATUS, { id: archived.id, status: 'ANALYSING' })).toBe(
        'CONFLICT',
      );
      for (const client of [otherEmployerUser, otherRegionAm, board, consultant]) {
        expect(await client.errorCode(CHANGE_STATUS, { id: request.id, status: 'ACCEPTED' })).toBe(
          'FORBIDDEN',
        );
      }
      expect((await stateOf(request.id)).status).toBe('PROPOSED');
      expect((await stateOf(archived.id)).status).toBe('SUBMITTED');
    });
  });

  describe('recordJobCarvingAnalysis', () => {
    const jobIdOf = async (id: string) =>
      (await am.data(GET, { id })).jobCarvingRequest.jobs[0].id as string;
    const analysisOf = async (id: string) =>
      (await t.dataSource.query('SELECT analysis FROM job_carving_request WHERE id = $1', [id]))[0]
        .analysis as unknown;

    it('records the analysis of a SUBMITTED request and starts the analysis, with who and when in the history', async () => {
      const request = await ownRequest();
      const jobId = await jobIdOf(request.id);
      const { recordJobCarvingAnalysis: analysed } = await am.data(ANALYSE, {
        id: request.id,
        input: {
          summary: '  Een dag meegelopen.  ',
          tasks: [
            { jobId, taskIndex: 0, sharePercent: 35, complexity: 'SIMPLE', splittable: true },
            { jobId, taskIndex: 1, sharePercent: 65, complexity: 'COMPLEX', splittable: false },
          ],
        },
      });
      expect(analysed).toMatchObject({
        status: 'ANALYSING',
        analysis: {
          summary: 'Een dag meegelopen.',
          recordedByName: amUser.displayName,
          tasks: [
            {
              jobId,
              taskIndex: 0,
              jobTitle: 'Medewerker keuken',
              taskName: 'Afwassen',
              sharePercent: 35,
              complexity: 'SIMPLE',
              splittable: true,
            },
            {
              jobId,
              taskIndex: 1,
              jobTitle: 'Medewerker keuken',
              taskName: 'Koken',
              sharePercent: 65,
              complexity: 'COMPLEX',
              splittable: false,
            },
          ],
        },
        history: [
          {
            fromStatus: 'SUBMITTED',
            toStatus: 'ANALYSING',
            note: 'Taakanalyse vastgelegd.',
            changedByName: amUser.displayName,
          },
        ],
      });
      expect(new Date(analysed.analysis.recordedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(
        (await employerUser.data(GET, { id: request.id })).jobCarvingRequest.analysis.tasks,
      ).toHaveLength(2);
    });

    it('replaces the analysis while ANALYSING without another status change', async () => {
      const request = await ownRequest({ status: 'ANALYSING', analysed: true });
      const jobId = await jobIdOf(request.id);
      const { recordJobCarvingAnalysis: analysed } = await admin.data(ANALYSE, {
        id: request.id,
        input: {
          tasks: [
            { jobId, taskIndex: 1, sharePercent: 20, complexity: 'MEDIUM', splittable: true },
          ],
        },
      });
      expect(analysed).toMatchObject({
        status: 'ANALYSING',
        history: [],
        analysis: { summary: '', tasks: [{ taskName: 'Koken', splittable: true }] },
      });
    });

    it.each<[string, (jobId: string) => Record<string, unknown>[], string]>([
      ['no tasks', () => [], 'input.tasks'],
      [
        'a job of another request',
        () => [
          {
            jobId: UNKNOWN_ID,
            taskIndex: 0,
            sharePercent: 30,
            complexity: 'SIMPLE',
            splittable: true,
          },
        ],
        'input.tasks.0.jobId',
      ],
      [
        'a task the job does not have',
        (jobId) => [
          { jobId, taskIndex: 5, sharePercent: 30, complexity: 'SIMPLE', splittable: true },
        ],
        'input.tasks.0.taskIndex',
      ],
      [
        'the same task twice',
        (jobId) => [
          { jobId, taskIndex: 0, sharePercent: 30, complexity: 'SIMPLE', splittable: true },
          { jobId, taskIndex: 0, sharePercent: 30, complexity: 'SIMPLE', splittable: true },
        ],
        'input.tasks.1.taskIndex',
      ],
      [
        'a share of 0 %',
        (jobId) => [
          { jobId, taskIndex: 0, sharePercent: 0, complexity: 'SIMPLE', splittable: true },
        ],
        'input.tasks.0.sharePercent',
      ],
      [
        'a missing "splittable"',
        (jobId) => [
          { jobId, taskIndex: 0, sharePercent: 30, complexity: 'SIMPLE', splittable: null },
        ],
        'input.tasks[0].splittable',
      ],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, tasksFor, field) => {
        const request = await ownRequest();
        const result = await am.request(ANALYSE, {
          id: request.id,
          input: { tasks: tasksFor(await jobIdOf(request.id)) },
        });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toContain(field);
        expect((await stateOf(request.id)).status).toBe('SUBMITTED');
        expect(await analysisOf(request.id)).toBeNull();
      },
    );

    it.each(['PROPOSED', 'ACCEPTED', 'VACANCY_CREATED', 'REJECTED'] as const)(
      'answers CONFLICT for a %s request',
      async (status) => {
        const request = await ownRequest({ status });
        const input = {
          tasks: [
            {
              jobId: await jobIdOf(request.id),
              taskIndex: 0,
              sharePercent: 30,
              complexity: 'SIMPLE',
              splittable: true,
            },
          ],
        };
        expect(await am.errorCode(ANALYSE, { id: request.id, input })).toBe('CONFLICT');
        expect(await analysisOf(request.id)).toBeNull();
      },
    );

    it('answers NOT_FOUND, CONFLICT for an archived request, and FORBIDDEN for employer users and strangers', async () => {
      const request = await ownRequest();
      const archived = await ownRequest({ archivedAt: new Date() });
      const input = {
        tasks: [
          {
            jobId: await jobIdOf(request.id),
            taskIndex: 0,
            sharePercent: 30,
            complexity: 'SIMPLE',
            splittable: true,
          },
        ],
      };
      expect(await am.errorCode(ANALYSE, { id: UNKNOWN_ID, input })).toBe('NOT_FOUND');
      expect(await am.errorCode(ANALYSE, { id: archived.id, input })).toBe('CONFLICT');
      for (const client of [employerUser, otherRegionAm, board, consultant]) {
        expect(await client.errorCode(ANALYSE, { id: request.id, input })).toBe('FORBIDDEN');
      }
      expect(await analysisOf(request.id)).toBeNull();
      expect((await stateOf(request.id)).status).toBe('SUBMITTED');
    });
  });

  describe('proposeJobCarvingRole', () => {
    const proposalOf = async (id: string) =>
      (await t.dataSource.query('SELECT proposal FROM job_carving_request WHERE id = $1', [id]))[0]
        .proposal as unknown;
    const analysedRequest = async () => {
      const request = await ownRequest({ status: 'ANALYSING', analysed: true });
      const jobId = (await am.data(GET, { id: request.id })).jobCarvingRequest.jobs[0].id as string;
      return { request, jobId };
    };
    const roleInput = (jobId: string, patch: Record<string, unknown> = {}) => ({
      title: 'Medewerker spoelkeuken',
      description: 'Afwassen voor de hele keuken.',
      hoursPerWeek: 21.5,
      tasks: [{ jobId, taskIndex: 0 }],
      competences: [
        { competenceCode: 'VOC_HOSP_DISHWASHING', minLevel: 2, requirement: 'REQUIRED' },
        { competenceCode: 'WA_PUNCTUALITY', minLevel: 3, weight: 2, requirement: 'WISHED' },
      ],
      ...patch,
    });

    it('stores the composed role, moves the request to PROPOSED and shows it to the employer', async () => {
      const { request, jobId } = await analysedRequest();
      const { proposeJobCarvingRole: proposed } = await am.data(PROPOSE, {
        id: request.id,
        input: roleInput(jobId),
      });
      expect(proposed).toMatchObject({
        status: 'PROPOSED',
        proposal: {
          title: 'Medewerker spoelkeuken',
          description: 'Afwassen voor de hele keuken.',
          hoursPerWeek: 21.5,
          proposedByName: amUser.displayName,
          tasks: [{ jobId, taskIndex: 0, jobTitle: 'Medewerker keuken', taskName: 'Afwassen' }],
          competences: [
            {
              competenceCode: 'VOC_HOSP_DISHWASHING',
              minLevel: 2,
              weight: 3,
              requirement: 'REQUIRED',
            },
            { competenceCode: 'WA_PUNCTUALITY', minLevel: 3, weight: 2, requirement: 'WISHED' },
          ],
        },
        history: [
          {
            fromStatus: 'ANALYSING',
            toStatus: 'PROPOSED',
            note: 'Voorstel: Medewerker spoelkeuken, 21,5 uur per week.',
            changedByName: amUser.displayName,
          },
        ],
      });
      expect(proposed.proposal.competences[0].competenceName).not.toBe('');
      const seen = (await employerUser.data(GET, { id: request.id })).jobCarvingRequest;
      expect(seen.proposal.title).toBe('Medewerker spoelkeuken');
    });

    it.each<[string, (jobId: string) => Record<string, unknown>, string]>([
      [
        'a task the analysis did not carve out',
        (jobId) => ({ tasks: [{ jobId, taskIndex: 1 }] }),
        'input.tasks.0.taskIndex',
      ],
      [
        'a task of another request',
        () => ({ tasks: [{ jobId: UNKNOWN_ID, taskIndex: 0 }] }),
        'input.tasks.0.jobId',
      ],
      ['no tasks', () => ({ tasks: [] }), 'input.tasks'],
      ['41 hours a week', () => ({ hoursPerWeek: 41 }), 'input.hoursPerWeek'],
      ['a quarter hour', () => ({ hoursPerWeek: 20.25 }), 'input.hoursPerWeek'],
      ['an empty title', () => ({ title: '' }), 'input.title'],
      ['an empty proposal text', () => ({ description: '' }), 'input.description'],
      [
        'an unknown competence',
        () => ({
          competences: [{ competenceCode: 'WA_FLYING', minLevel: 2, requirement: 'REQUIRED' }],
        }),
        'input.competences.0.competenceCode',
      ],
      [
        'a competence twice',
        () => ({
          competences: [
            { competenceCode: 'WA_PUNCTUALITY', minLevel: 2, requirement: 'REQUIRED' },
            { competenceCode: 'WA_PUNCTUALITY', minLevel: 3, requirement: 'WISHED' },
          ],
        }),
        'input.competences.1.competenceCode',
      ],
      [
        'a level of 6',
        () => ({
          competences: [{ competenceCode: 'WA_PUNCTUALITY', minLevel: 6, requirement: 'REQUIRED' }],
        }),
        'input.competences.0.minLevel',
      ],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patchFor, field) => {
        const { request, jobId } = await analysedRequest();
        const result = await am.request(PROPOSE, {
          id: request.id,
          input: roleInput(jobId, patchFor(jobId)),
        });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toContain(field);
        expect((await stateOf(request.id)).status).toBe('ANALYSING');
        expect(await proposalOf(request.id)).toBeNull();
      },
    );

    it('answers CONFLICT while no analysis is recorded', async () => {
      const request = await ownRequest({ status: 'ANALYSING' });
      const jobId = (await am.data(GET, { id: request.id })).jobCarvingRequest.jobs[0].id as string;
      const result = await am.request(PROPOSE, { id: request.id, input: roleInput(jobId) });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toMatch(/taakanalyse/);
      expect(await proposalOf(request.id)).toBeNull();
    });

    it.each(['SUBMITTED', 'PROPOSED', 'ACCEPTED', 'REJECTED'] as const)(
      'answers CONFLICT for a %s request',
      async (status) => {
        const request = await ownRequest({ status, analysed: true });
        const jobId = (await am.data(GET, { id: request.id })).jobCarvingRequest.jobs[0]
          .id as string;
        expect(await am.errorCode(PROPOSE, { id: request.id, input: roleInput(jobId) })).toBe(
          'CONFLICT',
        );
        expect((await stateOf(request.id)).status).toBe(status);
        expect(await proposalOf(request.id)).toBeNull();
      },
    );

    it('refuses an employer user composing a role, and other regions, consultants and board members', async () => {
      const { request, jobId } = await analysedRequest();
      for (const client of [employerUser, otherRegionAm, board, consultant]) {
        expect(await client.errorCode(PROPOSE, { id: request.id, input: roleInput(jobId) })).toBe(
          'FORBIDDEN',
        );
      }
      expect(await am.errorCode(PROPOSE, { id: UNKNOWN_ID, input: roleInput(jobId) })).toBe(
        'NOT_FOUND',
      );
      expect((await stateOf(request.id)).status).toBe('ANALYSING');
    });
  });

  describe('createVacancyFromJobCarving', () => {
    it('creates a garantiebaan draft for the employer, links it and marks the request VACANCY_CREATED', async () => {
      const request = await ownRequest({ status: 'ACCEPTED' });
      const input = vacancyInput();
      const { createVacancyFromJobCarving: updated } = await am.data(CREATE_VACANCY, {
        id: request.id,
        input,
      });
      expect(updated).toMatchObject({
        status: 'VACANCY_CREATED',
        vacancy: { title: input.title },
        history: [
          {
            fromStatus: 'ACCEPTED',
            toStatus: 'VACANCY_CREATED',
            changedByName: amUser.displayName,
          },
        ],
      });
      const { vacancy } = await employerUser.data(
        'query($id: ID!) { vacancy(id: $id) { kind status employer { id } competences { competence { code } } } }',
        {
          id: updated.vacancy.id,
        },
      );
      expect(vacancy).toEqual({
        kind: 'GARANTIEBAAN',
        status: 'DRAFT',
        employer: { id: employer.id },
        competences: [{ competence: { code: 'VOC_HOSP_DISHWASHING' } }],
      });
    });

    it('creates another kind when asked', async () => {
      const request = await ownRequest({ status: 'ACCEPTED' });
      const { createVacancyFromJobCarving: updated } = await am.data(CREATE_VACANCY, {
        id: request.id,
        input: vacancyInput({ kind: 'WORK_LEARN', contractType: 'UNPAID' }),
      });
      const kind = (
        await t.dataSource.query('SELECT kind FROM vacancy WHERE id = $1', [updated.vacancy.id])
      )[0].kind;
      expect(kind).toBe('WORK_LEARN');
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['hours above 40', { hoursMax: 48 }, 'input.hoursMax'],
      ["another employer's location", { locationId: UNKNOWN_ID }, 'input.locationId'],
      [
        'an unknown competence',
        { competences: [{ competenceCode: 'WA_FLYING', minLevel: 2, requirement: 'REQUIRED' }] },
        'input.competences.0.competenceCode',
      ],
      [
        'a trial-placement contract for a garantiebaan',
        { contractType: 'TRIAL_PLACEMENT' },
        'input.contractType',
      ],
    ])(
      'rejects %s and leaves the request ACCEPTED without a vacancy',
      async (_case, patch, field) => {
        const request = await ownRequest({ status: 'ACCEPTED' });
        const input = vacancyInput(patch);
        const result = await am.request(CREATE_VACANCY, { id: request.id, input });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toContain(field);
        expect(await stateOf(request.id)).toMatchObject({ status: 'ACCEPTED', vacancy_id: null });
        expect(await countVacanciesTitled(input.title)).toBe(0);
      },
    );

    it.each(['SUBMITTED', 'PROPOSED', 'VACANCY_CREATED', 'REJECTED'] as const)(
      'answers CONFLICT for a %s request and writes nothing',
      async (status) => {
        const request = await ownRequest({ status });
        const input = vacancyInput();
        expect(await am.errorCode(CREATE_VACANCY, { id: request.id, input })).toBe('CONFLICT');
        expect(await countVacanciesTitled(input.title)).toBe(0);
        expect((await stateOf(request.id)).status).toBe(status);
      },
    );

    it('answers NOT_FOUND, and FORBIDDEN for employer users, other regions and board members', async () => {
      const request = await ownRequest({ status: 'ACCEPTED' });
      const input = vacancyInput();
      expect(await am.errorCode(CREATE_VACANCY, { id: UNKNOWN_ID, input })).toBe('NOT_FOUND');
      for (const client of [employerUser, otherRegionAm, board, consultant]) {
        expect(await client.errorCode(CREATE_VACANCY, { id: request.id, input })).toBe('FORBIDDEN');
      }
      expect(await countVacanciesTitled(input.title)).toBe(0);
      expect((await stateOf(request.id)).status).toBe('ACCEPTED');
    });
  });

  describe('archiveJobCarvingRequest', () => {
    it('lets the employer user archive its request, hiding it and refusing later changes', async () => {
      const request = await ownRequest();
      expect(
        (await employerUser.data(ARCHIVE, { id: request.id })).archiveJobCarvingRequest.archivedAt,
      ).not.toBeNull();
      const listed = (
        await am.data(LIST, { employerId: employer.id, first: 100 })
      ).jobCarvingRequests.nodes.map((n: { id: string }) => n.id);
      expect(listed).not.toContain(request.id);
      expect(await am.errorCode(CHANGE_STATUS, { id: request.id, status: 'ANALYSING' })).toBe(
        'CONFLICT',
      );
    });

    it('answers NOT_FOUND and FORBIDDEN where due, and archives nothing then', async () => {
      const request = await ownRequest();
      expect(await am.errorCode(ARCHIVE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      for (const client of [otherEmployerUser, otherRegionAm, board, consultant]) {
        expect(await client.errorCode(ARCHIVE, { id: request.id })).toBe('FORBIDDEN');
      }
      expect((await am.data(GET, { id: request.id })).jobCarvingRequest.archivedAt).toBeNull();
    });
  });
});
