import { createEmployer } from '../../../test/factories.js';
import {
  createOrganisation,
  createTestApp,
  createUser,
  unique,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import { OrganisationResolver } from './organisation.resolver.js';

const FIELDS = 'id name kind regionCodes archivedAt';
const CREATE = `mutation CreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation ArchiveOrganisation($id: ID!) { archiveOrganisation(id: $id) { ${FIELDS} } }`;
const GET = `query Organisation($id: ID!) { organisation(id: $id) { ${FIELDS} } }`;
const LIST = `query Organisations($kind: OrganisationKind, $regionCode: String, $search: String, $includeArchived: Boolean, $first: Int, $after: String) {
  organisations(kind: $kind, regionCode: $regionCode, search: $search, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount nodes { name kind regionCodes } pageInfo { hasNextPage endCursor } } }`;
const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';

describe(OrganisationResolver.name, () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let accountManager: GraphQLClient;
  let consultant: GraphQLClient;
  let board: GraphQLClient;
  let employerUser: GraphQLClient;

  const validInput = () => ({
    name: `Sociale Dienst Test ${unique()}`,
    kind: 'MUNICIPALITY',
    regionCodes: ['AM12'],
  });
  const rowsNamed = (name: string) =>
    t.dataSource.query('SELECT id FROM organisation WHERE name = $1', [name]);
  const row = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT o.name, o.kind, o.archived_at, array(SELECT region_code FROM organisation_region r WHERE r.organisation_id = o.id ORDER BY 1) AS regions
         FROM organisation o WHERE o.id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs(
      await createUser(t.dataSource, { role: 'ADMIN', regionCodes: ['AM12'] }),
    );
    accountManager = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] }),
    );
    consultant = await t.loginAs(
      await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM01'] }),
    );
    board = await t.loginAs(
      await createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM12', 'AM36'] }),
    );
    const employer = await createEmployer(t.dataSource);
    employerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
    );
  }, 60_000);
  afterAll(() => t.close());

  describe('createOrganisation', () => {
    it('creates an organisation serving the given regions, each once', async () => {
      const input = {
        ...validInput(),
        name: '  Werkgeversservicepunt Test  ',
        kind: 'WSP',
        regionCodes: ['AM36', 'am12', 'AM36'],
      };
      const { createOrganisation } = await admin.data(CREATE, { input });
      expect(createOrganisation).toEqual({
        id: expect.any(String),
        name: 'Werkgeversservicepunt Test',
        kind: 'WSP',
        regionCodes: ['AM12', 'AM36'],
        archivedAt: null,
      });
      expect(await row(createOrganisation.id)).toMatchObject({
        kind: 'WSP',
        regions: ['AM12', 'AM36'],
      });
    });

    it.each([
      ['a name of one character', { name: 'X' }, 'input.name'],
      ['a name of 201 characters', { name: 'x'.repeat(201) }, 'input.name'],
      ['the kind EMPLOYER', { kind: 'EMPLOYER' }, 'input.kind'],
      ['no regions', { regionCodes: [] }, 'input.regionCodes'],
      ['a malformed region code', { regionCodes: ['Gooi'] }, 'input.regionCodes'],
      ['a region that does not exist', { regionCodes: ['AM12', 'AM99'] }, 'input.regionCodes'],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const input = { ...validInput(), ...patch };
        const result = await admin.request(CREATE, { input });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(await rowsNamed(input.name)).toHaveLength(0);
      },
    );

    it('names the unknown regions', async () => {
      const result = await admin.request(CREATE, {
        input: { ...validInput(), regionCodes: ['AM98', 'AM12', 'AM99'] },
      });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.regionCodes', message: "Deze regio's kennen we niet: AM98, AM99." },
      ]);
    });

    it('refuses everyone but an ADMIN', async () => {
      const input = validInput();
      for (const client of [accountManager, consultant, board, employerUser]) {
        expect(await client.errorCode(CREATE, { input })).toBe('FORBIDDEN');
      }
      expect(await rowsNamed(input.name)).toHaveLength(0);
    });
  });

  describe('organisations and organisation', () => {
    let prefix: string;
    let gooi: { id: string };
    let groningen: { id: string };

    beforeAll(async () => {
      prefix = `Lijsttest ${unique()}`;
      gooi = await createOrganisation(t.dataSource, {
        name: `${prefix} A Gooi`,
        kind: 'WSP',
        regionCodes: ['AM12'],
      });
      await createOrganisation(t.dataSource, {
        name: `${prefix} B beide`,
        kind: 'UWV',
        regionCodes: ['AM01', 'AM12'],
      });
      groningen = await createOrganisation(t.dataSource, {
        name: `${prefix} C Groningen`,
        kind: 'WSP',
        regionCodes: ['AM01'],
      });
      const archived = await createOrganisation(t.dataSource, {
        name: `${prefix} D archief`,
        kind: 'PROVIDER',
        regionCodes: ['AM12'],
      });
      await t.dataSource.query('UPDATE organisation SET archived_at = now() WHERE id = $1', [
        archived.id,
      ]);
    });

    const names = (result: { organisations: { nodes: { name: string }[] } }) =>
      result.organisations.nodes.map((o) => o.name.slice(prefix.length + 1));

    it('shows an ADMIN the organisations of every region', async () => {
      expect(names(await admin.data(LIST, { search: prefix }))).toEqual([
        'A Gooi',
        'B beide',
        'C Groningen',
      ]);
    });

    it.each([
      ['an account manager of AM12', () => accountManager, ['A Gooi', 'B beide']],
      ['a consultant of AM01', () => consultant, ['B beide', 'C Groningen']],
      ['a board member of AM12 and AM36', () => board, ['A Gooi', 'B beide']],
    ])('shows %s only the organisations serving its regions', async (_case, client, expected) => {
      expect(names(await client().data(LIST, { search: prefix }))).toEqual(expected);
    });

    it('filters by kind and region, and shows archived ones on request', async () => {
      expect(names(await admin.data(LIST, { search: prefix, kind: 'WSP' }))).toEqual([
        'A Gooi',
        'C Groningen',
      ]);
      expect(names(await admin.data(LIST, { search: prefix, regionCode: 'AM01' }))).toEqual([
        'B beide',
        'C Groningen',
      ]);
      expect(names(await admin.data(LIST, { search: prefix, includeArchived: true }))).toEqual([
        'A Gooi',
        'B beide',
        'C Groningen',
        'D archief',
      ]);
    });

    it('pages with a cursor', async () => {
      const first = (await admin.data(LIST, { search: prefix, first: 2 })).organisations;
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const second = (
        await admin.data(LIST, { search: prefix, first: 2, after: first.pageInfo.endCursor })
      ).organisations;
      expect(names({ organisations: second })).toEqual(['C Groningen']);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('shows one organisation with its regions', async () => {
      expect((await board.data(GET, { id: gooi.id })).organisation).toMatchObject({
        kind: 'WSP',
        regionCodes: ['AM12'],
      });
    });

    it("refuses an organisation outside the viewer's regions, and employer users altogether", async () => {
      expect(await accountManager.errorCode(GET, { id: groningen.id })).toBe('FORBIDDEN');
      expect(await employerUser.errorCode(GET, { id: gooi.id })).toBe('FORBIDDEN');
      expect(await employerUser.errorCode(LIST, {})).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect(await admin.errorCode(GET, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      expect(await admin.errorCode(GET, { id: 'abc' })).toBe('BAD_USER_INPUT');
      expect(await admin.errorCode(LIST, { regionCode: 'Gooi' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateOrganisation', () => {
    it('changes the given fields and replaces the regions', async () => {
      const organisation = await createOrganisation(t.dataSource, {
        kind: 'MUNICIPALITY',
        regionCodes: ['AM12'],
      });
      const { updateOrganisation } = await admin.data(UPDATE, {
        id: organisation.id,
        input: { kind: 'PROVIDER', regionCodes: ['AM36', 'AM01'] },
      });
      expect(updateOrganisation).toMatchObject({
        name: organisation.name,
        kind: 'PROVIDER',
        regionCodes: ['AM01', 'AM36'],
      });
      expect(await row(organisation.id)).toMatchObject({
        kind: 'PROVIDER',
        regions: ['AM01', 'AM36'],
      });
    });

    it.each([
      ['the kind EMPLOYER', { kind: 'EMPLOYER' }, 'input.kind'],
      ['an empty region list', { regionCodes: [] }, 'input.regionCodes'],
      ['a region that does not exist', { regionCodes: ['AM99'] }, 'input.regionCodes'],
      ['a name of 201 characters', { name: 'x'.repeat(201) }, 'input.name'],
    ])('rejects %s with BAD_USER_INPUT and changes nothing', async (_case, input, field) => {
      const organisation = await createOrganisation(t.dataSource, {
        kind: 'UWV',
        regionCodes: ['AM12'],
      });
      const result = await admin.request(UPDATE, { id: organisation.id, input });
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await row(organisation.id)).toMatchObject({
        name: organisation.name,
        kind: 'UWV',
        regions: ['AM12'],
      });
    });

    it('refuses with CONFLICT to drop a region its active accounts still serve', async () => {
      const organisation = await createOrganisation(t.dataSource, {
        regionCodes: ['AM01', 'AM12'],
      });
      await createUser(t.dataSource, {
        role: 'CONSULTANT',
        organisationId: organisation.id,
        regionCodes: ['AM12'],
      });
      const result = await admin.request(UPDATE, {
        id: organisation.id,
        input: { name: 'Nieuwe naam', regionCodes: ['AM01'] },
      });
      expect(result.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: expect.stringContaining('AM12'),
      });
      expect(await row(organisation.id)).toMatchObject({
        name: organisation.name,
        regions: ['AM01', 'AM12'],
      });
      const { updateOrganisation } = await admin.data(UPDATE, {
        id: organisation.id,
        input: { regionCodes: ['AM12'] },
      });
      expect(updateOrganisation.regionCodes).toEqual(['AM12']);
    });

    it('answers NOT_FOUND for an unknown id and CONFLICT for an archived organisation', async () => {
      expect(await admin.errorCode(UPDATE, { id: UNKNOWN_ID, input: { name: 'Nieuw' } })).toBe(
        'NOT_FOUND',
      );
      const organisation = await createOrganisation(t.dataSource);
      await admin.data(ARCHIVE, { id: organisation.id });
      expect(await admin.errorCode(UPDATE, { id: organisation.id, input: { name: 'Nieuw' } })).toBe(
        'CONFLICT',
      );
    });

    it("refuses an account manager of the organisation's region", async () => {
      const organisation = await createOrganisation(t.dataSource, { regionCodes: ['AM12'] });
      expect(
        await accountManager.errorCode(UPDATE, { id: organisation.id, input: { name: 'Nieuw' } }),
      ).toBe('FORBIDDEN');
      expect((await row(organisation.id)).name).toBe(organisation.name);
    });
  });

  describe('archiveOrganisation', () => {
    it('archives an organisation without active accounts and hides it from lists', async () => {
      const organisation = await createOrganisation(t.dataSource);
      const archivedUser = await createUser(t.dataSource, {
        role: 'CONSULTANT',
        organisationId: organisation.id,
      });
      await t.dataSource.query('UPDATE app_user SET archived_at = now() WHERE id = $1', [
        archivedUser.id,
      ]);
      const { archiveOrganisation } = await admin.data(ARCHIVE, { id: organisation.id });
      expect(archiveOrganisation.archivedAt).not.toBeNull();
      expect((await admin.data(LIST, { search: organisation.name })).organisations.totalCount).toBe(
        0,
      );
    });

    it('refuses with CONFLICT while the organisation has active accounts', async () => {
      const organisation = await createOrganisation(t.dataSource);
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', organisationId: organisation.id });
      const result = await admin.request(ARCHIVE, { id: organisation.id });
      expect(result.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'Deze organisatie heeft nog 1 actief account. Archiveer of verplaats die eerst.',
      });
      expect((await row(organisation.id)).archived_at).toBeNull();
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      expect(await admin.errorCode(ARCHIVE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
    });

    it('refuses a board member', async () => {
      const organisation = await createOrganisation(t.dataSource);
      expect(await board.errorCode(ARCHIVE, { id: organisation.id })).toBe('FORBIDDEN');
      expect((await row(organisation.id)).archived_at).toBeNull();
    });
  });
});
