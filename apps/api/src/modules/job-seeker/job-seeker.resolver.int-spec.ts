import type { DataSource } from 'typeorm';
import { createEmployer, createJobSeeker, freshBsn } from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  unique,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import type { UserEntity } from '../user/user.entity.js';
import { addDays, addMonths } from '@werkbrug/domain-rules';
import { todayInNetherlands } from './calendar.js';
import { JobSeekerResolver } from './job-seeker.resolver.js';

const FIELDS = `id candidateNumber firstName lastName bsnMasked birthDate jongere email phone postcode pc4
  municipality { code name } regionCode consultant { id displayName } earningCapacityPercent earningCapacityBand
  loonwaardePercent clientProfile perspectiveGroup participationStep doelgroepregister indicatieBeschutWerk wswOud
  statushouder hoursAvailable maxTravelMinutes maxTravelKm transportModes hasDrivingLicence sectorPreferences
  workLimitations consentStatus consentUpdatedAt availabilityConfirmedAt
  competences { competence { code label group } level assessedAt } createdAt updatedAt archivedAt`;
const CREATE = `mutation CreateJobSeeker($input: CreateJobSeekerInput!) { createJobSeeker(input: $input) { ${FIELDS} } }`;
const GET = `query JobSeeker($id: ID!) { jobSeeker(id: $id) { ${FIELDS} } }`;
const LIST = `query JobSeekers($first: Int, $after: String, $regionCode: String, $municipalityCode: String, $consultantId: ID,
  $search: String, $doelgroepregister: Boolean, $indicatieBeschutWerk: Boolean, $consentStatus: ConsentStatus,
  $earningCapacityBand: EarningCapacityBand, $competenceCode: String, $minLevel: Int, $includeArchived: Boolean,
  $sort: JobSeekerSort) {
  jobSeekers(first: $first, after: $after, regionCode: $regionCode, municipalityCode: $municipalityCode,
    consultantId: $consultantId, search: $search, doelgroepregister: $doelgroepregister,
    indicatieBeschutWerk: $indicatieBeschutWerk, consentStatus: $consentStatus, earningCapacityBand: $earningCapacityBand,
    competenceCode: $competenceCode, minLevel: $minLevel, includeArchived: $includeArchived, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${FIELDS} }
  }
}`;
const UPDATE = `mutation UpdateJobSeeker($id: ID!, $input: UpdateJobSeekerInput!) { updateJobSeeker(id: $id, input: $input) { ${FIELDS} } }`;
const SET_COMPETENCES = `mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {
  setJobSeekerCompetences(id: $id, competences: $competences) { id updatedAt competences { competence { code } level assessedAt } }
}`;
const CONSENT = `mutation RecordJobSeekerConsent($id: ID!, $status: ConsentStatus!, $method: ConsentMethod, $effectiveOn: String,
  $expiresOn: String) {
  recordJobSeekerConsent(id: $id, status: $status, method: $method, effectiveOn: $effectiveOn, expiresOn: $expiresOn) {
    id consentStatus consentUpdatedAt consentEffectiveOn consentMethod consentExpiresOn consentExpired consentRecordedBy
    consentHistory { status method effectiveOn expiresOn recordedBy recordedAt }
  }
}`;
const STALE_LIST = `query StaleJobSeekers($consultantId: ID, $availabilityStale: Boolean) {
  jobSeekers(consultantId: $consultantId, availabilityStale: $availabilityStale, first: 50) {
    totalCount nodes { id availabilityConfirmedAt availabilityStale }
  }
}`;
const CONFIRM = `mutation ConfirmJobSeekerAvailability($id: ID!) { confirmJobSeekerAvailability(id: $id) { id availabilityConfirmedAt } }`;
const ARCHIVE = `mutation ArchiveJobSeeker($id: ID!) { archiveJobSeeker(id: $id) { id archivedAt } }`;
const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';

type Row = Record<string, unknown>;

async function accessLog(
  dataSource: DataSource,
  jobSeekerId: string,
): Promise<{ userId: string; purpose: string }[]> {
  const rows: Row[] = await dataSource.query(
    'SELECT user_id, purpose FROM personal_data_access WHERE job_seeker_id = $1 ORDER BY id',
    [jobSeekerId],
  );
  return rows.map((row) => ({ userId: row.user_id as string, purpose: row.purpose as string }));
}

const countAccessRows = async (dataSource: DataSource): Promise<number> =>
  Number((await dataSource.query('SELECT count(*) AS n FROM personal_data_access'))[0].n);

const fileRow = async (dataSource: DataSource, id: string): Promise<Row> =>
  (await dataSource.query('SELECT * FROM job_seeker WHERE id = $1', [id]))[0] as Row;

describe(JobSeekerResolver.name, () => {
  let t: TestApp;
  let owner: UserEntity;
  let colleague: UserEntity;
  let ownerClient: GraphQLClient;
  let colleagueClient: GraphQLClient;
  let strangerClient: GraphQLClient;
  let am: UserEntity;
  let amClient: GraphQLClient;
  let otherRegionAmClient: GraphQLClient;
  let adminClient: GraphQLClient;
  let boardClient: GraphQLClient;
  let employerClient: GraphQLClient;
  /** Everyone who may not read a file of AM12, with why. */
  let outsiders: [string, GraphQLClient][];

  const validInput = (patch: Record<string, unknown> = {}) => ({
    firstName: ' Anna ',
    lastName: `de Vries ${unique()}`,
    birthDate: '1990-05-17',
    email: 'Anna.deVries@Example.org',
    phone: '06 1234 5678',
    postcode: '1211 ab',
    municipalityCode: 'GM0402',
    earningCapacityPercent: 55,
    loonwaardePercent: 50,
    clientProfile: 2,
    perspectiveGroup: 1,
    participationStep: 4,
    doelgroepregister: true,
    hoursAvailable: 24.5,
    maxTravelMinutes: 60,
    maxTravelKm: 25,
    transportModes: ['BICYCLE', 'PUBLIC_TRANSPORT'],
    sectorPreferences: ['GREEN', 'LOGISTICS'],
    workLimitations: 'Niet zwaar tillen.',
    competences: [
      { code: 'WA_PUNCTUALITY', level: 4, assessedAt: '2026-01-15' },
      { code: 'SOC_COLLABORATION', level: 3 },
    ],
    ...patch,
  });

  const filesNamed = async (lastName: string) =>
    Number(
      (
        await t.dataSource.query('SELECT count(*) AS n FROM job_seeker WHERE last_name = $1', [
          lastName,
        ])
      )[0].n,
    );

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] });
    colleague = await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] });
    am = await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] });
    const employer = await createEmployer(t.dataSource);
    [
      ownerClient,
      colleagueClient,
      strangerClient,
      amClient,
      otherRegionAmClient,
      adminClient,
      boardClient,
      employerClient,
    ] = await Promise.all([
      t.loginAs(owner),
      t.loginAs(colleague),
      t.loginAs(await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM01'] })),
      t.loginAs(am),
      t.loginAs(await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM36'] })),
      t.loginAs(await createUser(t.dataSource, { role: 'ADMIN', regionCodes: ['AM12'] })),
      t.loginAs(await createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM12'] })),
      t.loginAs(await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id })),
    ]);
    outsiders = [
      ['a consultant of another region', strangerClient],
      ['an account manager of another region', otherRegionAmClient],
      ['an admin', adminClient],
      ['a board member', boardClient],
      ['an employer user', employerClient],
    ];
    // Eight logins (argon2id) and, in the first file of a run, the migrations: more than Jest's 5 s.
  }, 60_000);
  afterAll(() => t.close());

  describe('createJobSeeker', () => {
    it('opens a file owned by the consultant, normalised, with competences, and logs the read', async () => {
      const bsn = freshBsn();
      const input = validInput({ bsn });
      const { createJobSeeker: created } = await ownerClient.data(CREATE, { input });
      expect(created).toMatchObject({
        firstName: 'Anna',
        lastName: input.lastName,
        bsnMasked: `*******${bsn.slice(7)}`,
        birthDate: '1990-05-17',
        jongere: false,
        email: 'anna.devries@example.org',
        postcode: '1211 AB',
        pc4: '1211',
        municipality: { code: 'GM0402', name: 'Hilversum' },
        regionCode: 'AM12',
        consultant: { id: owner.id },
        earningCapacityBand: 'SUPPORTED_REGULAR_WORK',
        hoursAvailable: 24.5,
        wswOud: false,
        workLimitations: 'Niet zwaar tillen.',
        consentStatus: 'NOT_ASKED',
        consentUpdatedAt: null,
        archivedAt: null,
        competences: [
          {
            competence: { code: 'WA_PUNCTUALITY', group: 'WORK_ATTITUDE' },
            level: 4,
            assessedAt: '2026-01-15',
          },
          {
            competence: { code: 'SOC_COLLABORATION', group: 'SOCIAL' },
            level: 3,
            assessedAt: null,
          },
        ],
      });
      expect(created.candidateNumber).toEqual(expect.any(Number));
      expect((await fileRow(t.dataSource, created.id)).bsn).toBe(bsn);
      expect(await accessLog(t.dataSource, created.id)).toEqual([
        { userId: owner.id, purpose: 'createJobSeeker' },
      ]);
    });

    it('accepts a BSN written with spaces and dots and stores the 9 digits', async () => {
      const bsn = freshBsn();
      const { createJobSeeker: created } = await ownerClient.data(CREATE, {
        input: validInput({ bsn: `${bsn.slice(0, 4)}.${bsn.slice(4, 6)} ${bsn.slice(6)}` }),
      });
      expect((await fileRow(t.dataSource, created.id)).bsn).toBe(bsn);
    });

    it('needs only the required fields', async () => {
      const input = {
        firstName: 'Piet',
        lastName: `Minimaal ${unique()}`,
        postcode: '1217 AA',
        municipalityCode: 'GM0402',
        earningCapacityPercent: 20,
        participationStep: 2,
        hoursAvailable: 0,
        maxTravelMinutes: 0,
        maxTravelKm: 0,
      };
      const { createJobSeeker: created } = await ownerClient.data(CREATE, { input });
      expect(created).toMatchObject({
        bsnMasked: null,
        birthDate: null,
        jongere: null,
        doelgroepregister: false,
        transportModes: [],
        sectorPreferences: [],
        competences: [],
        workLimitations: null,
        earningCapacityBand: 'SOCIAL_PARTICIPATION',
      });
    });

    it.each([
      ['a BSN failing the elfproef', { bsn: '123456789' }, 'input.bsn'],
      ['a BSN of letters', { bsn: 'abcdefghi' }, 'input.bsn'],
      [
        'a competence level of 6',
        { competences: [{ code: 'WA_PUNCTUALITY', level: 6 }] },
        'input.competences.0.level',
      ],
      [
        'a competence level of 0',
        { competences: [{ code: 'WA_PUNCTUALITY', level: 0 }] },
        'input.competences.0.level',
      ],
      [
        'an assessment date in the future',
        { competences: [{ code: 'WA_PUNCTUALITY', level: 2, assessedAt: '2999-01-01' }] },
        'input.competences.0.assessedAt',
      ],
      ['more than 40 hours', { hoursAvailable: 40.5 }, 'input.hoursAvailable'],
      ['negative hours', { hoursAvailable: -1 }, 'input.hoursAvailable'],
      ['quarter hours', { hoursAvailable: 12.25 }, 'input.hoursAvailable'],
      ['more than 180 travel minutes', { maxTravelMinutes: 181 }, 'input.maxTravelMinutes'],
      ['more than 250 km', { maxTravelKm: 251 }, 'input.maxTravelKm'],
      [
        'an earning capacity above 100',
        { earningCapacityPercent: 101 },
        'input.earningCapacityPercent',
      ],
      ['a negative loonwaarde', { loonwaardePercent: -1 }, 'input.loonwaardePercent'],
      ['client profile 5', { clientProfile: 5 }, 'input.clientProfile'],
      ['perspective group 4', { perspectiveGroup: 4 }, 'input.perspectiveGroup'],
      ['ladder step 7', { participationStep: 7 }, 'input.participationStep'],
      ['ladder step 0', { participationStep: 0 }, 'input.participationStep'],
      ['an oversized first name', { firstName: 'x'.repeat(101) }, 'input.firstName'],
      ['an empty last name', { lastName: '' }, 'input.lastName'],
      [
        'oversized work limitations',
        { workLimitations: 'x'.repeat(2001) },
        'input.workLimitations',
      ],
      ['a malformed postcode', { postcode: '0211 AB' }, 'input.postcode'],
      ['a postcode without letters', { postcode: '1211' }, 'input.postcode'],
      [
        'a malformed municipality code',
        { municipalityCode: 'Hilversum' },
        'input.municipalityCode',
      ],
      ['a birth date in the future', { birthDate: '2999-01-01' }, 'input.birthDate'],
      ['a birth date in Dutch notation', { birthDate: '17-05-1990' }, 'input.birthDate'],
      ['a bad e-mail address', { email: 'geen-mail' }, 'input.email'],
      ['a bad phone number', { phone: '12' }, 'input.phone'],
      ['a transport mode twice', { transportModes: ['CAR', 'CAR'] }, 'input.transportModes'],
      ['a malformed consultant id', { consultantId: 'abc' }, 'input.consultantId'],
    ])(
      'refuses %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const before = await countAccessRows(t.dataSource);
        const input = validInput({ bsn: freshBsn(), ...patch });
        const result = await ownerClient.request(CREATE, { input });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(await filesNamed(input.lastName)).toBe(0);
        expect(await countAccessRows(t.dataSource)).toBe(before);
      },
    );

    it('refuses unknown, archived and repeated competences with the path of each and writes nothing', async () => {
      const archived = `TEST_ARCHIVED_${unique().toUpperCase()}`;
      await t.dataSource.query(
        `INSERT INTO competence (code, competence_group, label, description, level_descriptions, taxonomy_version, archived_at)
         VALUES ($1, 'WORK_ATTITUDE', 'Oud', 'Vervallen', '["1","2","3","4","5"]', 'test', now())`,
        [archived],
      );
      const input = validInput({
        competences: [
          { code: 'WA_PUNCTUALITY', level: 3 },
          { code: 'WA_PUNCTUALITY', level: 4 },
          { code: 'BESTAAT_NIET', level: 2 },
          { code: archived, level: 2 },
        ],
      });
      const result = await ownerClient.request(CREATE, { input });
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.competences.1.code', message: expect.any(String) },
          { field: 'input.competences.2.code', message: expect.any(String) },
          { field: 'input.competences.3.code', message: expect.any(String) },
        ],
      });
      expect(await filesNamed(input.lastName)).toBe(0);
    });

    it.each([
      ['a postcode area that does not exist', { postcode: '1000 AA' }, 'input.postcode'],
      [
        'a municipality that does not exist',
        { municipalityCode: 'GM9999' },
        'input.municipalityCode',
      ],
    ])('refuses %s and writes nothing', async (_case, patch, field) => {
      const input = validInput(patch);
      const result = await ownerClient.request(CREATE, { input });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field, message: expect.any(String) },
      ]);
      expect(await filesNamed(input.lastName)).toBe(0);
    });

    it('answers CONFLICT for a BSN already in use, without repeating it, and writes nothing', async () => {
      const bsn = freshBsn();
      await createJobSeeker(t.dataSource, { bsn });
      const input = validInput({ bsn });
      const result = await ownerClient.request(CREATE, { input });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Er is al een dossier met dit BSN.',
        extensions: { code: 'CONFLICT' },
      });
      expect(JSON.stringify(result)).not.toContain(bsn);
      expect(await filesNamed(input.lastName)).toBe(0);
    });

    it("refuses a municipality outside the consultant's regions and writes nothing", async () => {
      const input = validInput({ municipalityCode: 'GM0014', postcode: '9711 AA' });
      expect(await ownerClient.errorCode(CREATE, { input })).toBe('FORBIDDEN');
      expect(await filesNamed(input.lastName)).toBe(0);
    });

    it.each([
      ['an account manager', () => amClient],
      ['an admin', () => adminClient],
      ['a board member', () => boardClient],
      ['an employer user', () => employerClient],
    ])('refuses %s and writes nothing', async (_who, client) => {
      const input = validInput();
      expect(await client().errorCode(CREATE, { input })).toBe('FORBIDDEN');
      expect(await filesNamed(input.lastName)).toBe(0);
    });

    it('opens a file for a colleague, who then owns it; work limitations are for the owner to record', async () => {
      const { createJobSeeker: created } = await ownerClient.data(CREATE, {
        input: validInput({ consultantId: colleague.id, workLimitations: null }),
      });
      expect(created).toMatchObject({ consultant: { id: colleague.id }, workLimitations: null });
      const input = validInput({ consultantId: colleague.id });
      const result = await ownerClient.request(CREATE, { input });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await filesNamed(input.lastName)).toBe(0);
    });

    it.each([
      ['an account manager', async () => am.id],
      [
        'a consultant of another region',
        async () =>
          (await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM01'] })).id,
      ],
      ['an unknown user', async () => UNKNOWN_ID],
    ])("refuses %s as the file's consultant", async (_who, consultantId) => {
      const input = validInput({ consultantId: await consultantId(), workLimitations: null });
      const result = await ownerClient.request(CREATE, { input });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.consultantId', message: expect.any(String) },
      ]);
      expect(await filesNamed(input.lastName)).toBe(0);
    });
  });

  describe('jobSeeker', () => {
    let fileId: string;
    let bsn: string;

    beforeAll(async () => {
      bsn = freshBsn();
      fileId = (
        await createJobSeeker(t.dataSource, {
          bsn,
          consultantId: owner.id,
          workLimitations: 'Astma.',
        })
      ).id;
    });

    it('shows the owner the masked BSN and the work limitations, and logs the read', async () => {
      const { jobSeeker } = await ownerClient.data(GET, { id: fileId });
      expect(jobSeeker).toMatchObject({
        id: fileId,
        bsnMasked: `*******${bsn.slice(7)}`,
        workLimitations: 'Astma.',
      });
      expect((await accessLog(t.dataSource, fileId)).at(-1)).toEqual({
        userId: owner.id,
        purpose: 'jobSeeker',
      });
    });

    it('shows another consultant of the region the masked BSN but not the work limitations', async () => {
      const { jobSeeker } = await colleagueClient.data(GET, { id: fileId });
      expect(jobSeeker).toMatchObject({
        bsnMasked: `*******${bsn.slice(7)}`,
        workLimitations: null,
      });
    });

    it('shows an account manager of the region the file without BSN and work limitations, and logs the read', async () => {
      const { jobSeeker } = await amClient.data(GET, { id: fileId });
      expect(jobSeeker).toMatchObject({
        id: fileId,
        bsnMasked: null,
        workLimitations: null,
        regionCode: 'AM12',
      });
      expect((await accessLog(t.dataSource, fileId)).at(-1)).toEqual({
        userId: am.id,
        purpose: 'jobSeeker',
      });
    });

    it("refuses everyone outside the file's region or without access to files, and logs nothing", async () => {
      const before = await accessLog(t.dataSource, fileId);
      for (const [who, client] of outsiders) {
        expect([who, await client.errorCode(GET, { id: fileId })]).toEqual([who, 'FORBIDDEN']);
      }
      expect(await accessLog(t.dataSource, fileId)).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect(await amClient.errorCode(GET, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      expect(await amClient.errorCode(GET, { id: 'abc' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('jobSeekers', () => {
    /** A fresh consultant whose files the list is filtered on, so other tests' files stay out. */
    async function caseload(files: Parameters<typeof createJobSeeker>[1][]) {
      const consultant = await createUser(t.dataSource, {
        role: 'CONSULTANT',
        regionCodes: ['AM12', 'AM01'],
      });
      const created = [];
      for (const file of files)
        created.push(await createJobSeeker(t.dataSource, { consultantId: consultant.id, ...file }));
      return { consultant, files: created };
    }

    const lastNames = (result: Record<string, unknown>) =>
      (result as { jobSeekers: { nodes: { lastName: string }[] } }).jobSeekers.nodes.map(
        (n) => n.lastName,
      );

    it("pages through the viewer's files by last name and logs one read per file returned", async () => {
      const { consultant, files } = await caseload([
        { lastName: 'Bakker' },
        { lastName: 'Aalders' },
        { lastName: 'Claassen' },
      ]);
      const first = await amClient.data(LIST, { consultantId: consultant.id, first: 2 });
      expect(first.jobSeekers).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(lastNames(first)).toEqual(['Aalders', 'Bakker']);
      const second = await amClient.data(LIST, {
        consultantId: consultant.id,
        first: 2,
        after: first.jobSeekers.pageInfo.endCursor,
      });
      expect(lastNames(second)).toEqual(['Claassen']);
      expect(second.jobSeekers.pageInfo.hasNextPage).toBe(false);
      for (const file of files)
        expect(await accessLog(t.dataSource, file.id)).toEqual([
          { userId: am.id, purpose: 'jobSeekers' },
        ]);
    });

    it('sorts by candidate number on request', async () => {
      const { consultant, files } = await caseload([{ lastName: 'Zwart' }, { lastName: 'Appel' }]);
      const result = await amClient.data(LIST, {
        consultantId: consultant.id,
        sort: 'CANDIDATE_NUMBER',
      });
      expect(result.jobSeekers.nodes.map((n: { id: string }) => n.id)).toEqual(
        files.map((f) => f.id),
      );
    });

    it("shows only files of the viewer's regions", async () => {
      const { consultant, files } = await caseload([
        { municipalityCode: 'GM0402' },
        { municipalityCode: 'GM0014' },
      ]);
      const result = await amClient.data(LIST, { consultantId: consultant.id });
      expect(result.jobSeekers.nodes.map((n: { id: string }) => n.id)).toEqual([files[0]!.id]);
      expect(await accessLog(t.dataSource, files[1]!.id)).toEqual([]);
      const other = await strangerClient.data(LIST, { consultantId: consultant.id });
      expect(other.jobSeekers.nodes.map((n: { id: string }) => n.id)).toEqual([files[1]!.id]);
    });

    it.each([
      ['search on part of the name', (n: string) => ({ search: n.slice(2, 9).toLowerCase() })],
      ['municipality', () => ({ municipalityCode: 'GM0406' })],
      ['region', () => ({ regionCode: 'AM12' })],
      ['doelgroepregister', () => ({ doelgroepregister: true })],
      ['indicatie beschut werk', () => ({ indicatieBeschutWerk: true })],
      ['consent status', () => ({ consentStatus: 'GRANTED' })],
      [
        'earning-capacity band (lower bound included)',
        () => ({ earningCapacityBand: 'SUPPORTED_REGULAR_WORK' }),
      ],
      ['competence at a minimum level', () => ({ competenceCode: 'WA_PUNCTUALITY', minLevel: 3 })],
    ])('filters on %s', async (_filter, filters) => {
      const name = `Gezocht${unique()}`;
      const { consultant } = await caseload([
        {
          lastName: name,
          municipalityCode: 'GM0406',
          postcode: '1271AA',
          doelgroepregister: true,
          indicatieBeschutWerk: true,
          consentStatus: 'GRANTED',
          earningCapacityPercent: 50,
          competences: [{ code: 'WA_PUNCTUALITY', level: 3 }],
        },
        {
          lastName: `Ander${unique()}`,
          municipalityCode: 'GM0014',
          earningCapacityPercent: 80,
          competences: [{ code: 'WA_PUNCTUALITY', level: 2 }],
        },
      ]);
      const result = await strangerAndLocal().data(LIST, {
        consultantId: consultant.id,
        ...filters(name),
      });
      expect(lastNames(result)).toEqual([name]);
    });

    /** A consultant serving both regions of the caseload, so that filters (not scope) decide. */
    let bothRegions: GraphQLClient | undefined;
    const strangerAndLocal = () => bothRegions!;
    beforeAll(async () => {
      bothRegions = await t.loginAs(
        await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12', 'AM01'] }),
      );
    });

    it('finds a file by its candidate number', async () => {
      const { consultant, files } = await caseload([{}, {}]);
      const result = await amClient.data(LIST, {
        consultantId: consultant.id,
        search: String(files[1]!.candidateNumber),
      });
      expect(result.jobSeekers.nodes.map((n: { id: string }) => n.id)).toEqual([files[1]!.id]);
    });

    it('filters on the consultant', async () => {
      const { consultant, files } = await caseload([{}]);
      await caseload([{}]);
      const result = await amClient.data(LIST, { consultantId: consultant.id });
      expect(result.jobSeekers).toMatchObject({ totalCount: 1, nodes: [{ id: files[0]!.id }] });
    });

    it('hides archived files unless asked', async () => {
      const { consultant, files } = await caseload([{ archivedAt: new Date() }]);
      expect(
        (await amClient.data(LIST, { consultantId: consultant.id })).jobSeekers.totalCount,
      ).toBe(0);
      const all = await amClient.data(LIST, { consultantId: consultant.id, includeArchived: true });
      expect(all.jobSeekers.nodes.map((n: { id: string }) => n.id)).toEqual([files[0]!.id]);
    });

    it.each([
      ['a minimum level without a competence', { minLevel: 3 }, 'minLevel'],
      ['a minimum level of 6', { competenceCode: 'WA_PUNCTUALITY', minLevel: 6 }, 'minLevel'],
      ['more than 100 per page', { first: 101 }, 'first'],
      ['a broken cursor', { after: 'niet-een-cursor' }, 'after'],
      ['a malformed region code', { regionCode: 'Gooi' }, 'regionCode'],
      ['an oversized search', { search: 'x'.repeat(101) }, 'search'],
    ])('refuses %s with BAD_USER_INPUT and logs nothing', async (_case, variables, field) => {
      const before = await countAccessRows(t.dataSource);
      const result = await amClient.request(LIST, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await countAccessRows(t.dataSource)).toBe(before);
    });

    it.each([
      ['an admin', () => adminClient],
      ['a board member', () => boardClient],
      ['an employer user', () => employerClient],
    ])('refuses %s and logs nothing', async (_who, client) => {
      const before = await countAccessRows(t.dataSource);
      expect(await client().errorCode(LIST)).toBe('FORBIDDEN');
      expect(await countAccessRows(t.dataSource)).toBe(before);
    });
  });

  describe('updateJobSeeker', () => {
    const file = () =>
      createJobSeeker(t.dataSource, {
        consultantId: owner.id,
        email: 'oud@example.org',
        workLimitations: 'Oud.',
      });

    it('keeps the flag history the regional results count on', async () => {
      const { id } = await file();
      const periods = () =>
        t.dataSource.query(
          'SELECT flag, valid_to FROM job_seeker_flag_period WHERE job_seeker_id = $1 ORDER BY flag',
          [id],
        ) as Promise<{ flag: string; valid_to: string | null }[]>;
      await ownerClient.data(UPDATE, {
        id,
        input: { doelgroepregister: true, indicatieBeschutWerk: true },
      });
      expect(await periods()).toEqual([
        { flag: 'DOELGROEPREGISTER', valid_to: null },
        { flag: 'INDICATIE_BESCHUT_WERK', valid_to: null },
      ]);
      await ownerClient.data(UPDATE, { id, input: { indicatieBeschutWerk: false } });
      // Set and removed on the same day: it never held on a count date.
      expect(await periods()).toEqual([{ flag: 'DOELGROEPREGISTER', valid_to: null }]);
    });

    it('closes an older flag period on the day before the flag is removed', async () => {
      const { id } = await file();
      await ownerClient.data(UPDATE, { id, input: { doelgroepregister: true } });
      await t.dataSource.query(
        "UPDATE job_seeker_flag_period SET valid_from = '2025-01-01' WHERE job_seeker_id = $1",
        [id],
      );
      await ownerClient.data(UPDATE, { id, input: { doelgroepregister: false } });
      const [row] = await t.dataSource.query(
        "SELECT to_char(valid_to, 'YYYY-MM-DD') AS valid_to, to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date - 1, 'YYYY-MM-DD') AS yesterday FROM job_seeker_flag_period WHERE job_seeker_id = $1",
        [id],
      );
      expect(row.valid_to).toBe(row.yesterday);
    });

    it('changes the fields given, keeps the rest, clears with null and logs the read', async () => {
      const { id, lastName } = await file();
      const { updateJobSeeker } = await ownerClient.data(UPDATE, {
        id,
        input: {
          hoursAvailable: 32,
          postcode: '1217aa',
          email: null,
          sectorPreferences: ['CARE'],
          statushouder: true,
        },
      });
      expect(updateJobSeeker).toMatchObject({
        lastName,
        hoursAvailable: 32,
        postcode: '1217 AA',
        pc4: '1217',
        email: null,
        sectorPreferences: ['CARE'],
        statushouder: true,
        earningCapacityPercent: 60,
        workLimitations: 'Oud.',
      });
      expect((await accessLog(t.dataSource, id)).at(-1)).toEqual({
        userId: owner.id,
        purpose: 'updateJobSeeker',
      });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['null for a required name', { firstName: null }, 'input.firstName'],
      ['null for the hours', { hoursAvailable: null }, 'input.hoursAvailable'],
      ['null for a flag', { doelgroepregister: null }, 'input.doelgroepregister'],
      ['null for the consultant', { consultantId: null }, 'input.consultantId'],
      ['41 hours', { hoursAvailable: 41 }, 'input.hoursAvailable'],
      ['an invalid BSN', { bsn: '111222334' }, 'input.bsn'],
      ['an unknown postcode area', { postcode: '1000 AA' }, 'input.postcode'],
      ['an unknown municipality', { municipalityCode: 'GM9999' }, 'input.municipalityCode'],
      ['an account manager as consultant', { consultantId: 'am' }, 'input.consultantId'],
    ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, patch, field) => {
      const { id } = await file();
      const before = await fileRow(t.dataSource, id);
      const input = {
        lastName: 'Gewijzigd',
        ...patch,
        ...(patch.consultantId === 'am' && { consultantId: am.id }),
      };
      const result = await ownerClient.request(UPDATE, { id, input });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await fileRow(t.dataSource, id)).toEqual(before);
      expect(await accessLog(t.dataSource, id)).toEqual([]);
    });

    it('hands the file to a colleague, who then sees the work limitations', async () => {
      const { id } = await file();
      await ownerClient.data(UPDATE, { id, input: { consultantId: colleague.id } });
      expect((await colleagueClient.data(GET, { id })).jobSeeker.workLimitations).toBe('Oud.');
      expect((await ownerClient.data(GET, { id })).jobSeeker.workLimitations).toBeNull();
    });

    it('lets only the owner change the work limitations', async () => {
      const { id } = await file();
      expect(
        await colleagueClient.errorCode(UPDATE, { id, input: { workLimitations: 'Nieuw.' } }),
      ).toBe('FORBIDDEN');
      expect((await fileRow(t.dataSource, id)).work_limitations).toBe('Oud.');
      const { updateJobSeeker } = await ownerClient.data(UPDATE, {
        id,
        input: { workLimitations: 'Nieuw.' },
      });
      expect(updateJobSeeker.workLimitations).toBe('Nieuw.');
    });

    it('lets a colleague of the region change the rest of the file', async () => {
      const { id } = await file();
      const { updateJobSeeker } = await colleagueClient.data(UPDATE, {
        id,
        input: { participationStep: 5 },
      });
      expect(updateJobSeeker).toMatchObject({ participationStep: 5, workLimitations: null });
    });

    it("answers CONFLICT for a BSN of another file and accepts the file's own", async () => {
      const bsn = freshBsn();
      await createJobSeeker(t.dataSource, { bsn });
      const own = freshBsn();
      const { id } = await createJobSeeker(t.dataSource, { bsn: own, consultantId: owner.id });
      const result = await ownerClient.request(UPDATE, { id, input: { bsn } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Er is al een dossier met dit BSN.',
        extensions: { code: 'CONFLICT' },
      });
      expect(JSON.stringify(result)).not.toContain(bsn);
      expect(
        (await ownerClient.data(UPDATE, { id, input: { bsn: own } })).updateJobSeeker.bsnMasked,
      ).toBe(`*******${own.slice(7)}`);
      expect((await fileRow(t.dataSource, id)).bsn).toBe(own);
    });

    it("refuses moving the file to a municipality outside the consultant's regions", async () => {
      const { id } = await file();
      expect(
        await ownerClient.errorCode(UPDATE, {
          id,
          input: { municipalityCode: 'GM0014', postcode: '9711 AA' },
        }),
      ).toBe('FORBIDDEN');
      expect((await fileRow(t.dataSource, id)).municipality_code).toBe('GM0402');
    });

    it('refuses an archived file with CONFLICT', async () => {
      const { id } = await createJobSeeker(t.dataSource, {
        consultantId: owner.id,
        archivedAt: new Date(),
      });
      expect(await ownerClient.errorCode(UPDATE, { id, input: { hoursAvailable: 8 } })).toBe(
        'CONFLICT',
      );
    });

    it('answers NOT_FOUND for an unknown file', async () => {
      expect(
        await ownerClient.errorCode(UPDATE, { id: UNKNOWN_ID, input: { hoursAvailable: 8 } }),
      ).toBe('NOT_FOUND');
    });

    it.each([
      ['a consultant of another region', () => strangerClient],
      ['an account manager of the region', () => amClient],
      ['an admin', () => adminClient],
      ['a board member', () => boardClient],
      ['an employer user', () => employerClient],
    ])('refuses %s and changes nothing', async (_who, client) => {
      const { id } = await file();
      const before = await fileRow(t.dataSource, id);
      expect(await client().errorCode(UPDATE, { id, input: { hoursAvailable: 8 } })).toBe(
        'FORBIDDEN',
      );
      expect(await fileRow(t.dataSource, id)).toEqual(before);
      expect(await accessLog(t.dataSource, id)).toEqual([]);
    });
  });

  describe('setJobSeekerCompetences', () => {
    const file = () =>
      createJobSeeker(t.dataSource, {
        consultantId: owner.id,
        competences: [
          { code: 'WA_PUNCTUALITY', level: 2 },
          { code: 'SOC_COLLABORATION', level: 3 },
        ],
      });
    const storedCompetences = async (id: string) =>
      (await t.dataSource.query(
        'SELECT competence_code, level FROM job_seeker_competence WHERE job_seeker_id = $1 ORDER BY competence_code',
        [id],
      )) as Row[];

    it('replaces the whole set and logs the read', async () => {
      const { id } = await file();
      const { setJobSeekerCompetences } = await ownerClient.data(SET_COMPETENCES, {
        id,
        competences: [
          { code: 'WA_PUNCTUALITY', level: 4, assessedAt: '2026-02-01' },
          { code: 'VOC_LOG_ORDER_PICKING', level: 1 },
        ],
      });
      expect(setJobSeekerCompetences.competences).toEqual([
        { competence: { code: 'WA_PUNCTUALITY' }, level: 4, assessedAt: '2026-02-01' },
        { competence: { code: 'VOC_LOG_ORDER_PICKING' }, level: 1, assessedAt: null },
      ]);
      expect(await storedCompetences(id)).toHaveLength(2);
      expect((await accessLog(t.dataSource, id)).at(-1)?.purpose).toBe('setJobSeekerCompetences');
    });

    it('clears the set with an empty list', async () => {
      const { id } = await file();
      expect(
        (await ownerClient.data(SET_COMPETENCES, { id, competences: [] })).setJobSeekerCompetences
          .competences,
      ).toEqual([]);
    });

    it.each([
      [
        'an unknown competence',
        [
          { code: 'WA_PUNCTUALITY', level: 3 },
          { code: 'BESTAAT_NIET', level: 3 },
        ],
        'competences.1.code',
      ],
      [
        'a competence twice',
        [
          { code: 'WA_PUNCTUALITY', level: 3 },
          { code: 'WA_PUNCTUALITY', level: 4 },
        ],
        'competences.1.code',
      ],
      ['level 6', [{ code: 'WA_PUNCTUALITY', level: 6 }], 'competences.0.level'],
      ['an oversized code', [{ code: 'X'.repeat(65), level: 1 }], 'competences.0.code'],
    ])(
      'refuses %s with BAD_USER_INPUT and keeps the old set',
      async (_case, competences, field) => {
        const { id } = await file();
        const before = await storedCompetences(id);
        const result = await ownerClient.request(SET_COMPETENCES, { id, competences });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(await storedCompetences(id)).toEqual(before);
      },
    );

    it('answers NOT_FOUND, and FORBIDDEN for a consultant of another region and an account manager', async () => {
      const { id } = await file();
      const competences = [{ code: 'WA_PUNCTUALITY', level: 5 }];
      expect(await ownerClient.errorCode(SET_COMPETENCES, { id: UNKNOWN_ID, competences })).toBe(
        'NOT_FOUND',
      );
      expect(await strangerClient.errorCode(SET_COMPETENCES, { id, competences })).toBe(
        'FORBIDDEN',
      );
      expect(await amClient.errorCode(SET_COMPETENCES, { id, competences })).toBe('FORBIDDEN');
      expect(await storedCompetences(id)).toHaveLength(2);
    });
  });

  describe('recordJobSeekerConsent', () => {
    const today = () => todayInNetherlands();
    const grant = (patch: Record<string, unknown> = {}) => ({
      status: 'GRANTED',
      method: 'IN_WRITING',
      effectiveOn: addDays(today(), -2),
      expiresOn: addMonths(today(), 12),
      ...patch,
    });

    it('records consent with the day, how, until when and by whom, and keeps every change in the history', async () => {
      const { id } = await createJobSeeker(t.dataSource, { consultantId: owner.id });
      const granted = (await ownerClient.data(CONSENT, { id, ...grant() })).recordJobSeekerConsent;
      expect(granted).toMatchObject({
        consentStatus: 'GRANTED',
        consentUpdatedAt: expect.any(String),
        consentEffectiveOn: addDays(today(), -2),
        consentMethod: 'IN_WRITING',
        consentExpiresOn: addMonths(today(), 12),
        consentExpired: false,
        consentRecordedBy: owner.displayName,
      });
      const withdrawn = (
        await colleagueClient.data(CONSENT, { id, status: 'WITHDRAWN', method: 'PHONE' })
      ).recordJobSeekerConsent;
      expect(withdrawn).toMatchObject({
        consentStatus: 'WITHDRAWN',
        consentEffectiveOn: today(),
        consentMethod: 'PHONE',
        consentExpiresOn: null,
        consentRecordedBy: colleague.displayName,
      });
      expect(withdrawn.consentHistory).toEqual([
        {
          status: 'WITHDRAWN',
          method: 'PHONE',
          effectiveOn: today(),
          expiresOn: null,
          recordedBy: colleague.displayName,
          recordedAt: expect.any(String),
        },
        {
          status: 'GRANTED',
          method: 'IN_WRITING',
          effectiveOn: addDays(today(), -2),
          expiresOn: addMonths(today(), 12),
          recordedBy: owner.displayName,
          recordedAt: expect.any(String),
        },
      ]);
      expect(Date.parse(withdrawn.consentUpdatedAt)).toBeGreaterThanOrEqual(
        Date.parse(granted.consentUpdatedAt),
      );
      expect((await accessLog(t.dataSource, id)).map((row) => row.purpose)).toEqual([
        'recordJobSeekerConsent',
        'recordJobSeekerConsent',
      ]);
    });

    it('shows an account manager the history of a file of the region', async () => {
      const { id } = await createJobSeeker(t.dataSource, { consultantId: owner.id });
      await ownerClient.data(CONSENT, { id, ...grant() });
      const { jobSeeker } = await amClient.data(
        'query($id: ID!) { jobSeeker(id: $id) { consentHistory { status } } }',
        { id },
      );
      expect(jobSeeker.consentHistory).toEqual([{ status: 'GRANTED' }]);
    });

    it('reports a GRANTED consent past its expiry date as expired', async () => {
      const { id } = await createJobSeeker(t.dataSource, {
        consultantId: owner.id,
        consentStatus: 'GRANTED',
        consentEffectiveOn: addMonths(todayInNetherlands(), -13),
        consentExpiresOn: todayInNetherlands(),
      });
      expect(
        (await ownerClient.data(GET.replace(FIELDS, 'consentExpired'), { id })).jobSeeker
          .consentExpired,
      ).toBe(true);
    });

    it.each([
      ['NOT_ASKED', { status: 'NOT_ASKED' }, ['status']],
      ['GRANTED without how or until when', { status: 'GRANTED' }, ['method', 'expiresOn']],
      [
        'a date in the future',
        grant({ effectiveOn: addDays(todayInNetherlands(), 1) }),
        ['effectiveOn'],
      ],
      ['an expiry today', grant({ expiresOn: todayInNetherlands() }), ['expiresOn']],
      [
        'an expiry before the day it was given',
        grant({
          effectiveOn: addDays(todayInNetherlands(), -10),
          expiresOn: addDays(todayInNetherlands(), -11),
        }),
        ['expiresOn'],
      ],
      [
        'a withdrawal with an expiry',
        { status: 'WITHDRAWN', expiresOn: addMonths(todayInNetherlands(), 1) },
        ['expiresOn'],
      ],
      ['a malformed date', grant({ expiresOn: '31-12-2030' }), ['expiresOn']],
      ['an unknown method', grant({ method: 'TELEPATHY' }), null],
    ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, change, fields) => {
      const { id } = await createJobSeeker(t.dataSource, {
        consultantId: owner.id,
        consentStatus: 'GRANTED',
      });
      const result = await ownerClient.request(CONSENT, { id, ...change });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      if (fields)
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(fields);
      expect((await fileRow(t.dataSource, id)).consent_status).toBe('GRANTED');
      expect(
        await t.dataSource.query(
          'SELECT 1 FROM job_seeker_consent_change WHERE job_seeker_id = $1',
          [id],
        ),
      ).toEqual([]);
    });

    it('lets consent be withdrawn on an archived file but not granted', async () => {
      const { id } = await createJobSeeker(t.dataSource, {
        consultantId: owner.id,
        consentStatus: 'GRANTED',
        archivedAt: new Date(),
      });
      expect(await ownerClient.errorCode(CONSENT, { id, ...grant() })).toBe('CONFLICT');
      expect(
        (await ownerClient.data(CONSENT, { id, status: 'WITHDRAWN' })).recordJobSeekerConsent
          .consentStatus,
      ).toBe('WITHDRAWN');
    });

    it('answers NOT_FOUND, and FORBIDDEN for everyone but consultants of the region', async () => {
      const { id } = await createJobSeeker(t.dataSource, { consultantId: owner.id });
      expect(await ownerClient.errorCode(CONSENT, { id: UNKNOWN_ID, ...grant() })).toBe(
        'NOT_FOUND',
      );
      for (const client of [amClient, strangerClient, adminClient, boardClient, employerClient]) {
        expect(await client.errorCode(CONSENT, { id, ...grant() })).toBe('FORBIDDEN');
      }
      expect((await fileRow(t.dataSource, id)).consent_status).toBe('NOT_ASKED');
    });
  });

  describe('the availabilityStale filter', () => {
    it('lists files never confirmed or not for 90 days, counted against today in the Netherlands', async () => {
      const consultant = await createUser(t.dataSource, {
        role: 'CONSULTANT',
        regionCodes: ['AM12'],
      });
      const today = todayInNetherlands();
      const [never, ninety, eightyNine, fresh] = await Promise.all(
        [null, addDays(today, -90), addDays(today, -89), today].map((availabilityConfirmedAt) =>
          createJobSeeker(t.dataSource, { consultantId: consultant.id, availabilityConfirmedAt }),
        ),
      );
      const stale = (
        await amClient.data(STALE_LIST, { consultantId: consultant.id, availabilityStale: true })
      ).jobSeekers;
      expect(stale.totalCount).toBe(2);
      expect(stale.nodes.map((node: { id: string }) => node.id).sort()).toEqual(
        [never.id, ninety.id].sort(),
      );
      expect(
        stale.nodes.every((node: { availabilityStale: boolean }) => node.availabilityStale),
      ).toBe(true);
      const current = (
        await amClient.data(STALE_LIST, { consultantId: consultant.id, availabilityStale: false })
      ).jobSeekers;
      expect(current.nodes.map((node: { id: string }) => node.id).sort()).toEqual(
        [eightyNine.id, fresh.id].sort(),
      );
      expect(
        (await amClient.data(STALE_LIST, { consultantId: consultant.id })).jobSeekers.totalCount,
      ).toBe(4);
    });

    it('counts the files to follow up without reading (or logging) any file', async () => {
      const consultant = await createUser(t.dataSource, {
        role: 'CONSULTANT',
        regionCodes: ['AM12'],
      });
      const stale = await createJobSeeker(t.dataSource, {
        consultantId: consultant.id,
        availabilityConfirmedAt: null,
      });
      await createJobSeeker(t.dataSource, {
        consultantId: consultant.id,
        availabilityConfirmedAt: todayInNetherlands(),
      });
      const COUNT =
        'query($consultantId: ID, $stale: Boolean) { jobSeekerCount(consultantId: $consultantId, availabilityStale: $stale) }';
      expect(
        (await amClient.data(COUNT, { consultantId: consultant.id, stale: true })).jobSeekerCount,
      ).toBe(1);
      expect((await amClient.data(COUNT, { consultantId: consultant.id })).jobSeekerCount).toBe(2);
      expect(
        (await strangerClient.data(COUNT, { consultantId: consultant.id, stale: true }))
          .jobSeekerCount,
      ).toBe(0);
      expect(await accessLog(t.dataSource, stale.id)).toEqual([]);
      for (const client of [adminClient, boardClient, employerClient]) {
        expect(await client.errorCode(COUNT, { stale: true })).toBe('FORBIDDEN');
      }
    });

    it('drops a file from the follow-up list once its availability is confirmed', async () => {
      const consultant = await createUser(t.dataSource, {
        role: 'CONSULTANT',
        regionCodes: ['AM12'],
      });
      const { id } = await createJobSeeker(t.dataSource, {
        consultantId: consultant.id,
        availabilityConfirmedAt: null,
      });
      expect(
        (
          await ownerClient.data(STALE_LIST, {
            consultantId: consultant.id,
            availabilityStale: true,
          })
        ).jobSeekers.totalCount,
      ).toBe(1);
      await ownerClient.data(CONFIRM, { id });
      expect(
        (
          await ownerClient.data(STALE_LIST, {
            consultantId: consultant.id,
            availabilityStale: true,
          })
        ).jobSeekers.totalCount,
      ).toBe(0);
    });

    it('refuses a non-boolean with BAD_USER_INPUT', async () => {
      expect(await amClient.errorCode(STALE_LIST, { availabilityStale: 'ja' })).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('confirmJobSeekerAvailability', () => {
    it('records today as the date of confirmation', async () => {
      const { id } = await createJobSeeker(t.dataSource, { consultantId: owner.id });
      const { confirmJobSeekerAvailability } = await colleagueClient.data(CONFIRM, { id });
      expect(confirmJobSeekerAvailability.availabilityConfirmedAt).toBe(todayInNetherlands());
    });

    it('refuses an archived file with CONFLICT, an unknown one with NOT_FOUND and another region with FORBIDDEN', async () => {
      const archived = await createJobSeeker(t.dataSource, {
        consultantId: owner.id,
        archivedAt: new Date(),
      });
      const active = await createJobSeeker(t.dataSource, { consultantId: owner.id });
      expect(await ownerClient.errorCode(CONFIRM, { id: archived.id })).toBe('CONFLICT');
      expect(await ownerClient.errorCode(CONFIRM, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      expect(await strangerClient.errorCode(CONFIRM, { id: active.id })).toBe('FORBIDDEN');
      expect(await amClient.errorCode(CONFIRM, { id: active.id })).toBe('FORBIDDEN');
      expect((await fileRow(t.dataSource, active.id)).availability_confirmed_at).toBeNull();
    });
  });

  describe('archiveJobSeeker', () => {
    it('archives a file: gone from lists, still readable by id, archiving again changes nothing', async () => {
      const consultant = await createUser(t.dataSource, {
        role: 'CONSULTANT',
        regionCodes: ['AM12'],
      });
      const { id } = await createJobSeeker(t.dataSource, { consultantId: consultant.id });
      const { archiveJobSeeker } = await ownerClient.data(ARCHIVE, { id });
      expect(archiveJobSeeker.archivedAt).not.toBeNull();
      expect(
        (await amClient.data(LIST, { consultantId: consultant.id })).jobSeekers.totalCount,
      ).toBe(0);
      expect((await amClient.data(GET, { id })).jobSeeker.archivedAt).toBe(
        archiveJobSeeker.archivedAt,
      );
      expect((await ownerClient.data(ARCHIVE, { id })).archiveJobSeeker.archivedAt).toBe(
        archiveJobSeeker.archivedAt,
      );
    });

    it('answers NOT_FOUND, and FORBIDDEN for everyone but consultants of the region', async () => {
      const { id } = await createJobSeeker(t.dataSource, { consultantId: owner.id });
      expect(await ownerClient.errorCode(ARCHIVE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      for (const client of [strangerClient, amClient, adminClient, boardClient, employerClient]) {
        expect(await client.errorCode(ARCHIVE, { id })).toBe('FORBIDDEN');
      }
      expect((await fileRow(t.dataSource, id)).archived_at).toBeNull();
    });
  });

  describe('the BSN', () => {
    it('reaches no one in any response after a file was created with it, and every read is logged', async () => {
      const bsn = freshBsn();
      const input = validInput({ bsn });
      const createResponse = await ownerClient.request(CREATE, { input });
      expect(JSON.stringify(createResponse)).not.toContain(bsn);
      const id = (createResponse.data as { createJobSeeker: { id: string } }).createJobSeeker.id;
      const readers: [string, GraphQLClient, string][] = [
        ['the owner', ownerClient, owner.id],
        ['a colleague', colleagueClient, colleague.id],
        ['an account manager', amClient, am.id],
      ];
      const everyone = [
        ...readers.map(([who, client]) => [who, client] as [string, GraphQLClient]),
        ...outsiders,
      ];
      for (const [, client] of everyone) {
        for (const [query, variables] of [
          [GET, { id }],
          [LIST, { search: input.lastName }],
          [LIST, { search: input.lastName, includeArchived: true, sort: 'CANDIDATE_NUMBER' }],
        ] as const) {
          expect(JSON.stringify(await client.request(query, variables))).not.toContain(bsn);
        }
      }
      const log = await accessLog(t.dataSource, id);
      for (const [, , userId] of readers) {
        expect(
          log
            .filter((row) => row.userId === userId)
            .map((row) => row.purpose)
            .sort(),
        ).toEqual(
          userId === owner.id
            ? ['createJobSeeker', 'jobSeeker', 'jobSeekers', 'jobSeekers']
            : ['jobSeeker', 'jobSeekers', 'jobSeekers'],
        );
      }
      expect(log).toHaveLength(10);
    }, 30_000);

    it('is not repeated in the error for an invalid one', async () => {
      const result = await ownerClient.request(CREATE, { input: validInput({ bsn: '111222334' }) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result)).not.toContain('111222334');
    });
  });
});
