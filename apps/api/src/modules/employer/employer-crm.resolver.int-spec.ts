import { addDays } from '@werkbrug/domain-rules';
import { createEmployer } from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import type { UserEntity } from '../user/user.entity.js';
import { EmployerCrmResolver } from './employer-crm.resolver.js';

const MOMENT = 'id contactedOn channel subject note recordedBy';
const AGREEMENT = 'id kind description places validFrom validTo status recordedBy';
const CRM = `query EmployerCrm($id: ID!) { employer(id: $id) { id contactMoments { ${MOMENT} } agreements { ${AGREEMENT} } } }`;
const ADD_MOMENT = `mutation AddEmployerContactMoment($employerId: ID!, $input: EmployerContactMomentInput!) {
  addEmployerContactMoment(employerId: $employerId, input: $input) { ${MOMENT} }
}`;
const UPDATE_MOMENT = `mutation UpdateEmployerContactMoment($id: ID!, $input: UpdateEmployerContactMomentInput!) {
  updateEmployerContactMoment(id: $id, input: $input) { ${MOMENT} }
}`;
const ARCHIVE_MOMENT =
  'mutation ArchiveEmployerContactMoment($id: ID!) { archiveEmployerContactMoment(id: $id) { id } }';
const ADD_AGREEMENT = `mutation AddEmployerAgreement($employerId: ID!, $input: EmployerAgreementInput!) {
  addEmployerAgreement(employerId: $employerId, input: $input) { ${AGREEMENT} }
}`;
const UPDATE_AGREEMENT = `mutation UpdateEmployerAgreement($id: ID!, $input: UpdateEmployerAgreementInput!) {
  updateEmployerAgreement(id: $id, input: $input) { ${AGREEMENT} }
}`;
const ARCHIVE_AGREEMENT =
  'mutation ArchiveEmployerAgreement($id: ID!) { archiveEmployerAgreement(id: $id) { id } }';
const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';

describe(EmployerCrmResolver.name, () => {
  let t: TestApp;
  let accountManager: UserEntity;
  let am: GraphQLClient;
  let admin: GraphQLClient;
  let consultant: GraphQLClient;
  let otherRegionAm: GraphQLClient;
  let employerUser: GraphQLClient;
  let employerId: string;

  const today = () => todayInNetherlands();
  const moment = (patch: Record<string, unknown> = {}) => ({
    contactedOn: addDays(today(), -3),
    channel: 'VISIT',
    subject: '  Kennismaking op de werkvloer ',
    note: 'Wil twee garantiebanen creëren.',
    ...patch,
  });
  const agreement = (patch: Record<string, unknown> = {}) => ({
    kind: 'GARANTIEBANEN',
    description: 'Vijf garantiebanen in 2027',
    places: 5,
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
    ...patch,
  });
  const momentsIn = async (id: string) =>
    (
      await t.dataSource.query(
        'SELECT count(*) AS n FROM employer_contact_moment WHERE employer_id = $1',
        [id],
      )
    )[0].n as string;
  const agreementsIn = async (id: string) =>
    (
      await t.dataSource.query(
        'SELECT count(*) AS n FROM employer_agreement WHERE employer_id = $1',
        [id],
      )
    )[0].n as string;

  beforeAll(async () => {
    t = await createTestApp();
    accountManager = await createUser(t.dataSource, {
      role: 'ACCOUNT_MANAGER',
      regionCodes: ['AM12'],
    });
    employerId = (
      await createEmployer(t.dataSource, {
        regionCode: 'AM12',
        accountManagerId: accountManager.id,
      })
    ).id;
    [am, admin, consultant, otherRegionAm, employerUser] = await Promise.all([
      t.loginAs(accountManager),
      t.loginAs(await createUser(t.dataSource, { role: 'ADMIN', regionCodes: ['AM12'] })),
      t.loginAs(await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] })),
      t.loginAs(await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM01'] })),
      t.loginAs(await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId })),
    ]);
  });
  afterAll(() => t.close());

  describe('contact moments', () => {
    it('adds, lists newest first, updates and archives contact moments, recorded by the account manager', async () => {
      const { id } = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      const older = (
        await am.data(ADD_MOMENT, {
          employerId: id,
          input: moment({ contactedOn: addDays(today(), -30), channel: 'PHONE' }),
        })
      ).addEmployerContactMoment;
      const newer = (
        await admin.data(ADD_MOMENT, {
          employerId: id,
          input: moment({ contactedOn: today(), note: null }),
        })
      ).addEmployerContactMoment;
      expect(newer).toMatchObject({
        contactedOn: today(),
        channel: 'VISIT',
        subject: 'Kennismaking op de werkvloer',
        note: '',
      });
      expect(older.recordedBy).toBe(accountManager.displayName);
      const listed = (await am.data(CRM, { id })).employer.contactMoments;
      expect(listed.map((row: { id: string }) => row.id)).toEqual([newer.id, older.id]);

      const updated = (
        await am.data(UPDATE_MOMENT, {
          id: older.id,
          input: { note: 'Teruggebeld.', channel: 'EMAIL' },
        })
      ).updateEmployerContactMoment;
      expect(updated).toMatchObject({
        note: 'Teruggebeld.',
        channel: 'EMAIL',
        contactedOn: addDays(today(), -30),
      });

      await am.data(ARCHIVE_MOMENT, { id: newer.id });
      expect(
        (await am.data(CRM, { id })).employer.contactMoments.map((row: { id: string }) => row.id),
      ).toEqual([older.id]);
      expect(await am.errorCode(UPDATE_MOMENT, { id: newer.id, input: { note: 'x' } })).toBe(
        'NOT_FOUND',
      );
    });

    it.each([
      [
        'a date in the future',
        moment({ contactedOn: addDays(todayInNetherlands(), 1) }),
        'input.contactedOn',
      ],
      ['a malformed date', moment({ contactedOn: '1-2-2026' }), 'input.contactedOn'],
      ['an empty subject', moment({ subject: '   ' }), 'input.subject'],
      ['a note over 2000 characters', moment({ note: 'x'.repeat(2001) }), 'input.note'],
    ])(
      'refuses %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, input, field) => {
        const { id } = await createEmployer(t.dataSource, { regionCode: 'AM12' });
        const result = await am.request(ADD_MOMENT, { employerId: id, input });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual([field]);
        expect(await momentsIn(id)).toBe('0');
      },
    );

    it('refuses clearing the subject or moving the date into the future, and keeps the moment', async () => {
      const added = (await am.data(ADD_MOMENT, { employerId, input: moment() }))
        .addEmployerContactMoment;
      for (const input of [{ subject: null }, { contactedOn: addDays(today(), 2) }]) {
        expect(await am.errorCode(UPDATE_MOMENT, { id: added.id, input })).toBe('BAD_USER_INPUT');
      }
      const stored = (await am.data(CRM, { id: employerId })).employer.contactMoments.find(
        (row: { id: string }) => row.id === added.id,
      );
      expect(stored).toEqual(added);
    });

    it('keeps them from employer users, consultants and account managers of other regions', async () => {
      await am.data(ADD_MOMENT, { employerId, input: moment() });
      const field = `query($id: ID!) { employer(id: $id) { id contactMoments { id } } }`;
      for (const client of [employerUser, consultant]) {
        const result = await client.request(field, { id: employerId });
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(result)).not.toContain('Kennismaking');
      }
      expect(await otherRegionAm.errorCode(field, { id: employerId })).toBe('FORBIDDEN');
      const before = await momentsIn(employerId);
      for (const client of [employerUser, consultant, otherRegionAm]) {
        expect(await client.errorCode(ADD_MOMENT, { employerId, input: moment() })).toBe(
          'FORBIDDEN',
        );
      }
      const { id } = (await am.data(ADD_MOMENT, { employerId, input: moment() }))
        .addEmployerContactMoment;
      for (const client of [employerUser, consultant, otherRegionAm]) {
        expect(await client.errorCode(UPDATE_MOMENT, { id, input: { note: 'weg' } })).toBe(
          'FORBIDDEN',
        );
        expect(await client.errorCode(ARCHIVE_MOMENT, { id })).toBe('FORBIDDEN');
      }
      expect(Number(await momentsIn(employerId))).toBe(Number(before) + 1);
    });

    it('answers NOT_FOUND for an unknown employer or moment, and CONFLICT for an archived employer', async () => {
      expect(await am.errorCode(ADD_MOMENT, { employerId: UNKNOWN_ID, input: moment() })).toBe(
        'NOT_FOUND',
      );
      expect(await am.errorCode(UPDATE_MOMENT, { id: UNKNOWN_ID, input: { note: 'x' } })).toBe(
        'NOT_FOUND',
      );
      expect(await am.errorCode(ARCHIVE_MOMENT, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      const { id } = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      await t.dataSource.query('UPDATE employer SET archived_at = now() WHERE id = $1', [id]);
      expect(await am.errorCode(ADD_MOMENT, { employerId: id, input: moment() })).toBe('CONFLICT');
    });
  });

  describe('agreements', () => {
    it('adds, lists latest start first, updates and archives agreements', async () => {
      const { id } = await createEmployer(t.dataSource, { regionCode: 'AM12' });
      const first = (
        await am.data(ADD_AGREEMENT, {
          employerId: id,
          input: agreement({ validFrom: '2026-01-01', validTo: null }),
        })
      ).addEmployerAgreement;
      expect(first).toMatchObject({
        kind: 'GARANTIEBANEN',
        places: 5,
        validTo: null,
        status: 'ACTIVE',
        recordedBy: accountManager.displayName,
      });
      const second = (
        await am.data(ADD_AGREEMENT, {
          employerId: id,
          input: agreement({ kind: 'JOB_CARVING', places: null, status: 'DRAFT' }),
        })
      ).addEmployerAgreement;
      expect(
        (await am.data(CRM, { id })).employer.agreements.map((row: { id: string }) => row.id),
      ).toEqual([second.id, first.id]);

      const ended = (
        await am.data(UPDATE_AGREEMENT, {
          id: first.id,
          input: { validTo: '2026-06-30', status: 'ENDED', places: null },
        })
      ).updateEmployerAgreement;
      expect(ended).toMatchObject({
        validFrom: '2026-01-01',
        validTo: '2026-06-30',
        status: 'ENDED',
        places: null,
      });

      await am.data(ARCHIVE_AGREEMENT, { id: second.id });
      expect(
        (await am.data(CRM, { id })).employer.agreements.map((row: { id: string }) => row.id),
      ).toEqual([first.id]);
    });

    it.each([
      [
        'an end before the start',
        agreement({ validFrom: '2027-02-01', validTo: '2027-01-31' }),
        'input.validTo',
      ],
      ['0 places', agreement({ places: 0 }), 'input.places'],
      ['an empty description', agreement({ description: '' }), 'input.description'],
      ['a malformed start', agreement({ validFrom: '2027-13-01' }), 'input.validFrom'],
    ])(
      'refuses %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, input, field) => {
        const { id } = await createEmployer(t.dataSource, { regionCode: 'AM12' });
        const result = await am.request(ADD_AGREEMENT, { employerId: id, input });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual([field]);
        expect(await agreementsIn(id)).toBe('0');
      },
    );

    it('checks the period against the stored dates on an update', async () => {
      const added = (await am.data(ADD_AGREEMENT, { employerId, input: agreement() }))
        .addEmployerAgreement;
      const result = await am.request(UPDATE_AGREEMENT, {
        id: added.id,
        input: { validFrom: '2028-01-01' },
      });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.validTo', message: expect.any(String) },
      ]);
      expect(await am.errorCode(UPDATE_AGREEMENT, { id: added.id, input: { kind: null } })).toBe(
        'BAD_USER_INPUT',
      );
      const stored = (await am.data(CRM, { id: employerId })).employer.agreements.find(
        (row: { id: string }) => row.id === added.id,
      );
      expect(stored).toEqual(added);
    });

    it('keeps them from employer users, consultants and account managers of other regions', async () => {
      const { id } = (await am.data(ADD_AGREEMENT, { employerId, input: agreement() }))
        .addEmployerAgreement;
      const field = `query($id: ID!) { employer(id: $id) { id agreements { id } } }`;
      for (const client of [employerUser, consultant, otherRegionAm]) {
        expect(await client.errorCode(field, { id: employerId })).toBe('FORBIDDEN');
        expect(await client.errorCode(ADD_AGREEMENT, { employerId, input: agreement() })).toBe(
          'FORBIDDEN',
        );
        expect(await client.errorCode(UPDATE_AGREEMENT, { id, input: { places: 1 } })).toBe(
          'FORBIDDEN',
        );
        expect(await client.errorCode(ARCHIVE_AGREEMENT, { id })).toBe('FORBIDDEN');
      }
      expect(
        (await am.data(CRM, { id: employerId })).employer.agreements.find(
          (row: { id: string }) => row.id === id,
        ).places,
      ).toBe(5);
    });
  });
});
