import { createCompetence, createEmployer, createVacancy } from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  unique,
  type GraphQLClient,
  type GraphQLResponse,
  type TestApp,
} from '../../../test/test-app.js';
import { EmployerEntity, EmployerLocationEntity } from '../employer/employer.entity.js';
import { VacancyResolver } from './vacancy.resolver.js';

const FIELDS = `id title description kind status sector hoursMin hoursMax openings contractType wageMinCents wageMaxCents
  startsOn closesOn regionCode archivedAt employer { id name sector } location { id postcode city municipalityCode }
  competences { competence { code label group sector } minLevel weight requirement }`;
const CREATE = `mutation CreateVacancy($input: CreateVacancyInput!) { createVacancy(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { ${FIELDS} } }`;
const SET_COMPETENCES = `mutation SetVacancyCompetences($id: ID!, $competences: [VacancyCompetenceInput!]!) {
  setVacancyCompetences(id: $id, competences: $competences) { ${FIELDS} } }`;
const CHANGE_STATUS =
  'mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) { changeVacancyStatus(id: $id, status: $status) { id status } }';
const ARCHIVE = 'mutation ArchiveVacancy($id: ID!) { archiveVacancy(id: $id) { id archivedAt } }';
const GET = `query Vacancy($id: ID!) { vacancy(id: $id) { ${FIELDS} } }`;
const LIST = `query Vacancies($employerId: ID, $regionCode: String, $kind: VacancyKind, $status: VacancyStatus, $sector: WorkSector,
  $competenceCode: String, $search: String, $includeArchived: Boolean, $first: Int, $after: String) {
  vacancies(employerId: $employerId, regionCode: $regionCode, kind: $kind, status: $status, sector: $sector,
    competenceCode: $competenceCode, search: $search, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount nodes { id title } pageInfo { hasNextPage endCursor } } }`;
const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';

const fieldsOf = (result: GraphQLResponse) =>
  result.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe(VacancyResolver.name, () => {
  let t: TestApp;
  let am: GraphQLClient;
  let admin: GraphQLClient;
  let consultant: GraphQLClient;
  let otherRegionAm: GraphQLClient;
  let otherRegionConsultant: GraphQLClient;
  let board: GraphQLClient;
  let employer: EmployerEntity & { location: EmployerLocationEntity };
  let employerUser: GraphQLClient;
  let otherEmployerUser: GraphQLClient;

  const validInput = (patch: Record<string, unknown> = {}) => ({
    employerId: employer.id,
    locationId: employer.location.id,
    title: `Medewerker spoelkeuken ${unique()}`,
    description: 'Afwassen en de spoelkeuken schoonhouden.',
    kind: 'GARANTIEBAAN',
    contractType: 'FIXED_TERM',
    sector: 'HOSPITALITY',
    hoursMin: 16,
    hoursMax: 24.5,
    openings: 2,
    wageMinCents: 1400,
    wageMaxCents: 1550,
    startsOn: '2026-03-01',
    closesOn: '2026-04-01',
    competences: [
      { competenceCode: 'WA_PUNCTUALITY', minLevel: 3, weight: 2, requirement: 'WISHED' },
      { competenceCode: 'VOC_HOSP_DISHWASHING', minLevel: 2, weight: 4, requirement: 'REQUIRED' },
    ],
    ...patch,
  });

  const countTitled = async (title: string) =>
    Number(
      (await t.dataSource.query('SELECT count(*) FROM vacancy WHERE title = $1', [title]))[0].count,
    );
  const competenceCodes = async (vacancyId: string) =>
    (
      (await t.dataSource.query(
        'SELECT competence_code FROM vacancy_competence WHERE vacancy_id = $1 ORDER BY 1',
        [vacancyId],
      )) as { competence_code: string }[]
    ).map((row) => row.competence_code);
  const statusOf = async (vacancyId: string) =>
    (
      (await t.dataSource.query('SELECT status FROM vacancy WHERE id = $1', [vacancyId]))[0] as {
        status: string;
      }
    ).status;
  const ownVacancy = (columns: Parameters<typeof createVacancy>[1] = {}) =>
    createVacancy(t.dataSource, {
      employerId: employer.id,
      locationId: employer.location.id,
      ...columns,
    });

  beforeAll(async () => {
    t = await createTestApp();
    employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    const otherEmployer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    [
      am,
      admin,
      consultant,
      otherRegionAm,
      otherRegionConsultant,
      board,
      employerUser,
      otherEmployerUser,
    ] = await Promise.all(
      [
        createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] }),
        createUser(t.dataSource, { role: 'ADMIN', regionCodes: [] }),
        createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] }),
        createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM01'] }),
        createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM01'] }),
        createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM12'] }),
        createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
        createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: otherEmployer.id }),
      ].map(async (user) => t.loginAs(await user)),
    );
  });
  afterAll(() => t.close());

  describe('createVacancy', () => {
    it('creates a draft at the employer location, with its competences required-first', async () => {
      const input = validInput();
      const { createVacancy: created } = await am.data(CREATE, { input });
      expect(created).toMatchObject({
        title: input.title,
        status: 'DRAFT',
        kind: 'GARANTIEBAAN',
        hoursMin: 16,
        hoursMax: 24.5,
        openings: 2,
        regionCode: 'AM12',
        employer: { id: employer.id, name: employer.name, sector: 'MARKT' },
        location: {
          id: employer.location.id,
          postcode: '1211 AB',
          city: 'Hilversum',
          municipalityCode: 'GM0402',
        },
        startsOn: '2026-03-01',
        archivedAt: null,
      });
      expect(created.competences).toEqual([
        {
          competence: expect.objectContaining({
            code: 'VOC_HOSP_DISHWASHING',
            group: 'VOCATIONAL',
            sector: 'HOSPITALITY',
          }),
          minLevel: 2,
          weight: 4,
          requirement: 'REQUIRED',
        },
        {
          competence: expect.objectContaining({
            code: 'WA_PUNCTUALITY',
            label: 'Op tijd komen',
            sector: null,
          }),
          minLevel: 3,
          weight: 2,
          requirement: 'WISHED',
        },
      ]);
    });

    it("lets the employer's own user create one", async () => {
      const input = validInput({ competences: [] });
      expect((await employerUser.data(CREATE, { input })).createVacancy.employer.id).toBe(
        employer.id,
      );
    });

    it('lets an admin create one in any region', async () => {
      expect((await admin.data(CREATE, { input: validInput() })).createVacancy.status).toBe(
        'DRAFT',
      );
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an oversized title', { title: 'x'.repeat(161) }, 'input.title'],
      ['an empty description', { description: '' }, 'input.description'],
      ['half an hour a week', { hoursMin: 0.5 }, 'input.hoursMin'],
      ['41 hours a week', { hoursMax: 41 }, 'input.hoursMax'],
      ['quarter hours', { hoursMin: 16.25 }, 'input.hoursMin'],
      ['an inverted hours range', { hoursMin: 30, hoursMax: 20 }, 'input.hoursMax'],
      ['no openings', { openings: 0 }, 'input.openings'],
      ['501 openings', { openings: 501 }, 'input.openings'],
      ['a negative wage', { wageMinCents: -1 }, 'input.wageMinCents'],
      ['an inverted wage range', { wageMinCents: 1600, wageMaxCents: 1500 }, 'input.wageMaxCents'],
      ['a date that does not exist', { startsOn: '2026-02-30' }, 'input.startsOn'],
      ['a closing date before the start', { closesOn: '2026-02-01' }, 'input.closesOn'],
      [
        'a paid volunteer contract',
        { kind: 'VOLUNTEER', wageMinCents: null, wageMaxCents: null },
        'input.contractType',
      ],
      [
        'a volunteer place with a wage',
        { kind: 'VOLUNTEER', contractType: 'UNPAID', wageMaxCents: null },
        'input.wageMinCents',
      ],
      ['a trial placement on a fixed-term contract', { kind: 'TRIAL' }, 'input.contractType'],
      [
        'a competence level of 6',
        {
          competences: [{ competenceCode: 'WA_PUNCTUALITY', minLevel: 6, requirement: 'REQUIRED' }],
        },
        'input.competences.0.minLevel',
      ],
      [
        'a weight of 0',
        {
          competences: [
            { competenceCode: 'WA_PUNCTUALITY', minLevel: 2, weight: 0, requirement: 'REQUIRED' },
          ],
        },
        'input.competences.0.weight',
      ],
      [
        'an unknown competence',
        { competences: [{ competenceCode: 'WA_FLYING', minLevel: 2, requirement: 'REQUIRED' }] },
        'input.competences.0.competenceCode',
      ],
      [
        'a competence asked twice',
        {
          competences: [
            { competenceCode: 'WA_PUNCTUALITY', minLevel: 2, requirement: 'REQUIRED' },
            { competenceCode: 'WA_PUNCTUALITY', minLevel: 3, requirement: 'WISHED' },
          ],
        },
        'input.competences.1.competenceCode',
      ],
      [
        '31 competences',
        {
          competences: Array.from({ length: 31 }, (_, i) => ({
            competenceCode: `WA_X${i}`,
            minLevel: 2,
            requirement: 'WISHED',
          })),
        },
        'input.competences',
      ],
      ['a malformed location id', { locationId: 'vestiging-1' }, 'input.locationId'],
      ['an unknown location', { locationId: UNKNOWN_ID }, 'input.locationId'],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const input = validInput(patch);
        const result = await am.request(CREATE, { input });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toContain(field);
        expect(await countTitled(input.title)).toBe(0);
      },
    );

    it('reports every wrong field at once', async () => {
      const result = await am.request(CREATE, {
        input: validInput({
          hoursMin: 30,
          hoursMax: 20,
          closesOn: '2026-01-01',
          competences: [{ competenceCode: 'WA_FLYING', minLevel: 2, requirement: 'REQUIRED' }],
        }),
      });
      expect(fieldsOf(result)).toEqual(
        expect.arrayContaining([
          'input.hoursMax',
          'input.closesOn',
          'input.competences.0.competenceCode',
        ]),
      );
    });

    it('refuses an archived competence', async () => {
      const archived = await createCompetence(t.dataSource, { archivedAt: new Date() });
      const input = validInput({
        competences: [{ competenceCode: archived.code, minLevel: 2, requirement: 'REQUIRED' }],
      });
      expect(fieldsOf(await am.request(CREATE, { input }))).toEqual([
        'input.competences.0.competenceCode',
      ]);
      expect(await countTitled(input.title)).toBe(0);
    });

    it("refuses another employer's location and an archived one", async () => {
      const other = await createEmployer(t.dataSource);
      const archived = await t.dataSource.getRepository(EmployerLocationEntity).save({
        employerId: employer.id,
        name: 'Oud magazijn',
        street: null,
        postcode: '1217AA',
        pc4: '1217',
        city: 'Hilversum',
        archivedAt: new Date(),
      });
      for (const locationId of [other.location.id, archived.id]) {
        const input = validInput({ locationId });
        expect(fieldsOf(await am.request(CREATE, { input }))).toEqual(['input.locationId']);
        expect(await countTitled(input.title)).toBe(0);
      }
    });

    it('answers NOT_FOUND for an unknown employer', async () => {
      expect(await am.errorCode(CREATE, { input: validInput({ employerId: UNKNOWN_ID }) })).toBe(
        'NOT_FOUND',
      );
    });

    it('answers CONFLICT for an archived employer and writes nothing', async () => {
      const archived = await createEmployer(t.dataSource);
      await t.dataSource
        .getRepository(EmployerEntity)
        .update(archived.id, { archivedAt: new Date() });
      const input = validInput({ employerId: archived.id, locationId: archived.location.id });
      expect(await am.errorCode(CREATE, { input })).toBe('CONFLICT');
      expect(await countTitled(input.title)).toBe(0);
    });

    it.each([
      ["another employer's user", () => otherEmployerUser],
      ['an account manager of another region', () => otherRegionAm],
      ['a consultant', () => consultant],
      ['a board member', () => board],
    ])('refuses %s and writes nothing', async (_who, client) => {
      const input = validInput();
      expect(await client().errorCode(CREATE, { input })).toBe('FORBIDDEN');
      expect(await countTitled(input.title)).toBe(0);
    });
  });

  describe('vacancies and vacancy', () => {
    it('filters by kind, status, sector, competence and title, and pages by title', async () => {
      const prefix = `Lijsttest ${unique()}`;
      const a = await ownVacancy({
        title: `${prefix} A`,
        kind: 'GARANTIEBAAN',
        sector: 'HOSPITALITY',
        competences: [{ code: 'VOC_HOSP_DISHWASHING', minLevel: 2 }],
      });
      const b = await ownVacancy({
        title: `${prefix} B`,
        kind: 'GARANTIEBAAN',
        status: 'DRAFT',
        sector: 'CLEANING',
      });
      const c = await ownVacancy({
        title: `${prefix} C`,
        kind: 'WORK_LEARN',
        contractType: 'UNPAID',
      });
      const ids = async (variables: Record<string, unknown>) =>
        (await am.data(LIST, { search: prefix, ...variables })).vacancies.nodes.map(
          (n: { id: string }) => n.id,
        );
      expect(await ids({})).toEqual([a.id, b.id, c.id]);
      expect(await ids({ kind: 'GARANTIEBAAN' })).toEqual([a.id, b.id]);
      expect(await ids({ status: 'DRAFT' })).toEqual([b.id]);
      expect(await ids({ sector: 'CLEANING' })).toEqual([b.id]);
      expect(await ids({ competenceCode: 'VOC_HOSP_DISHWASHING' })).toEqual([a.id]);
      expect(await ids({ employerId: employer.id, regionCode: 'AM12' })).toEqual([
        a.id,
        b.id,
        c.id,
      ]);
      expect(await ids({ regionCode: 'AM01' })).toEqual([]);

      const first = (await am.data(LIST, { search: prefix, first: 2 })).vacancies;
      expect(first).toMatchObject({
        totalCount: 3,
        nodes: [{ id: a.id }, { id: b.id }],
        pageInfo: { hasNextPage: true },
      });
      const second = (
        await am.data(LIST, { search: prefix, first: 2, after: first.pageInfo.endCursor })
      ).vacancies;
      expect(second).toMatchObject({ nodes: [{ id: c.id }], pageInfo: { hasNextPage: false } });
    });

    it('filters on the day a vacancy was created, for the inbox of new ones', async () => {
      const prefix = `Nieuwtest ${unique()}`;
      const fresh = await ownVacancy({ title: `${prefix} nieuw` });
      const old = await ownVacancy({ title: `${prefix} oud` });
      await t.dataSource.query(
        "UPDATE vacancy SET created_at = now() - interval '20 days' WHERE id = $1",
        [old.id],
      );
      const since = new Date(Date.now() - 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      const query =
        'query($search: String, $createdSince: String) { vacancies(search: $search, createdSince: $createdSince) { nodes { id } } }';
      const ids = (
        await am.data(query, { search: prefix, createdSince: since })
      ).vacancies.nodes.map((n: { id: string }) => n.id);
      expect(ids).toEqual([fresh.id]);
      expect(
        fieldsOf(await am.request(query, { search: prefix, createdSince: 'gisteren' })),
      ).toEqual(['createdSince']);
    });

    it('shows staff only the vacancies of their regions', async () => {
      const prefix = `Regiotest ${unique()}`;
      const own = await ownVacancy({ title: `${prefix} Gooi` });
      const groningenEmployer = await createEmployer(t.dataSource, { regionCode: 'AM01' });
      const groningen = await createVacancy(t.dataSource, {
        title: `${prefix} Groningen`,
        employerId: groningenEmployer.id,
        locationId: groningenEmployer.location.id,
      });
      const ids = async (client: GraphQLClient) =>
        (await client.data(LIST, { search: prefix })).vacancies.nodes.map(
          (n: { id: string }) => n.id,
        );
      expect(await ids(am)).toEqual([own.id]);
      expect(await ids(consultant)).toEqual([own.id]);
      expect(await ids(otherRegionConsultant)).toEqual([groningen.id]);
      expect(await ids(admin)).toEqual([own.id, groningen.id]);
      expect(await otherRegionAm.errorCode(GET, { id: own.id })).toBe('FORBIDDEN');
      expect(await otherRegionConsultant.errorCode(GET, { id: own.id })).toBe('FORBIDDEN');
    });

    it("shows an employer user only its own employer's vacancies", async () => {
      const prefix = `Eigen ${unique()}`;
      const own = await ownVacancy({ title: `${prefix} eigen` });
      const foreign = await createVacancy(t.dataSource, { title: `${prefix} ander` });
      const { vacancies } = await employerUser.data(LIST, { search: prefix });
      expect(vacancies.nodes).toEqual([{ id: own.id, title: own.title }]);
      expect(
        (await employerUser.data(LIST, { search: prefix, employerId: foreign.employerId }))
          .vacancies.totalCount,
      ).toBe(0);
      expect(await employerUser.errorCode(GET, { id: foreign.id })).toBe('FORBIDDEN');
      expect((await employerUser.data(GET, { id: own.id })).vacancy.id).toBe(own.id);
    });

    it('hides archived vacancies unless asked', async () => {
      const archived = await ownVacancy({ title: `Archief ${unique()}`, archivedAt: new Date() });
      expect((await am.data(LIST, { search: archived.title })).vacancies.totalCount).toBe(0);
      expect(
        (await am.data(LIST, { search: archived.title, includeArchived: true })).vacancies.nodes,
      ).toEqual([{ id: archived.id, title: archived.title }]);
    });

    it('refuses board members', async () => {
      const vacancy = await ownVacancy();
      expect(await board.errorCode(LIST)).toBe('FORBIDDEN');
      expect(await board.errorCode(GET, { id: vacancy.id })).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect(await am.errorCode(GET, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      expect(await am.errorCode('{ vacancy(id: "abc") { id } }')).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateVacancy', () => {
    it('changes the given fields and keeps the rest; nullable fields can be cleared', async () => {
      const vacancy = await ownVacancy({
        wageMinCents: 1400,
        wageMaxCents: 1500,
        sector: 'RETAIL',
      });
      const { updateVacancy } = await employerUser.data(UPDATE, {
        id: vacancy.id,
        input: { title: 'Vakkenvuller avond', hoursMax: 32, wageMinCents: null, sector: null },
      });
      expect(updateVacancy).toMatchObject({
        title: 'Vakkenvuller avond',
        hoursMin: vacancy.hoursMin,
        hoursMax: 32,
        wageMinCents: null,
        wageMaxCents: 1500,
        sector: null,
        description: vacancy.description,
        status: vacancy.status,
      });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a title cleared with null', { title: null }, 'input.title'],
      ['hours above the current maximum', { hoursMin: 30 }, 'input.hoursMax'],
      ['a kind the contract does not fit', { kind: 'VOLUNTEER' }, 'input.contractType'],
      ['a closing date before the current start', { closesOn: '2025-12-31' }, 'input.closesOn'],
      ['an unknown location', { locationId: UNKNOWN_ID }, 'input.locationId'],
    ])('rejects %s and changes nothing', async (_case, input, field) => {
      const vacancy = await ownVacancy({ hoursMin: 16, hoursMax: 24, startsOn: '2026-01-01' });
      const result = await am.request(UPDATE, {
        id: vacancy.id,
        input: { description: 'Gewijzigd', ...input },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toContain(field);
      expect((await am.data(GET, { id: vacancy.id })).vacancy.description).toBe(
        vacancy.description,
      );
    });

    it('answers NOT_FOUND for an unknown vacancy', async () => {
      expect(await am.errorCode(UPDATE, { id: UNKNOWN_ID, input: { title: 'Nieuw' } })).toBe(
        'NOT_FOUND',
      );
    });

    it.each([
      ["another employer's user", () => otherEmployerUser],
      ['an account manager of another region', () => otherRegionAm],
      ['a consultant', () => consultant],
      ['a board member', () => board],
    ])('refuses %s', async (_who, client) => {
      const vacancy = await ownVacancy();
      expect(
        await client().errorCode(UPDATE, { id: vacancy.id, input: { title: 'Overgenomen' } }),
      ).toBe('FORBIDDEN');
      expect(await countTitled('Overgenomen')).toBe(0);
    });

    it('answers CONFLICT for an archived vacancy', async () => {
      const vacancy = await ownVacancy({ archivedAt: new Date() });
      expect(await am.errorCode(UPDATE, { id: vacancy.id, input: { title: 'Nieuw' } })).toBe(
        'CONFLICT',
      );
    });
  });

  describe('setVacancyCompetences', () => {
    it('replaces the asked competences', async () => {
      const vacancy = await ownVacancy({ competences: [{ code: 'WA_PUNCTUALITY', minLevel: 3 }] });
      const { setVacancyCompetences } = await am.data(SET_COMPETENCES, {
        id: vacancy.id,
        competences: [
          { competenceCode: 'CERT_HACCP', minLevel: 5, weight: 5, requirement: 'REQUIRED' },
          { competenceCode: 'WA_ATTENDANCE', minLevel: 2, requirement: 'WISHED' },
        ],
      });
      expect(
        setVacancyCompetences.competences.map(
          (c: { competence: { code: string }; weight: number }) => [c.competence.code, c.weight],
        ),
      ).toEqual([
        ['CERT_HACCP', 5],
        ['WA_ATTENDANCE', 3],
      ]);
      expect(await competenceCodes(vacancy.id)).toEqual(['CERT_HACCP', 'WA_ATTENDANCE']);
    });

    it('clears them with an empty list', async () => {
      const vacancy = await ownVacancy({ competences: [{ code: 'WA_PUNCTUALITY', minLevel: 3 }] });
      expect(
        (await employerUser.data(SET_COMPETENCES, { id: vacancy.id, competences: [] }))
          .setVacancyCompetences.competences,
      ).toEqual([]);
    });

    it.each<[string, unknown[], string]>([
      [
        'an unknown code',
        [{ competenceCode: 'WA_FLYING', minLevel: 2, requirement: 'REQUIRED' }],
        'competences.0.competenceCode',
      ],
      [
        'a level of 0',
        [{ competenceCode: 'WA_ATTENDANCE', minLevel: 0, requirement: 'REQUIRED' }],
        'competences.0.minLevel',
      ],
      [
        'a duplicate',
        [
          { competenceCode: 'WA_ATTENDANCE', minLevel: 2, requirement: 'REQUIRED' },
          { competenceCode: 'WA_ATTENDANCE', minLevel: 2, requirement: 'WISHED' },
        ],
        'competences.1.competenceCode',
      ],
    ])('rejects %s and keeps the old set', async (_case, competences, field) => {
      const vacancy = await ownVacancy({ competences: [{ code: 'WA_PUNCTUALITY', minLevel: 3 }] });
      const result = await am.request(SET_COMPETENCES, { id: vacancy.id, competences });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([field]);
      expect(await competenceCodes(vacancy.id)).toEqual(['WA_PUNCTUALITY']);
    });

    it('answers NOT_FOUND, FORBIDDEN and CONFLICT where due', async () => {
      const vacancy = await ownVacancy({ competences: [{ code: 'WA_PUNCTUALITY', minLevel: 3 }] });
      const archived = await ownVacancy({ archivedAt: new Date() });
      expect(await am.errorCode(SET_COMPETENCES, { id: UNKNOWN_ID, competences: [] })).toBe(
        'NOT_FOUND',
      );
      expect(
        await otherEmployerUser.errorCode(SET_COMPETENCES, { id: vacancy.id, competences: [] }),
      ).toBe('FORBIDDEN');
      expect(
        await otherRegionAm.errorCode(SET_COMPETENCES, { id: vacancy.id, competences: [] }),
      ).toBe('FORBIDDEN');
      expect(await board.errorCode(SET_COMPETENCES, { id: vacancy.id, competences: [] })).toBe(
        'FORBIDDEN',
      );
      expect(await am.errorCode(SET_COMPETENCES, { id: archived.id, competences: [] })).toBe(
        'CONFLICT',
      );
      expect(await competenceCodes(vacancy.id)).toEqual(['WA_PUNCTUALITY']);
    });
  });

  describe('changeVacancyStatus', () => {
    it('follows a vacancy from draft through filled, reopened and closed, to reopened again', async () => {
      const vacancy = await ownVacancy({ status: 'DRAFT' });
      for (const status of ['OPEN', 'FILLED', 'OPEN', 'CLOSED', 'OPEN']) {
        expect(
          (await am.data(CHANGE_STATUS, { id: vacancy.id, status })).changeVacancyStatus.status,
        ).toBe(status);
      }
    });

    it.each([
      ['DRAFT', 'FILLED'],
      ['CLOSED', 'FILLED'],
      ['CLOSED', 'DRAFT'],
      ['OPEN', 'OPEN'],
    ] as const)(
      'answers CONFLICT for %s → %s, with a Dutch message, and keeps the status',
      async (from, to) => {
        const vacancy = await ownVacancy({ status: from });
        const result = await am.request(CHANGE_STATUS, { id: vacancy.id, status: to });
        expect(codeOf(result)).toBe('CONFLICT');
        expect(result.errors?.[0]?.message).toMatch(/vacature/);
        expect(await statusOf(vacancy.id)).toBe(from);
      },
    );

    it('lets the employer user publish and close, but not mark filled', async () => {
      const vacancy = await ownVacancy({ status: 'DRAFT' });
      expect(
        (await employerUser.data(CHANGE_STATUS, { id: vacancy.id, status: 'OPEN' }))
          .changeVacancyStatus.status,
      ).toBe('OPEN');
      expect(
        await employerUser.errorCode(CHANGE_STATUS, { id: vacancy.id, status: 'FILLED' }),
      ).toBe('FORBIDDEN');
      expect(await statusOf(vacancy.id)).toBe('OPEN');
      expect(
        (await employerUser.data(CHANGE_STATUS, { id: vacancy.id, status: 'CLOSED' }))
          .changeVacancyStatus.status,
      ).toBe('CLOSED');
    });

    it('answers NOT_FOUND, FORBIDDEN and CONFLICT where due', async () => {
      const vacancy = await ownVacancy({ status: 'DRAFT' });
      const archived = await ownVacancy({ status: 'DRAFT', archivedAt: new Date() });
      expect(await am.errorCode(CHANGE_STATUS, { id: UNKNOWN_ID, status: 'OPEN' })).toBe(
        'NOT_FOUND',
      );
      expect(await otherRegionAm.errorCode(CHANGE_STATUS, { id: vacancy.id, status: 'OPEN' })).toBe(
        'FORBIDDEN',
      );
      expect(
        await otherEmployerUser.errorCode(CHANGE_STATUS, { id: vacancy.id, status: 'OPEN' }),
      ).toBe('FORBIDDEN');
      expect(await consultant.errorCode(CHANGE_STATUS, { id: vacancy.id, status: 'OPEN' })).toBe(
        'FORBIDDEN',
      );
      expect(await board.errorCode(CHANGE_STATUS, { id: vacancy.id, status: 'OPEN' })).toBe(
        'FORBIDDEN',
      );
      expect(await am.errorCode(CHANGE_STATUS, { id: archived.id, status: 'OPEN' })).toBe(
        'CONFLICT',
      );
      expect(await statusOf(vacancy.id)).toBe('DRAFT');
      expect(await statusOf(archived.id)).toBe('DRAFT');
    });
  });

  describe('archiveVacancy', () => {
    it('archives a vacancy, hides it from lists and refuses later changes', async () => {
      const vacancy = await ownVacancy({ title: `Te archiveren ${unique()}` });
      expect(
        (await employerUser.data(ARCHIVE, { id: vacancy.id })).archiveVacancy.archivedAt,
      ).not.toBeNull();
      expect((await am.data(LIST, { search: vacancy.title })).vacancies.totalCount).toBe(0);
      expect(await am.errorCode(CHANGE_STATUS, { id: vacancy.id, status: 'CLOSED' })).toBe(
        'CONFLICT',
      );
    });

    it('is idempotent', async () => {
      const vacancy = await ownVacancy();
      const first = (await am.data(ARCHIVE, { id: vacancy.id })).archiveVacancy.archivedAt;
      expect((await am.data(ARCHIVE, { id: vacancy.id })).archiveVacancy.archivedAt).toBe(first);
    });

    it('answers NOT_FOUND and FORBIDDEN where due, and archives nothing then', async () => {
      const vacancy = await ownVacancy();
      expect(await am.errorCode(ARCHIVE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      for (const client of [otherEmployerUser, otherRegionAm, consultant, board]) {
        expect(await client.errorCode(ARCHIVE, { id: vacancy.id })).toBe('FORBIDDEN');
      }
      expect((await am.data(GET, { id: vacancy.id })).vacancy.archivedAt).toBeNull();
    });
  });
});
