import { createEmployer, freshKvk } from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import type { UserEntity } from '../user/user.entity.js';
import { EmployerResolver } from './employer.resolver.js';

const FIELDS =
  'id name kvkNumber sector sbiCode regionCode accountManager { id } locations { id name postcode city municipalityCode } contacts { id name email } archivedAt';
const CREATE = `mutation CreateEmployer($input: CreateEmployerInput!) { createEmployer(input: $input) { ${FIELDS} } }`;

describe(EmployerResolver.name, () => {
  let t: TestApp;
  let accountManager: UserEntity;
  let am: GraphQLClient;

  const validInput = () => ({
    name: 'Bakkerij De Gooise Korst B.V.',
    kvkNumber: freshKvk(),
    sector: 'MARKT',
    sbiCode: '1071',
    regionCode: 'AM12',
    locations: [
      { name: 'Bakkerij', postcode: '1211 ab', city: 'Hilversum', street: 'Kerkstraat 1' },
    ],
    contacts: [{ name: 'J. de Vries', email: 'J.deVries@example.org', jobTitle: 'HR' }],
  });

  beforeAll(async () => {
    t = await createTestApp();
    accountManager = await createUser(t.dataSource, {
      role: 'ACCOUNT_MANAGER',
      regionCodes: ['AM12'],
    });
    am = await t.loginAs(accountManager);
  });
  afterAll(() => t.close());

  describe('createEmployer', () => {
    it('creates an employer with locations and contacts, owned by the account manager', async () => {
      const { createEmployer } = await am.data(CREATE, { input: validInput() });
      expect(createEmployer).toMatchObject({
        name: 'Bakkerij De Gooise Korst B.V.',
        sector: 'MARKT',
        accountManager: { id: accountManager.id },
        locations: [{ postcode: '1211 AB', municipalityCode: 'GM0402' }],
        contacts: [{ email: 'j.devries@example.org' }],
      });
    });

    it.each([
      ['a KvK number of 7 digits', { kvkNumber: '1234567' }, 'input.kvkNumber'],
      ['letters in the KvK number', { kvkNumber: '1234567A' }, 'input.kvkNumber'],
      [
        'an invalid postcode',
        { locations: [{ name: 'X', postcode: '0211 AB', city: 'Hilversum' }] },
        'input.locations.0.postcode',
      ],
      ['an oversized name', { name: 'x'.repeat(201) }, 'input.name'],
      ['a malformed region code', { regionCode: 'Gooi' }, 'input.regionCode'],
      [
        'a bad e-mail address',
        { contacts: [{ name: 'A', email: 'geen-mail' }] },
        'input.contacts.0.email',
      ],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const input = { ...validInput(), ...patch };
        const result = await am.request(CREATE, { input });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(
          await t.dataSource.query('SELECT 1 FROM employer WHERE kvk_number = $1', [
            input.kvkNumber,
          ]),
        ).toHaveLength(0);
      },
    );

    it('rejects a postcode area that does not exist', async () => {
      const input = {
        ...validInput(),
        locations: [{ name: 'X', postcode: '1000 AA', city: 'Nergens' }],
      };
      const result = await am.request(CREATE, { input });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.locations.0.postcode', message: expect.any(String) },
      ]);
    });

    it('answers CONFLICT for a KvK number already in use', async () => {
      const input = validInput();
      await am.data(CREATE, { input });
      expect(await am.errorCode(CREATE, { input: { ...input, name: 'Ander bedrijf' } })).toBe(
        'CONFLICT',
      );
    });

    it('refuses an employer in a region the account manager does not serve', async () => {
      expect(await am.errorCode(CREATE, { input: { ...validInput(), regionCode: 'AM01' } })).toBe(
        'FORBIDDEN',
      );
    });

    it('refuses employer users and board members', async () => {
      const employer = await createEmployer(t.dataSource);
      const employerUser = await t.loginAs(
        await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
      );
      const board = await t.loginAs(await createUser(t.dataSource, { role: 'BOARD_MEMBER' }));
      expect(await employerUser.errorCode(CREATE, { input: validInput() })).toBe('FORBIDDEN');
      expect(await board.errorCode(CREATE, { input: validInput() })).toBe('FORBIDDEN');
    });
  });

  describe('employers and employer', () => {
    it("lists only the employers of the viewer's regions, filtered and paged", async () => {
      const name = `Filtertest ${Date.now()}`;
      await createEmployer(t.dataSource, { name: `${name} A`, regionCode: 'AM12' });
      await createEmployer(t.dataSource, { name: `${name} B`, regionCode: 'AM12' });
      await createEmployer(t.dataSource, { name: `${name} C`, regionCode: 'AM01' });
      const query =
        'query($search: String, $after: String) { employers(search: $search, first: 1, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }';
      const first = (await am.data(query, { search: name })).employers;
      expect(first).toMatchObject({
        totalCount: 2,
        nodes: [{ name: `${name} A` }],
        pageInfo: { hasNextPage: true },
      });
      const second = (await am.data(query, { search: name, after: first.pageInfo.endCursor }))
        .employers;
      expect(second).toMatchObject({
        nodes: [{ name: `${name} B` }],
        pageInfo: { hasNextPage: false },
      });
    });

    it('shows an employer user only its own employer', async () => {
      const own = await createEmployer(t.dataSource);
      const other = await createEmployer(t.dataSource);
      const client = await t.loginAs(
        await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: own.id }),
      );
      const { employers } = await client.data('{ employers { totalCount nodes { id } } }');
      expect(employers).toEqual({ totalCount: 1, nodes: [{ id: own.id }] });
      expect(
        await client.errorCode('query($id: ID!) { employer(id: $id) { id } }', { id: other.id }),
      ).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect(
        await am.errorCode('{ employer(id: "7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e") { id } }'),
      ).toBe('NOT_FOUND');
      expect(await am.errorCode('{ employer(id: "abc") { id } }')).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateEmployer and archiveEmployer', () => {
    it('updates fields and keeps the rest', async () => {
      const employer = await createEmployer(t.dataSource);
      const { updateEmployer } = await am.data(
        `mutation($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { ${FIELDS} } }`,
        { id: employer.id, input: { sector: 'OVERHEID', sbiCode: '8411' } },
      );
      expect(updateEmployer).toMatchObject({
        name: employer.name,
        sector: 'OVERHEID',
        sbiCode: '8411',
      });
    });

    it('refuses clearing a required field with BAD_USER_INPUT', async () => {
      const employer = await createEmployer(t.dataSource);
      const result = await am.request(
        'mutation($id: ID!) { updateEmployer(id: $id, input: { name: null }) { id } }',
        { id: employer.id },
      );
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.name', message: 'Dit veld mag niet leeg zijn.' }],
      });
    });

    it("refuses an account manager from outside the employer's region", async () => {
      const employer = await createEmployer(t.dataSource);
      const stranger = await createUser(t.dataSource, {
        role: 'ACCOUNT_MANAGER',
        regionCodes: ['AM01'],
      });
      const result = await am.request(
        'mutation($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { id } }',
        {
          id: employer.id,
          input: { accountManagerId: stranger.id },
        },
      );
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.accountManagerId', message: expect.any(String) },
      ]);
    });

    it('archives an employer, hiding it from lists, and refuses later changes', async () => {
      const employer = await createEmployer(t.dataSource, { name: `Archieftest ${Date.now()}` });
      const { archiveEmployer } = await am.data(
        'mutation($id: ID!) { archiveEmployer(id: $id) { archivedAt } }',
        { id: employer.id },
      );
      expect(archiveEmployer.archivedAt).not.toBeNull();
      expect(
        (
          await am.data('query($s: String) { employers(search: $s) { totalCount } }', {
            s: employer.name,
          })
        ).employers.totalCount,
      ).toBe(0);
      expect(
        await am.errorCode(
          'mutation($id: ID!) { updateEmployer(id: $id, input: { name: "Nieuw" }) { id } }',
          { id: employer.id },
        ),
      ).toBe('CONFLICT');
    });
  });

  describe('locations and contacts', () => {
    it("lets the employer's own user add, change and archive a location and a contact", async () => {
      const employer = await createEmployer(t.dataSource);
      const client = await t.loginAs(
        await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
      );
      const added = (
        await client.data(
          'mutation($id: ID!, $input: EmployerLocationInput!) { addEmployerLocation(employerId: $id, input: $input) { locations { id name postcode } } }',
          { id: employer.id, input: { name: 'Magazijn', postcode: '1217 AA', city: 'Hilversum' } },
        )
      ).addEmployerLocation.locations;
      const magazijn = added.find((l: { name: string }) => l.name === 'Magazijn');
      expect(magazijn.postcode).toBe('1217 AA');
      const renamed = (
        await client.data(
          'mutation($id: ID!) { updateEmployerLocation(id: $id, input: { name: "Magazijn Noord" }) { locations { name } } }',
          { id: magazijn.id },
        )
      ).updateEmployerLocation.locations.map((l: { name: string }) => l.name);
      expect(renamed).toContain('Magazijn Noord');
      const afterArchive = (
        await client.data(
          'mutation($id: ID!) { archiveEmployerLocation(id: $id) { locations { id } } }',
          { id: magazijn.id },
        )
      ).archiveEmployerLocation.locations;
      expect(afterArchive.map((l: { id: string }) => l.id)).not.toContain(magazijn.id);

      const contacts = (
        await client.data(
          'mutation($id: ID!) { addEmployerContact(employerId: $id, input: { name: "P. Jansen", phone: "035 123 4567" }) { contacts { id name phone } } }',
          { id: employer.id },
        )
      ).addEmployerContact.contacts;
      expect(contacts).toEqual([
        expect.objectContaining({ name: 'P. Jansen', phone: '035 123 4567' }),
      ]);
      expect(
        await client.errorCode(
          'mutation($id: ID!) { updateEmployerContact(id: $id, input: { phone: "12" }) { id } }',
          { id: contacts[0].id },
        ),
      ).toBe('BAD_USER_INPUT');
      const archived = (
        await client.data(
          'mutation($id: ID!) { archiveEmployerContact(id: $id) { contacts { id } } }',
          { id: contacts[0].id },
        )
      ).archiveEmployerContact.contacts;
      expect(archived).toEqual([]);
    });

    it("refuses another employer's user", async () => {
      const employer = await createEmployer(t.dataSource);
      const otherEmployer = await createEmployer(t.dataSource);
      const client = await t.loginAs(
        await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: otherEmployer.id }),
      );
      expect(
        await client.errorCode('mutation($id: ID!) { archiveEmployerLocation(id: $id) { id } }', {
          id: employer.location.id,
        }),
      ).toBe('FORBIDDEN');
    });
  });
});
