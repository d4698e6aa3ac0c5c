import { createEmployer } from '../../../test/factories.js';
import {
  createOrganisation,
  createTestApp,
  createUser,
  TEST_PASSWORD,
  unique,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import type { UserEntity } from './user.entity.js';
import { UserResolver } from './user.resolver.js';

const FIELDS =
  'id email displayName role isDemo organisation { id name kind } employer { id name } regionCodes archivedAt';
const CREATE = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation ArchiveUser($id: ID!) { archiveUser(id: $id) { ${FIELDS} } }`;
const GET = `query User($id: ID!) { user(id: $id) { ${FIELDS} } }`;
const LIST = `query Users($role: Role, $organisationId: ID, $regionCode: String, $search: String, $includeArchived: Boolean, $first: Int, $after: String) {
  users(role: $role, organisationId: $organisationId, regionCode: $regionCode, search: $search, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount nodes { id displayName role regionCodes } pageInfo { hasNextPage endCursor } } }`;
const CHANGE_PASSWORD = `mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
  changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { id } }';
const VIEWER = '{ viewer { id } }';
const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';
const NEW_PASSWORD = 'Nieuw-wachtwoord-2026';

describe(UserResolver.name, () => {
  let t: TestApp;
  let adminUser: UserEntity;
  let admin: GraphQLClient;
  let accountManager: GraphQLClient;
  let gooiWsp: { id: string; name: string };

  const freshEmail = () => `nieuw.${unique()}@test.werkbrug.nl`;
  const validInput = () => ({
    email: freshEmail(),
    displayName: 'Nieuwe Consulent',
    role: 'CONSULTANT',
    organisationId: gooiWsp.id,
    regionCodes: ['AM12'],
    password: 'Startwachtwoord-01',
  });
  const rowsWithEmail = (email: string) =>
    t.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email.toLowerCase()]);
  const row = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT u.email, u.display_name, u.role, u.organisation_id, u.password_hash, u.archived_at,
              array(SELECT region_code FROM user_region r WHERE r.user_id = u.id ORDER BY 1) AS regions
         FROM app_user u WHERE u.id = $1`,
        [id],
      )
    )[0];
  const login = (email: string, password: string, portal = 'WSP') => {
    const client = t.anonymous();
    return { client, result: client.request(LOGIN, { input: { email, password, portal } }) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    gooiWsp = await createOrganisation(t.dataSource, {
      kind: 'WSP',
      regionCodes: ['AM12', 'AM36'],
      name: `WSP Gooi ${unique()}`,
    });
    adminUser = await createUser(t.dataSource, { role: 'ADMIN', regionCodes: ['AM12'] });
    admin = await t.loginAs(adminUser);
    accountManager = await t.loginAs(
      await createUser(t.dataSource, {
        role: 'ACCOUNT_MANAGER',
        organisationId: gooiWsp.id,
        regionCodes: ['AM12'],
      }),
    );
  }, 60_000);
  afterAll(() => t.close());

  describe('createUser', () => {
    it('creates a staff account that can log in with its initial password', async () => {
      const input = { ...validInput(), email: `  Nieuw.${unique()}@Test.Werkbrug.nl ` };
      const { createUser } = await admin.data(CREATE, { input });
      expect(createUser).toEqual({
        id: expect.any(String),
        email: input.email.trim().toLowerCase(),
        displayName: 'Nieuwe Consulent',
        role: 'CONSULTANT',
        isDemo: false,
        organisation: { id: gooiWsp.id, name: gooiWsp.name, kind: 'WSP' },
        employer: null,
        regionCodes: ['AM12'],
        archivedAt: null,
      });
      expect((await row(createUser.id)).password_hash).toMatch(/^\$argon2id\$/);
      expect((await login(createUser.email, input.password).result).errors).toBeUndefined();
    });

    it("creates an employer account in the employer's region", async () => {
      const employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      const input = {
        ...validInput(),
        role: 'EMPLOYER_USER',
        organisationId: null,
        employerId: employer.id,
      };
      const { createUser } = await admin.data(CREATE, { input });
      expect(createUser).toMatchObject({
        role: 'EMPLOYER_USER',
        organisation: null,
        employer: { id: employer.id, name: employer.name },
      });
      expect((await login(input.email, input.password, 'EMPLOYER').result).errors).toBeUndefined();
    });

    it.each([
      ['a malformed e-mail address', () => ({ email: 'geen-adres' }), 'input.email'],
      ['a password of 11 characters', () => ({ password: 'Kort-wacht1' }), 'input.password'],
      ['a password without digits', () => ({ password: 'Alleen-letters-hier' }), 'input.password'],
      ['no regions', () => ({ regionCodes: [] }), 'input.regionCodes'],
      [
        'a display name of 201 characters',
        () => ({ displayName: 'x'.repeat(201) }),
        'input.displayName',
      ],
      [
        'a staff account without organisation',
        () => ({ organisationId: null }),
        'input.organisationId',
      ],
      [
        'an organisation that does not exist',
        () => ({ organisationId: UNKNOWN_ID }),
        'input.organisationId',
      ],
      [
        'a region its organisation does not serve',
        () => ({ regionCodes: ['AM12', 'AM01'] }),
        'input.regionCodes',
      ],
      ['an employer on a staff account', () => ({ employerId: UNKNOWN_ID }), 'input.employerId'],
      [
        'an employer account without employer',
        () => ({ role: 'EMPLOYER_USER', organisationId: null }),
        'input.employerId',
      ],
      [
        'an employer account with an organisation',
        () => ({ role: 'EMPLOYER_USER', employerId: UNKNOWN_ID }),
        'input.organisationId',
      ],
      [
        'an employer that does not exist',
        () => ({ role: 'EMPLOYER_USER', organisationId: null, employerId: UNKNOWN_ID }),
        'input.employerId',
      ],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const input = { ...validInput(), ...patch() };
        const result = await admin.request(CREATE, { input });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(await rowsWithEmail(input.email)).toHaveLength(0);
      },
    );

    it("rejects an employer account outside the employer's region", async () => {
      const employer = await createEmployer(t.dataSource, { regionCode: 'AM01' });
      const input = {
        ...validInput(),
        role: 'EMPLOYER_USER',
        organisationId: null,
        employerId: employer.id,
        regionCodes: ['AM12'],
      };
      const result = await admin.request(CREATE, { input });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        {
          field: 'input.regionCodes',
          message: 'Een werkgeversaccount hoort bij de regio van de werkgever: AM01.',
        },
      ]);
      expect(await rowsWithEmail(input.email)).toHaveLength(0);
    });

    it('answers CONFLICT for an e-mail address in use, in any case', async () => {
      const input = validInput();
      await admin.data(CREATE, { input });
      expect(
        await admin.errorCode(CREATE, {
          input: { ...input, email: input.email.toUpperCase(), displayName: 'Ander' },
        }),
      ).toBe('CONFLICT');
      expect(await rowsWithEmail(input.email)).toHaveLength(1);
    });

    it('refuses an account manager', async () => {
      const input = validInput();
      expect(await accountManager.errorCode(CREATE, { input })).toBe('FORBIDDEN');
      expect(await rowsWithEmail(input.email)).toHaveLength(0);
    });
  });

  describe('users and user', () => {
    let prefix: string;
    let colleague: UserEntity;
    let otherRegion: UserEntity;
    let otherAdmin: UserEntity;

    beforeAll(async () => {
      prefix = `Lijst${unique()}`;
      const rename = (user: UserEntity, name: string) =>
        t.dataSource.query('UPDATE app_user SET display_name = $2 WHERE id = $1', [
          user.id,
          `${prefix} ${name}`,
        ]);
      colleague = await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] });
      await rename(colleague, 'A consulent Gooi');
      otherRegion = await createUser(t.dataSource, {
        role: 'ACCOUNT_MANAGER',
        regionCodes: ['AM01'],
      });
      await rename(otherRegion, 'B accountmanager Groningen');
      otherAdmin = await createUser(t.dataSource, { role: 'ADMIN', regionCodes: ['AM12'] });
      await rename(otherAdmin, 'C beheerder Gooi');
      const both = await createUser(t.dataSource, {
        role: 'ACCOUNT_MANAGER',
        regionCodes: ['AM01', 'AM12'],
      });
      await rename(both, 'D accountmanager beide');
      const archived = await createUser(t.dataSource, {
        role: 'CONSULTANT',
        regionCodes: ['AM12'],
      });
      await rename(archived, 'E gearchiveerd');
      await t.dataSource.query('UPDATE app_user SET archived_at = now() WHERE id = $1', [
        archived.id,
      ]);
    });

    const names = (result: { users: { nodes: { displayName: string }[] } }) =>
      result.users.nodes.map((u) => u.displayName.slice(prefix.length + 1));

    it('shows an ADMIN every account, filtered by role and region, archived ones on request', async () => {
      expect(names(await admin.data(LIST, { search: prefix }))).toEqual([
        'A consulent Gooi',
        'B accountmanager Groningen',
        'C beheerder Gooi',
        'D accountmanager beide',
      ]);
      expect(names(await admin.data(LIST, { search: prefix, role: 'ACCOUNT_MANAGER' }))).toEqual([
        'B accountmanager Groningen',
        'D accountmanager beide',
      ]);
      expect(names(await admin.data(LIST, { search: prefix, regionCode: 'AM01' }))).toEqual([
        'B accountmanager Groningen',
        'D accountmanager beide',
      ]);
      expect(names(await admin.data(LIST, { search: prefix, includeArchived: true }))).toContain(
        'E gearchiveerd',
      );
    });

    it('filters by organisation and finds accounts by e-mail address', async () => {
      const { users } = await admin.data(LIST, { organisationId: colleague.organisationId });
      expect(users.nodes.map((u: { id: string }) => u.id)).toEqual([colleague.id]);
      expect(
        (await admin.data(LIST, { search: colleague.email.toUpperCase() })).users.nodes,
      ).toEqual([expect.objectContaining({ id: colleague.id })]);
    });

    it('shows an account manager only the account managers and consultants of its regions', async () => {
      expect(names(await accountManager.data(LIST, { search: prefix }))).toEqual([
        'A consulent Gooi',
        'D accountmanager beide',
      ]);
      expect((await accountManager.data(GET, { id: colleague.id })).user).toMatchObject({
        role: 'CONSULTANT',
        regionCodes: ['AM12'],
      });
      expect(await accountManager.errorCode(GET, { id: otherRegion.id })).toBe('FORBIDDEN');
      expect(await accountManager.errorCode(GET, { id: otherAdmin.id })).toBe('FORBIDDEN');
    });

    it('pages with a cursor', async () => {
      const first = (await admin.data(LIST, { search: prefix, first: 3 })).users;
      expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      const second = (
        await admin.data(LIST, { search: prefix, first: 3, after: first.pageInfo.endCursor })
      ).users;
      expect(names({ users: second })).toEqual(['D accountmanager beide']);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses consultants, board members and employer users', async () => {
      const employer = await createEmployer(t.dataSource);
      for (const options of [
        { role: 'CONSULTANT' as const },
        { role: 'BOARD_MEMBER' as const },
        { role: 'EMPLOYER_USER' as const, employerId: employer.id },
      ]) {
        const client = await t.loginAs(await createUser(t.dataSource, options));
        expect(await client.errorCode(LIST)).toBe('FORBIDDEN');
        expect(await client.errorCode(GET, { id: colleague.id })).toBe('FORBIDDEN');
      }
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect(await admin.errorCode(GET, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      expect(await admin.errorCode(GET, { id: 'abc' })).toBe('BAD_USER_INPUT');
    });

    it('has no field that could carry the password', async () => {
      const { __type } = await admin.data('{ __type(name: "User") { fields { name } } }');
      expect(
        __type.fields
          .map((f: { name: string }) => f.name)
          .filter((name: string) => /pass|hash/i.test(name)),
      ).toEqual([]);
    });
  });

  describe('updateUser', () => {
    it('changes the given fields and replaces the regions', async () => {
      const user = await createUser(t.dataSource, {
        role: 'CONSULTANT',
        organisationId: gooiWsp.id,
        regionCodes: ['AM12'],
      });
      const email = freshEmail();
      const { updateUser } = await admin.data(UPDATE, {
        id: user.id,
        input: {
          role: 'ACCOUNT_MANAGER',
          regionCodes: ['AM36', 'AM12'],
          email: email.toUpperCase(),
        },
      });
      expect(updateUser).toMatchObject({
        email,
        displayName: user.displayName,
        role: 'ACCOUNT_MANAGER',
        regionCodes: ['AM12', 'AM36'],
      });
      expect(await row(user.id)).toMatchObject({
        role: 'ACCOUNT_MANAGER',
        regions: ['AM12', 'AM36'],
      });
    });

    it('moves an account to another organisation', async () => {
      const user = await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] });
      const { updateUser } = await admin.data(UPDATE, {
        id: user.id,
        input: { organisationId: gooiWsp.id },
      });
      expect(updateUser.organisation.id).toBe(gooiWsp.id);
    });

    it.each([
      [
        'a staff account moving to the employer role',
        'CONSULTANT',
        { role: 'EMPLOYER_USER' },
        'input.role',
      ],
      [
        'an employer account moving to a staff role',
        'EMPLOYER_USER',
        { role: 'CONSULTANT' },
        'input.role',
      ],
      [
        'a region outside the organisation',
        'CONSULTANT',
        { regionCodes: ['AM01'] },
        'input.regionCodes',
      ],
      [
        'an organisation for an employer account',
        'EMPLOYER_USER',
        { organisationId: UNKNOWN_ID },
        'input.organisationId',
      ],
      [
        'another region for an employer account',
        'EMPLOYER_USER',
        { regionCodes: ['AM01'] },
        'input.regionCodes',
      ],
      ['a malformed e-mail address', 'CONSULTANT', { email: 'geen-adres' }, 'input.email'],
    ])('rejects %s with BAD_USER_INPUT and changes nothing', async (_case, role, input, field) => {
      const employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      const user = await createUser(
        t.dataSource,
        role === 'EMPLOYER_USER'
          ? { role, employerId: employer.id }
          : { role: 'CONSULTANT', organisationId: gooiWsp.id },
      );
      const before = await row(user.id);
      const result = await admin.request(UPDATE, { id: user.id, input });
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await row(user.id)).toEqual(before);
    });

    it('answers CONFLICT for an e-mail address in use and changes nothing', async () => {
      const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
      const other = await createUser(t.dataSource, { role: 'CONSULTANT' });
      expect(
        await admin.errorCode(UPDATE, {
          id: user.id,
          input: { email: other.email, displayName: 'Nieuw' },
        }),
      ).toBe('CONFLICT');
      expect(await row(user.id)).toMatchObject({
        email: user.email,
        display_name: user.displayName,
      });
    });

    it("refuses with CONFLICT to change the ADMIN's own role", async () => {
      expect(
        await admin.errorCode(UPDATE, { id: adminUser.id, input: { role: 'CONSULTANT' } }),
      ).toBe('CONFLICT');
      expect((await row(adminUser.id)).role).toBe('ADMIN');
    });

    it('answers NOT_FOUND for an unknown id and CONFLICT for an archived account', async () => {
      expect(
        await admin.errorCode(UPDATE, { id: UNKNOWN_ID, input: { displayName: 'Nieuw' } }),
      ).toBe('NOT_FOUND');
      const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
      await admin.data(ARCHIVE, { id: user.id });
      expect(await admin.errorCode(UPDATE, { id: user.id, input: { displayName: 'Nieuw' } })).toBe(
        'CONFLICT',
      );
    });

    it('refuses an account manager, also for a colleague it may see', async () => {
      const user = await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] });
      expect(
        await accountManager.errorCode(UPDATE, { id: user.id, input: { displayName: 'Nieuw' } }),
      ).toBe('FORBIDDEN');
      expect((await row(user.id)).display_name).toBe(user.displayName);
    });
  });

  describe('archiveUser', () => {
    it('archives the account, ends its sessions and hides it from lists', async () => {
      const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
      const session = await t.loginAs(user);
      expect((await session.data(VIEWER)).viewer).toEqual({ id: user.id });
      const { archiveUser } = await admin.data(ARCHIVE, { id: user.id });
      expect(archiveUser.archivedAt).not.toBeNull();
      expect((await session.data(VIEWER)).viewer).toBeNull();
      expect(
        await t.dataSource.query(
          'SELECT 1 FROM user_session WHERE user_id = $1 AND revoked_at IS NULL',
          [user.id],
        ),
      ).toHaveLength(0);
      expect((await admin.data(LIST, { search: user.email })).users.totalCount).toBe(0);
      expect((await login(user.email, TEST_PASSWORD).result).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses with CONFLICT to archive the ADMIN itself', async () => {
      expect(await admin.errorCode(ARCHIVE, { id: adminUser.id })).toBe('CONFLICT');
      expect((await row(adminUser.id)).archived_at).toBeNull();
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      expect(await admin.errorCode(ARCHIVE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
    });

    it('refuses an account manager', async () => {
      const user = await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] });
      expect(await accountManager.errorCode(ARCHIVE, { id: user.id })).toBe('FORBIDDEN');
      expect((await row(user.id)).archived_at).toBeNull();
    });
  });

  describe('changeMyPassword', () => {
    it('changes the password, keeps this session and ends the others', async () => {
      const employer = await createEmployer(t.dataSource);
      const user = await createUser(t.dataSource, {
        role: 'EMPLOYER_USER',
        employerId: employer.id,
      });
      const here = await t.loginAs(user);
      const elsewhere = await t.loginAs(user);
      expect(
        await here.data(CHANGE_PASSWORD, {
          currentPassword: TEST_PASSWORD,
          newPassword: NEW_PASSWORD,
        }),
      ).toEqual({ changeMyPassword: true });
      expect((await here.data(VIEWER)).viewer).toEqual({ id: user.id });
      expect((await elsewhere.data(VIEWER)).viewer).toBeNull();
      expect(
        (await login(user.email, TEST_PASSWORD, 'EMPLOYER').result).errors?.[0]?.extensions?.code,
      ).toBe('UNAUTHENTICATED');
      expect((await login(user.email, NEW_PASSWORD, 'EMPLOYER').result).errors).toBeUndefined();
    });

    it.each([
      [
        'a wrong current password',
        { currentPassword: 'Fout-wachtwoord-1', newPassword: NEW_PASSWORD },
        'currentPassword',
      ],
      [
        'a new password of 11 characters',
        { currentPassword: TEST_PASSWORD, newPassword: 'abcdefghi12' },
        'newPassword',
      ],
      [
        'a new password without letters',
        { currentPassword: TEST_PASSWORD, newPassword: '1234567890123' },
        'newPassword',
      ],
      [
        'the current password as the new one',
        { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
        'newPassword',
      ],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and keeps the password',
      async (_case, variables, field) => {
        const user = await createUser(t.dataSource, { role: 'BOARD_MEMBER' });
        const client = await t.loginAs(user);
        const result = await client.request(CHANGE_PASSWORD, variables);
        expect(result.errors?.[0]?.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          fields: [{ field, message: expect.any(String) }],
        });
        expect((await row(user.id)).password_hash).toBe(user.passwordHash);
      },
    );

    it('stops after five wrong current passwords, even for the right one', async () => {
      const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
      const client = await t.loginAs(user);
      for (let i = 0; i < 5; i++)
        await client.request(CHANGE_PASSWORD, {
          currentPassword: `Fout-${i}-wachtwoord`,
          newPassword: NEW_PASSWORD,
        });
      expect(
        await client.errorCode(CHANGE_PASSWORD, {
          currentPassword: TEST_PASSWORD,
          newPassword: NEW_PASSWORD,
        }),
      ).toBe('TOO_MANY_REQUESTS');
      expect((await row(user.id)).password_hash).toBe(user.passwordHash);
    });

    it('refuses a demo account, whose password the README lists', async () => {
      const user = await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', isDemo: true });
      const client = await t.loginAs(user);
      expect(
        await client.errorCode(CHANGE_PASSWORD, {
          currentPassword: TEST_PASSWORD,
          newPassword: NEW_PASSWORD,
        }),
      ).toBe('FORBIDDEN');
      expect((await row(user.id)).password_hash).toBe(user.passwordHash);
    });

    it('requires a login', async () => {
      expect(
        await t.anonymous().errorCode(CHANGE_PASSWORD, {
          currentPassword: TEST_PASSWORD,
          newPassword: NEW_PASSWORD,
        }),
      ).toBe('UNAUTHENTICATED');
    });
  });
});
