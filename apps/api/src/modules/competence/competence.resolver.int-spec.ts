import type { Role } from '@werkbrug/domain-rules';
import {
  createCompetence,
  createEmployer,
  createJobSeeker,
  freshCompetenceCode,
} from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import { CompetenceResolver } from './competence.resolver.js';

const FIELDS =
  'code group sector label description levels { level description } trainable taxonomyVersion revision archivedAt';
const CREATE = `mutation CreateCompetence($input: CreateCompetenceInput!) { createCompetence(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation UpdateCompetence($code: String!, $input: UpdateCompetenceInput!, $expectedRevision: Int!) {
  updateCompetence(code: $code, input: $input, expectedRevision: $expectedRevision) { ${FIELDS} } }`;
const ARCHIVE = `mutation ArchiveCompetence($code: String!) { archiveCompetence(code: $code) { ${FIELDS} } }`;
const GET = `query Competence($code: String!) { competence(code: $code) { ${FIELDS} } }`;
const LIST = `query Competences($group: CompetenceGroup, $sector: WorkSector, $search: String, $includeArchived: Boolean, $first: Int, $after: String) {
  competences(group: $group, sector: $sector, search: $search, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount nodes { code group sector label archivedAt } pageInfo { hasNextPage endCursor } } }`;
const TAXONOMY = '{ competenceTaxonomy { version revision updatedAt competenceCount } }';

const LEVELS = [
  'Zet nog geen koffie, ook niet met hulp.',
  'Zet koffie met hulp van een collega.',
  'Zet zelfstandig koffie voor een kleine groep.',
  'Zet zelfstandig koffie voor een volle zaal.',
  'Leert anderen koffie zetten.',
];

describe(CompetenceResolver.name, () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let clients: Record<Role, GraphQLClient>;

  const validInput = () => ({
    code: freshCompetenceCode(),
    group: 'VOCATIONAL',
    sector: 'HOSPITALITY',
    label: 'Koffie zetten',
    description: 'Zet koffie en thee volgens de werkwijze van de zaak.',
    levelDescriptions: LEVELS,
  });
  const taxonomyRevision = async () =>
    (
      (await t.dataSource.query('SELECT revision FROM competence_taxonomy WHERE current')) as {
        revision: number;
      }[]
    )[0]!.revision;
  const rowsWithCode = (code: string) =>
    t.dataSource.query('SELECT * FROM competence WHERE code = $1', [code]);

  beforeAll(async () => {
    t = await createTestApp();
    const employer = await createEmployer(t.dataSource);
    const login = async (role: Role) =>
      t.loginAs(
        await createUser(t.dataSource, {
          role,
          ...(role === 'EMPLOYER_USER' && { employerId: employer.id }),
        }),
      );
    clients = {
      EMPLOYER_USER: await login('EMPLOYER_USER'),
      ACCOUNT_MANAGER: await login('ACCOUNT_MANAGER'),
      CONSULTANT: await login('CONSULTANT'),
      BOARD_MEMBER: await login('BOARD_MEMBER'),
      ADMIN: await login('ADMIN'),
    };
    admin = clients.ADMIN;
  }, 60_000);
  afterAll(() => t.close());

  describe('competenceTaxonomy', () => {
    it.each(['EMPLOYER_USER', 'ACCOUNT_MANAGER', 'CONSULTANT', 'BOARD_MEMBER', 'ADMIN'] as const)(
      'tells %s the version, revision and number of active competences',
      async (role) => {
        const { competenceTaxonomy } = await clients[role].data(TAXONOMY);
        const [{ count }] = await t.dataSource.query(
          'SELECT count(*)::int AS count FROM competence WHERE archived_at IS NULL',
        );
        expect(competenceTaxonomy).toEqual({
          version: '2025.1',
          revision: await taxonomyRevision(),
          updatedAt: expect.any(String),
          competenceCount: count,
        });
        expect(count).toBeGreaterThanOrEqual(60);
      },
    );

    it('requires a login', async () => {
      expect(await t.anonymous().errorCode(TAXONOMY)).toBe('UNAUTHENTICATED');
    });
  });

  describe('competences and competence', () => {
    it('lets an employer user pick from the seeded competences of a group and sector, sorted by label', async () => {
      const { competences } = await clients.EMPLOYER_USER.data(LIST, {
        group: 'VOCATIONAL',
        sector: 'HOSPITALITY',
        first: 100,
      });
      const expected: { code: string }[] = await t.dataSource.query(
        "SELECT code FROM competence WHERE competence_group = 'VOCATIONAL' AND sector = 'HOSPITALITY' AND archived_at IS NULL ORDER BY label, code",
      );
      expect(expected.length).toBeGreaterThan(1);
      expect(competences.totalCount).toBe(expected.length);
      expect(competences.nodes.map((c: { code: string }) => c.code)).toEqual(
        expected.map((row) => row.code),
      );
      expect(
        competences.nodes.every(
          (c: { sector: string; group: string }) =>
            c.group === 'VOCATIONAL' && c.sector === 'HOSPITALITY',
        ),
      ).toBe(true);
    });

    it('pages with a cursor without repeating or skipping', async () => {
      const first = (await clients.CONSULTANT.data(LIST, { group: 'WORK_ATTITUDE', first: 3 }))
        .competences;
      expect(first.nodes).toHaveLength(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (
        await clients.CONSULTANT.data(LIST, {
          group: 'WORK_ATTITUDE',
          first: 100,
          after: first.pageInfo.endCursor,
        })
      ).competences;
      const codes = [...first.nodes, ...second.nodes].map((c: { code: string }) => c.code);
      expect(codes).toHaveLength(first.totalCount);
      expect(new Set(codes).size).toBe(first.totalCount);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it.each([
      ['part of the label', 'op tijd', 'WA_PUNCTUALITY'],
      ['part of the code', 'punctual', 'WA_PUNCTUALITY'],
    ])('finds competences by %s', async (_case, search, code) => {
      const { competences } = await clients.BOARD_MEMBER.data(LIST, { search });
      expect(competences.nodes.map((c: { code: string }) => c.code)).toContain(code);
    });

    it('hides archived competences unless asked for them', async () => {
      const competence = await createCompetence(t.dataSource, { archivedAt: new Date() });
      expect((await admin.data(LIST, { search: competence.code })).competences.totalCount).toBe(0);
      const { competences } = await admin.data(LIST, {
        search: competence.code,
        includeArchived: true,
      });
      expect(competences.nodes).toEqual([
        expect.objectContaining({ code: competence.code, archivedAt: expect.any(String) }),
      ]);
    });

    it('shows one competence with its five levels, archived or not', async () => {
      const { competence } = await clients.EMPLOYER_USER.data(GET, { code: 'WA_PUNCTUALITY' });
      expect(competence).toMatchObject({
        code: 'WA_PUNCTUALITY',
        group: 'WORK_ATTITUDE',
        sector: null,
        taxonomyVersion: '2025.1',
      });
      expect(competence.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
      expect(
        competence.levels.every((l: { description: string }) => l.description.length > 0),
      ).toBe(true);
      const archived = await createCompetence(t.dataSource, { archivedAt: new Date() });
      expect(
        (await clients.CONSULTANT.data(GET, { code: archived.code })).competence.archivedAt,
      ).not.toBeNull();
    });

    it('answers NOT_FOUND for an unknown code and BAD_USER_INPUT for a malformed one', async () => {
      expect(await admin.errorCode(GET, { code: 'ZZ_UNKNOWN' })).toBe('NOT_FOUND');
      const result = await admin.request(GET, { code: 'kleine letters' });
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['code']);
    });

    it('rejects a page size over 100 and a forged cursor', async () => {
      expect(await admin.errorCode(LIST, { first: 101 })).toBe('BAD_USER_INPUT');
      expect(await admin.errorCode(LIST, { after: 'bm9wZQ' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('createCompetence', () => {
    it('adds a competence to the current taxonomy and bumps the taxonomy revision', async () => {
      const before = (await admin.data(TAXONOMY)).competenceTaxonomy;
      const input = { ...validInput(), label: '  Koffie zetten  ', trainable: false };
      const { createCompetence } = await admin.data(CREATE, { input });
      expect(createCompetence).toEqual({
        code: input.code,
        group: 'VOCATIONAL',
        sector: 'HOSPITALITY',
        label: 'Koffie zetten',
        description: input.description,
        levels: LEVELS.map((description, index) => ({ level: index + 1, description })),
        trainable: false,
        taxonomyVersion: '2025.1',
        revision: 1,
        archivedAt: null,
      });
      const after = (await admin.data(TAXONOMY)).competenceTaxonomy;
      expect(after.revision).toBe(before.revision + 1);
      expect(after.competenceCount).toBe(before.competenceCount + 1);
      expect(new Date(after.updatedAt).getTime()).toBeGreaterThan(
        new Date(before.updatedAt).getTime(),
      );
    });

    it('makes a competence trainable unless told otherwise', async () => {
      expect((await admin.data(CREATE, { input: validInput() })).createCompetence.trainable).toBe(
        true,
      );
    });

    it.each([
      ['a code in lower case', { code: 'koffie_zetten' }, 'input.code'],
      ['a code of two characters', { code: 'KZ' }, 'input.code'],
      ['a code starting with a digit', { code: '1_KOFFIE' }, 'input.code'],
      ['a blank label', { label: '   ' }, 'input.label'],
      ['a label of 121 characters', { label: 'x'.repeat(121) }, 'input.label'],
      ['a description of 1001 characters', { description: 'x'.repeat(1001) }, 'input.description'],
      [
        'four level descriptions',
        { levelDescriptions: LEVELS.slice(0, 4) },
        'input.levelDescriptions',
      ],
      [
        'six level descriptions',
        { levelDescriptions: [...LEVELS, 'Zes.'] },
        'input.levelDescriptions',
      ],
      [
        'an empty level description',
        { levelDescriptions: [...LEVELS.slice(0, 4), ' '] },
        'input.levelDescriptions',
      ],
      [
        'a level description of 301 characters',
        { levelDescriptions: [...LEVELS.slice(0, 4), 'x'.repeat(301)] },
        'input.levelDescriptions',
      ],
      ['a vocational competence without a sector', { sector: null }, 'input.sector'],
      ['a social competence with a sector', { group: 'SOCIAL' }, 'input.sector'],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const input = { ...validInput(), ...patch };
        const revision = await taxonomyRevision();
        const result = await admin.request(CREATE, { input });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(await rowsWithCode(input.code)).toHaveLength(0);
        expect(await taxonomyRevision()).toBe(revision);
      },
    );

    it('answers CONFLICT for a code already in use, archived or seeded, and changes nothing', async () => {
      const archived = await createCompetence(t.dataSource, { archivedAt: new Date() });
      const revision = await taxonomyRevision();
      for (const code of [archived.code, 'WA_PUNCTUALITY']) {
        expect(await admin.errorCode(CREATE, { input: { ...validInput(), code } })).toBe(
          'CONFLICT',
        );
      }
      expect((await rowsWithCode('WA_PUNCTUALITY'))[0].label).toBe('Op tijd komen');
      expect(await taxonomyRevision()).toBe(revision);
    });

    it.each(['EMPLOYER_USER', 'ACCOUNT_MANAGER', 'CONSULTANT', 'BOARD_MEMBER'] as const)(
      'refuses %s',
      async (role) => {
        const input = validInput();
        expect(await clients[role].errorCode(CREATE, { input })).toBe('FORBIDDEN');
        expect(await rowsWithCode(input.code)).toHaveLength(0);
      },
    );
  });

  describe('updateCompetence', () => {
    it('changes the given fields, keeps the rest and bumps both revisions', async () => {
      const competence = await createCompetence(t.dataSource, { trainable: false });
      const revision = await taxonomyRevision();
      const { updateCompetence } = await admin.data(UPDATE, {
        code: competence.code,
        expectedRevision: 1,
        input: { label: 'Afwassen met de machine', levelDescriptions: LEVELS },
      });
      expect(updateCompetence).toMatchObject({
        code: competence.code,
        label: 'Afwassen met de machine',
        description: competence.description,
        sector: 'HOSPITALITY',
        trainable: false,
        revision: 2,
      });
      expect(updateCompetence.levels[4]).toEqual({ level: 5, description: LEVELS[4] });
      expect(await taxonomyRevision()).toBe(revision + 1);
    });

    it('refuses an edit based on a stale revision with CONFLICT and changes nothing', async () => {
      const competence = await createCompetence(t.dataSource);
      await admin.data(UPDATE, {
        code: competence.code,
        expectedRevision: 1,
        input: { label: 'Eerste wijziging' },
      });
      const revision = await taxonomyRevision();
      const result = await admin.request(UPDATE, {
        code: competence.code,
        expectedRevision: 1,
        input: { label: 'Tweede wijziging' },
      });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Deze competentie is intussen door iemand anders gewijzigd.',
        extensions: { code: 'CONFLICT' },
      });
      expect((await rowsWithCode(competence.code))[0]).toMatchObject({
        label: 'Eerste wijziging',
        revision: 2,
      });
      expect(await taxonomyRevision()).toBe(revision);
    });

    it('drops the sector when a vocational competence moves to another group', async () => {
      const competence = await createCompetence(t.dataSource);
      const { updateCompetence } = await admin.data(UPDATE, {
        code: competence.code,
        expectedRevision: 1,
        input: { group: 'CERTIFICATE' },
      });
      expect(updateCompetence).toMatchObject({ group: 'CERTIFICATE', sector: null });
    });

    it.each([
      ['a move to the vocational group without a sector', { group: 'VOCATIONAL' }, 'input.sector'],
      ['a sector on a social competence', { sector: 'CARE' }, 'input.sector'],
      ['a label of 121 characters', { label: 'x'.repeat(121) }, 'input.label'],
      [
        'three level descriptions',
        { levelDescriptions: LEVELS.slice(0, 3) },
        'input.levelDescriptions',
      ],
    ])('rejects %s with BAD_USER_INPUT and changes nothing', async (_case, input, field) => {
      const competence = await createCompetence(t.dataSource, { group: 'SOCIAL' });
      const revision = await taxonomyRevision();
      const result = await admin.request(UPDATE, {
        code: competence.code,
        expectedRevision: 1,
        input,
      });
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect((await rowsWithCode(competence.code))[0]).toMatchObject({
        competence_group: 'SOCIAL',
        sector: null,
        revision: 1,
        label: competence.label,
      });
      expect(await taxonomyRevision()).toBe(revision);
    });

    it('answers NOT_FOUND for an unknown code', async () => {
      expect(
        await admin.errorCode(UPDATE, {
          code: 'ZZ_UNKNOWN',
          expectedRevision: 1,
          input: { label: 'X' },
        }),
      ).toBe('NOT_FOUND');
    });

    it('answers CONFLICT for an archived competence', async () => {
      const competence = await createCompetence(t.dataSource, { archivedAt: new Date() });
      expect(
        await admin.errorCode(UPDATE, {
          code: competence.code,
          expectedRevision: 1,
          input: { label: 'X' },
        }),
      ).toBe('CONFLICT');
    });

    it('refuses an account manager', async () => {
      const competence = await createCompetence(t.dataSource);
      expect(
        await clients.ACCOUNT_MANAGER.errorCode(UPDATE, {
          code: competence.code,
          expectedRevision: 1,
          input: { label: 'X' },
        }),
      ).toBe('FORBIDDEN');
      expect((await rowsWithCode(competence.code))[0].label).toBe(competence.label);
    });
  });

  describe('archiveCompetence', () => {
    it('hides the competence from pickers but keeps it on the profiles that use it', async () => {
      const competence = await createCompetence(t.dataSource);
      const jobSeeker = await createJobSeeker(t.dataSource, {
        competences: [{ code: competence.code, level: 3 }],
      });
      const before = (await admin.data(TAXONOMY)).competenceTaxonomy;
      const { archiveCompetence } = await admin.data(ARCHIVE, { code: competence.code });
      expect(archiveCompetence).toMatchObject({ archivedAt: expect.any(String), revision: 2 });
      const after = (await admin.data(TAXONOMY)).competenceTaxonomy;
      expect(after).toMatchObject({
        revision: before.revision + 1,
        competenceCount: before.competenceCount - 1,
      });
      expect(
        (await clients.EMPLOYER_USER.data(LIST, { search: competence.code })).competences
          .totalCount,
      ).toBe(0);
      expect((await clients.CONSULTANT.data(GET, { code: competence.code })).competence.label).toBe(
        competence.label,
      );
      expect(
        await t.dataSource.query(
          'SELECT level FROM job_seeker_competence WHERE job_seeker_id = $1 AND competence_code = $2',
          [jobSeeker.id, competence.code],
        ),
      ).toEqual([{ level: 3 }]);
    });

    it('leaves an archived competence as it is', async () => {
      const competence = await createCompetence(t.dataSource);
      const first = (await admin.data(ARCHIVE, { code: competence.code })).archiveCompetence;
      const revision = await taxonomyRevision();
      const second = (await admin.data(ARCHIVE, { code: competence.code })).archiveCompetence;
      expect(second).toEqual(first);
      expect(await taxonomyRevision()).toBe(revision);
    });

    it('answers NOT_FOUND for an unknown code', async () => {
      expect(await admin.errorCode(ARCHIVE, { code: 'ZZ_UNKNOWN' })).toBe('NOT_FOUND');
    });

    it.each(['EMPLOYER_USER', 'CONSULTANT'] as const)(
      'refuses %s and archives nothing',
      async (role) => {
        const competence = await createCompetence(t.dataSource);
        expect(await clients[role].errorCode(ARCHIVE, { code: competence.code })).toBe('FORBIDDEN');
        expect((await rowsWithCode(competence.code))[0].archived_at).toBeNull();
      },
    );
  });
});
