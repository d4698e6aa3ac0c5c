import { addDays, addMonths } from '@werkbrug/domain-rules';
import {
  createEmployer,
  createIntroduction,
  createJobSeeker,
  createVacancy,
  freshBsn,
} from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import type { EmployerEntity, EmployerLocationEntity } from '../employer/employer.entity.js';
import type { UserEntity } from '../user/user.entity.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { IntroductionResolver } from './introduction.resolver.js';

const FIELDS = `id status matchScore
  vacancy { id title kind employer { id name } }
  jobSeeker { id candidateNumber candidateLabel firstName lastName }
  createdBy { displayName }
  history { fromStatus toStatus changedBy { displayName } note endReason changedAt }
  endReason consent { givenOn method expiresOn expired }
  nextStatuses createdAt`;
const EMPLOYER_FIELDS = `id status candidateLabel inDoelgroepregister
  candidate { firstName lastName email phone }
  vacancy { id title kind employer { id name } }
  history { fromStatus toStatus changedAt }
  nextStatuses createdAt`;

const PROPOSE = `mutation ProposeIntroduction($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { ${FIELDS} } }`;
const CHANGE = `mutation ChangeIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String,
  $endReason: IntroductionEndReason, $consent: IntroductionConsentInput) {
  changeIntroductionStatus(id: $id, status: $status, note: $note, endReason: $endReason, consent: $consent) { ${FIELDS} } }`;
const EMPLOYER_CHANGE = `mutation ChangeEmployerIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String, $endReason: IntroductionEndReason) {
  changeEmployerIntroductionStatus(id: $id, status: $status, note: $note, endReason: $endReason) { ${EMPLOYER_FIELDS} } }`;
const ONE = `query Introduction($id: ID!) { introduction(id: $id) { ${FIELDS} } }`;
const LIST = `query Introductions($vacancyId: ID, $jobSeekerId: ID, $status: IntroductionStatus, $regionCode: String, $first: Int, $after: String) {
  introductions(vacancyId: $vacancyId, jobSeekerId: $jobSeekerId, status: $status, regionCode: $regionCode, first: $first, after: $after) {
    totalCount nodes { id status jobSeeker { id firstName } } pageInfo { hasNextPage endCursor } } }`;
const EMPLOYER_LIST = `query EmployerIntroductions($vacancyId: ID, $status: IntroductionStatus) {
  employerIntroductions(vacancyId: $vacancyId, status: $status) { totalCount nodes { ${EMPLOYER_FIELDS} } } }`;
const EMPLOYER_ONE = `query EmployerIntroduction($id: ID!) { employerIntroduction(id: $id) { ${EMPLOYER_FIELDS} } }`;

const UNKNOWN_ID = '7d3c0d9e-8f53-4c1e-9a55-0d7c1e1e1e1e';
const TODAY = todayInNetherlands();
const CONSENT = { givenOn: TODAY, method: 'PHONE', expiresOn: addMonths(TODAY, 3) };

describe(IntroductionResolver.name, () => {
  let t: TestApp;
  let accountManagerUser: UserEntity;
  let am: GraphQLClient;
  let consultant: GraphQLClient;
  let strangerAm: GraphQLClient;
  let board: GraphQLClient;
  let employer: EmployerEntity & { location: EmployerLocationEntity };
  let employerUser: GraphQLClient;
  let otherEmployerUser: GraphQLClient;

  const openVacancy = (kind: 'REGULAR' | 'GARANTIEBAAN' | 'SHELTERED' = 'REGULAR') =>
    createVacancy(t.dataSource, {
      employerId: employer.id,
      locationId: employer.location.id,
      kind,
      status: 'OPEN',
    });

  const countIntroductions = async (vacancyId: string) =>
    Number(
      (
        await t.dataSource.query('SELECT count(*) FROM introduction WHERE vacancy_id = $1', [
          vacancyId,
        ])
      )[0].count,
    );

  const historyLength = async (introductionId: string) =>
    Number(
      (
        await t.dataSource.query(
          'SELECT count(*) FROM introduction_status_change WHERE introduction_id = $1',
          [introductionId],
        )
      )[0].count,
    );

  const statusOf = async (introductionId: string) =>
    (await t.dataSource.query('SELECT status FROM introduction WHERE id = $1', [introductionId]))[0]
      .status as string;

  beforeAll(async () => {
    t = await createTestApp();
    accountManagerUser = await createUser(t.dataSource, {
      role: 'ACCOUNT_MANAGER',
      regionCodes: ['AM12'],
    });
    am = await t.loginAs(accountManagerUser);
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

  describe('proposeIntroduction', () => {
    it('proposes a job-seeker for an open vacancy, named for staff, with the first history row', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource, { firstName: 'Fatima' });
      const { proposeIntroduction } = await am.data(PROPOSE, {
        input: {
          vacancyId: vacancy.id,
          jobSeekerId: seeker.id,
          matchScore: 87,
          note: 'Sterke match op werkhouding.',
        },
      });
      expect(proposeIntroduction).toMatchObject({
        status: 'PROPOSED',
        matchScore: 87,
        vacancy: {
          id: vacancy.id,
          kind: 'REGULAR',
          employer: { id: employer.id, name: employer.name },
        },
        jobSeeker: {
          id: seeker.id,
          candidateNumber: seeker.candidateNumber,
          candidateLabel: `Kandidaat ${seeker.candidateNumber}`,
          firstName: 'Fatima',
          lastName: seeker.lastName,
        },
        createdBy: { displayName: accountManagerUser.displayName },
        history: [
          {
            fromStatus: null,
            toStatus: 'PROPOSED',
            note: 'Sterke match op werkhouding.',
            changedBy: { displayName: accountManagerUser.displayName },
          },
        ],
        nextStatuses: ['CONSENT_REQUESTED', 'WITHDRAWN'],
      });
    });

    it('logs the read of the name with its purpose', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      await am.data(PROPOSE, { input: { vacancyId: vacancy.id, jobSeekerId: seeker.id } });
      const rows = await t.dataSource.query(
        'SELECT purpose FROM personal_data_access WHERE job_seeker_id = $1',
        [seeker.id],
      );
      expect(rows).toEqual([{ purpose: 'introductions' }]);
    });

    it.each([
      ['a match score above 100', { matchScore: 101 }, 'input.matchScore'],
      ['a negative match score', { matchScore: -1 }, 'input.matchScore'],
      ['an oversized note', { note: 'x'.repeat(1001) }, 'input.note'],
      ['a malformed job-seeker id', { jobSeekerId: 'abc' }, 'input.jobSeekerId'],
    ])(
      'rejects %s with BAD_USER_INPUT on the field and writes nothing',
      async (_case, patch, field) => {
        const vacancy = await openVacancy();
        const seeker = await createJobSeeker(t.dataSource);
        const result = await am.request(PROPOSE, {
          input: { vacancyId: vacancy.id, jobSeekerId: seeker.id, ...patch },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(await countIntroductions(vacancy.id)).toBe(0);
      },
    );

    it.each([
      [
        'GARANTIEBAAN',
        {},
        'Een garantiebaan is alleen voor inwoners die in het doelgroepregister staan.',
      ],
      [
        'SHELTERED',
        { doelgroepregister: true },
        'Een beschutte werkplek is alleen voor inwoners met een indicatie beschut werk.',
      ],
    ] as const)(
      'refuses a %s for a job-seeker without the right flag, with the Dutch reason on the field',
      async (kind, flags, message) => {
        const vacancy = await openVacancy(kind);
        const seeker = await createJobSeeker(t.dataSource, flags);
        const result = await am.request(PROPOSE, {
          input: { vacancyId: vacancy.id, jobSeekerId: seeker.id },
        });
        expect(result.errors?.[0]?.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.jobSeekerId', message }],
        });
        expect(await countIntroductions(vacancy.id)).toBe(0);
      },
    );

    it.each([
      ['GARANTIEBAAN', { doelgroepregister: true }],
      ['SHELTERED', { indicatieBeschutWerk: true }],
    ] as const)('accepts a %s for a job-seeker with the right flag', async (kind, flags) => {
      const vacancy = await openVacancy(kind);
      const seeker = await createJobSeeker(t.dataSource, flags);
      const { proposeIntroduction } = await am.data(PROPOSE, {
        input: { vacancyId: vacancy.id, jobSeekerId: seeker.id },
      });
      expect(proposeIntroduction.vacancy.kind).toBe(kind);
    });

    it('answers CONFLICT when the pair was proposed before, keeping the one introduction', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      await am.data(PROPOSE, { input: { vacancyId: vacancy.id, jobSeekerId: seeker.id } });
      expect(
        await consultant.errorCode(PROPOSE, {
          input: { vacancyId: vacancy.id, jobSeekerId: seeker.id },
        }),
      ).toBe('CONFLICT');
      expect(await countIntroductions(vacancy.id)).toBe(1);
    });

    it.each([
      ['a vacancy that is not open', { vacancyStatus: 'DRAFT' }],
      ['an archived job-seeker', { seeker: { archivedAt: new Date() } }],
      ['a job-seeker who withdrew consent', { seeker: { consentStatus: 'WITHDRAWN' } }],
    ] as const)('answers CONFLICT for %s and writes nothing', async (_case, setup) => {
      const vacancy = await createVacancy(t.dataSource, {
        employerId: employer.id,
        locationId: employer.location.id,
        status: 'vacancyStatus' in setup ? setup.vacancyStatus : 'OPEN',
      });
      const seeker = await createJobSeeker(t.dataSource, 'seeker' in setup ? setup.seeker : {});
      expect(
        await am.errorCode(PROPOSE, { input: { vacancyId: vacancy.id, jobSeekerId: seeker.id } }),
      ).toBe('CONFLICT');
      expect(await countIntroductions(vacancy.id)).toBe(0);
    });

    it('answers NOT_FOUND for an unknown vacancy or job-seeker', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      expect(
        await am.errorCode(PROPOSE, { input: { vacancyId: UNKNOWN_ID, jobSeekerId: seeker.id } }),
      ).toBe('NOT_FOUND');
      expect(
        await am.errorCode(PROPOSE, { input: { vacancyId: vacancy.id, jobSeekerId: UNKNOWN_ID } }),
      ).toBe('NOT_FOUND');
    });

    it('refuses staff of another region, a job-seeker from outside the region, employer users and board members', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const groninger = await createJobSeeker(t.dataSource, { municipalityCode: 'GM0014' });
      const input = { vacancyId: vacancy.id, jobSeekerId: seeker.id };
      expect(await strangerAm.errorCode(PROPOSE, { input })).toBe('FORBIDDEN');
      expect(await am.errorCode(PROPOSE, { input: { ...input, jobSeekerId: groninger.id } })).toBe(
        'FORBIDDEN',
      );
      expect(await employerUser.errorCode(PROPOSE, { input })).toBe('FORBIDDEN');
      expect(await board.errorCode(PROPOSE, { input })).toBe('FORBIDDEN');
      expect(await countIntroductions(vacancy.id)).toBe(0);
    });
  });

  describe('changeIntroductionStatus', () => {
    it('walks an introduction from proposal to introduced, a history row per step', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
      });
      await am.data(CHANGE, { id, status: 'CONSENT_REQUESTED', note: 'Gebeld, denkt erover na.' });
      await consultant.data(CHANGE, { id, status: 'CONSENTED', consent: CONSENT });
      const { changeIntroductionStatus } = await am.data(CHANGE, { id, status: 'INTRODUCED' });
      expect(changeIntroductionStatus.status).toBe('INTRODUCED');
      expect(
        changeIntroductionStatus.history.map(
          (h: { fromStatus: string | null; toStatus: string }) => [h.fromStatus, h.toStatus],
        ),
      ).toEqual([
        [null, 'PROPOSED'],
        ['PROPOSED', 'CONSENT_REQUESTED'],
        ['CONSENT_REQUESTED', 'CONSENTED'],
        ['CONSENTED', 'INTRODUCED'],
      ]);
      expect(changeIntroductionStatus.history[1].note).toBe('Gebeld, denkt erover na.');
      expect(changeIntroductionStatus.nextStatuses).toEqual(['INTERVIEW', 'REJECTED', 'WITHDRAWN']);
    });

    it.each([
      ['PROPOSED', 'PLACED'],
      ['PROPOSED', 'INTRODUCED'],
      ['CONSENTED', 'INTERVIEW'],
      ['DECLINED', 'CONSENTED'],
      ['PLACED', 'WITHDRAWN'],
      ['WITHDRAWN', 'PROPOSED'],
    ] as const)('answers CONFLICT for %s → %s and changes nothing', async (from, to) => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: from,
      });
      const before = await historyLength(id);
      expect(await consultant.errorCode(CHANGE, { id, status: to })).toBe('CONFLICT');
      expect(await statusOf(id)).toBe(from);
      expect(await historyLength(id)).toBe(before);
    });

    it("lets only a consultant record the job-seeker's answer", async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'CONSENT_REQUESTED',
      });
      expect(await am.errorCode(CHANGE, { id, status: 'CONSENTED' })).toBe('FORBIDDEN');
      expect(await statusOf(id)).toBe('CONSENT_REQUESTED');
      expect(
        (
          await consultant.data(CHANGE, {
            id,
            status: 'DECLINED',
            endReason: 'DECLINED_BY_JOB_SEEKER',
          })
        ).changeIntroductionStatus.status,
      ).toBe('DECLINED');
    });

    it('refuses to introduce someone who withdrew consent in the meantime', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource, { consentStatus: 'WITHDRAWN' });
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'CONSENTED',
      });
      expect(await am.errorCode(CHANGE, { id, status: 'INTRODUCED' })).toBe('CONFLICT');
      expect(await statusOf(id)).toBe('CONSENTED');
    });

    it("reaches an introduction through the job-seeker's region as well as the employer's", async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource, { municipalityCode: 'GM0014' });
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'CONSENT_REQUESTED',
      });
      const groningenConsultant = await t.loginAs(
        await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM01'] }),
      );
      const { changeIntroductionStatus } = await groningenConsultant.data(CHANGE, {
        id,
        status: 'CONSENTED',
        consent: CONSENT,
      });
      expect(changeIntroductionStatus.jobSeeker.firstName).toBe(seeker.firstName);
      // The employer's account manager does not serve Groningen: no name from the job-seeker register.
      expect((await am.data(ONE, { id })).introduction.jobSeeker).toMatchObject({
        firstName: null,
        lastName: null,
      });
    });

    it('refuses staff of another region, employer users and board members, and answers NOT_FOUND for an unknown id', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
      });
      expect(await strangerAm.errorCode(CHANGE, { id, status: 'CONSENT_REQUESTED' })).toBe(
        'FORBIDDEN',
      );
      expect(await employerUser.errorCode(CHANGE, { id, status: 'CONSENT_REQUESTED' })).toBe(
        'FORBIDDEN',
      );
      expect(await board.errorCode(CHANGE, { id, status: 'CONSENT_REQUESTED' })).toBe('FORBIDDEN');
      expect(await am.errorCode(CHANGE, { id: UNKNOWN_ID, status: 'CONSENT_REQUESTED' })).toBe(
        'NOT_FOUND',
      );
      expect(await statusOf(id)).toBe('PROPOSED');
    });

    it('rejects an oversized note on its field and changes nothing', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
      });
      const result = await am.request(CHANGE, {
        id,
        status: 'CONSENT_REQUESTED',
        note: 'x'.repeat(1001),
      });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'note', message: 'Hoogstens 1000 tekens.' },
      ]);
      expect(await historyLength(id)).toBe(1);
    });
  });

  describe('end reasons and consent', () => {
    const introductionIn = async (
      status: 'PROPOSED' | 'CONSENT_REQUESTED' | 'CONSENTED' | 'INTRODUCED',
    ) => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      return createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status,
      });
    };
    const fieldsOf = (result: {
      errors?: readonly { extensions?: Record<string, unknown> }[];
    }) => ({
      code: result.errors?.[0]?.extensions?.code,
      fields: (result.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map(
        (f) => f.field,
      ),
    });

    it('records the consent to this introduction with its date, how it was given and its expiry', async () => {
      const { id } = await introductionIn('CONSENT_REQUESTED');
      const { changeIntroductionStatus } = await consultant.data(CHANGE, {
        id,
        status: 'CONSENTED',
        consent: CONSENT,
        note: 'Akkoord aan de telefoon.',
      });
      expect(changeIntroductionStatus.consent).toEqual({ ...CONSENT, expired: false });
      expect(changeIntroductionStatus.history.at(-1)).toMatchObject({
        toStatus: 'CONSENTED',
        note: 'Akkoord aan de telefoon.',
        endReason: null,
      });
      const [row] = await t.dataSource.query(
        'SELECT consent_given_on::text AS given, consent_method AS method, consent_expires_on::text AS expires FROM introduction WHERE id = $1',
        [id],
      );
      expect(row).toEqual({ given: CONSENT.givenOn, method: 'PHONE', expires: CONSENT.expiresOn });
    });

    it.each([
      ['no consent', undefined, ['consent']],
      [
        'a date in the future',
        { givenOn: addDays(TODAY, 1), method: 'PHONE' },
        ['consent.givenOn'],
      ],
      [
        'an expiry before the date given',
        { givenOn: TODAY, method: 'IN_WRITING', expiresOn: addDays(TODAY, -1) },
        ['consent.expiresOn'],
      ],
      ['a malformed date', { givenOn: '23-11-2026', method: 'DIGITAL' }, ['consent.givenOn']],
    ])(
      'refuses consent with %s on its field and changes nothing',
      async (_name, consent, fields) => {
        const { id } = await introductionIn('CONSENT_REQUESTED');
        expect(
          fieldsOf(await consultant.request(CHANGE, { id, status: 'CONSENTED', consent })),
        ).toEqual({ code: 'BAD_USER_INPUT', fields });
        expect(await statusOf(id)).toBe('CONSENT_REQUESTED');
        expect(await historyLength(id)).toBe(2);
      },
    );

    it('refuses consent on a step that does not record it', async () => {
      const { id } = await introductionIn('PROPOSED');
      expect(
        fieldsOf(await am.request(CHANGE, { id, status: 'CONSENT_REQUESTED', consent: CONSENT })),
      ).toEqual({ code: 'BAD_USER_INPUT', fields: ['consent'] });
      expect(await statusOf(id)).toBe('PROPOSED');
    });

    it('refuses to introduce once the consent to this introduction expired', async () => {
      const { id } = await introductionIn('CONSENTED');
      await t.dataSource.query(
        "UPDATE introduction SET consent_given_on = $2, consent_method = 'IN_PERSON', consent_expires_on = $3 WHERE id = $1",
        [id, addMonths(TODAY, -2), TODAY],
      );
      expect((await am.data(ONE, { id })).introduction.consent).toMatchObject({
        expiresOn: TODAY,
        expired: true,
      });
      expect(await am.errorCode(CHANGE, { id, status: 'INTRODUCED' })).toBe('CONFLICT');
      expect(await statusOf(id)).toBe('CONSENTED');
    });

    it('ends an introduction with a reason and the why, both kept on the introduction and in its history', async () => {
      const { id } = await introductionIn('INTRODUCED');
      const { changeIntroductionStatus } = await am.data(CHANGE, {
        id,
        status: 'WITHDRAWN',
        endReason: 'VACANCY_FILLED',
        note: 'Intern ingevuld.',
      });
      expect(changeIntroductionStatus).toMatchObject({
        status: 'WITHDRAWN',
        endReason: 'VACANCY_FILLED',
        nextStatuses: [],
      });
      expect(changeIntroductionStatus.history.at(-1)).toMatchObject({
        fromStatus: 'INTRODUCED',
        toStatus: 'WITHDRAWN',
        endReason: 'VACANCY_FILLED',
        note: 'Intern ingevuld.',
        changedBy: { displayName: accountManagerUser.displayName },
      });
    });

    it.each([
      ['WITHDRAWN', 'PROPOSED', null],
      ['DECLINED', 'CONSENT_REQUESTED', 'VACANCY_FILLED'],
      ['REJECTED', 'INTRODUCED', 'DECLINED_BY_JOB_SEEKER'],
    ] as const)(
      'refuses a step to %s from %s with end reason %p on the endReason field',
      async (to, from, endReason) => {
        const { id } = await introductionIn(from);
        const client = to === 'DECLINED' ? consultant : am;
        expect(fieldsOf(await client.request(CHANGE, { id, status: to, endReason }))).toEqual({
          code: 'BAD_USER_INPUT',
          fields: ['endReason'],
        });
        expect(await statusOf(id)).toBe(from);
      },
    );

    it('refuses an end reason on a step that does not end the introduction', async () => {
      const { id } = await introductionIn('PROPOSED');
      expect(
        fieldsOf(await am.request(CHANGE, { id, status: 'CONSENT_REQUESTED', endReason: 'OTHER' })),
      ).toEqual({ code: 'BAD_USER_INPUT', fields: ['endReason'] });
    });

    it("records an employer's rejection as declined by the employer", async () => {
      const { id } = await introductionIn('INTRODUCED');
      await employerUser.data(EMPLOYER_CHANGE, { id, status: 'REJECTED' });
      expect((await am.data(ONE, { id })).introduction).toMatchObject({
        status: 'REJECTED',
        endReason: 'DECLINED_BY_EMPLOYER',
      });
    });
  });

  describe('changeEmployerIntroductionStatus', () => {
    it('lets the employer report interview, trial placement and placement on its own vacancy', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'INTRODUCED',
      });
      await employerUser.data(EMPLOYER_CHANGE, { id, status: 'INTERVIEW' });
      await employerUser.data(EMPLOYER_CHANGE, {
        id,
        status: 'TRIAL_PLACEMENT',
        note: 'Start maandag.',
      });
      const { changeEmployerIntroductionStatus } = await employerUser.data(EMPLOYER_CHANGE, {
        id,
        status: 'PLACED',
      });
      expect(changeEmployerIntroductionStatus).toMatchObject({
        status: 'PLACED',
        nextStatuses: [],
      });
      expect(changeEmployerIntroductionStatus.history.at(-1)).toMatchObject({
        fromStatus: 'TRIAL_PLACEMENT',
        toStatus: 'PLACED',
      });
    });

    it('refuses the employer the steps before the introduction, and another employer everything', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const consented = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'CONSENTED',
      });
      const other = await createJobSeeker(t.dataSource);
      const introduced = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: other.id,
        status: 'INTRODUCED',
      });
      expect(
        await employerUser.errorCode(EMPLOYER_CHANGE, { id: consented.id, status: 'INTRODUCED' }),
      ).toBe('FORBIDDEN');
      expect(
        await employerUser.errorCode(EMPLOYER_CHANGE, { id: introduced.id, status: 'WITHDRAWN' }),
      ).toBe('FORBIDDEN');
      expect(
        await otherEmployerUser.errorCode(EMPLOYER_CHANGE, {
          id: introduced.id,
          status: 'INTERVIEW',
        }),
      ).toBe('FORBIDDEN');
      expect(await am.errorCode(EMPLOYER_CHANGE, { id: introduced.id, status: 'INTERVIEW' })).toBe(
        'FORBIDDEN',
      );
      expect([await statusOf(consented.id), await statusOf(introduced.id)]).toEqual([
        'CONSENTED',
        'INTRODUCED',
      ]);
    });

    it('answers CONFLICT when the employer skips the interview', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'INTRODUCED',
      });
      expect(await employerUser.errorCode(EMPLOYER_CHANGE, { id, status: 'PLACED' })).toBe(
        'CONFLICT',
      );
      expect(await historyLength(id)).toBe(4);
    });
  });

  describe('introductions and introduction', () => {
    it("lists the introductions of the viewer's regions, filtered and paged", async () => {
      const vacancy = await openVacancy();
      const [first, second, third] = await Promise.all(
        [1, 2, 3].map(() => createJobSeeker(t.dataSource)),
      );
      await am.data(PROPOSE, { input: { vacancyId: vacancy.id, jobSeekerId: first!.id } });
      await am.data(PROPOSE, { input: { vacancyId: vacancy.id, jobSeekerId: second!.id } });
      await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: third!.id,
        status: 'WITHDRAWN',
      });
      const page1 = (await am.data(LIST, { vacancyId: vacancy.id, status: 'PROPOSED', first: 1 }))
        .introductions;
      expect(page1).toMatchObject({
        totalCount: 2,
        nodes: [{ jobSeeker: { id: first!.id, firstName: first!.firstName } }],
        pageInfo: { hasNextPage: true },
      });
      const page2 = (
        await am.data(LIST, {
          vacancyId: vacancy.id,
          status: 'PROPOSED',
          first: 1,
          after: page1.pageInfo.endCursor,
        })
      ).introductions;
      expect(page2).toMatchObject({
        nodes: [{ jobSeeker: { id: second!.id } }],
        pageInfo: { hasNextPage: false },
      });
      expect((await am.data(LIST, { jobSeekerId: third!.id })).introductions).toMatchObject({
        totalCount: 1,
        nodes: [{ status: 'WITHDRAWN' }],
      });
      expect(
        (await am.data(LIST, { vacancyId: vacancy.id, regionCode: 'AM01' })).introductions
          .totalCount,
      ).toBe(0);
    });

    it('shows staff of another region nothing, and refuses employer users and board members', async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
      });
      expect(
        (await strangerAm.data(LIST, { vacancyId: vacancy.id })).introductions.totalCount,
      ).toBe(0);
      expect(await strangerAm.errorCode(ONE, { id })).toBe('FORBIDDEN');
      expect(await employerUser.errorCode(ONE, { id })).toBe('FORBIDDEN');
      expect(await board.errorCode(LIST, {})).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect(await am.errorCode(ONE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
      expect(await am.errorCode(ONE, { id: 'abc' })).toBe('BAD_USER_INPUT');
      expect(await am.errorCode(LIST, { regionCode: 'Gooi' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('employerIntroductions and employerIntroduction', () => {
    it.each([
      'PROPOSED',
      'CONSENT_REQUESTED',
      'CONSENTED',
      'DECLINED',
      'REJECTED',
      'WITHDRAWN',
    ] as const)(
      'shows the employer an anonymous candidate while the introduction is %s',
      async (status) => {
        const vacancy = await openVacancy();
        const seeker = await createJobSeeker(t.dataSource, {
          firstName: 'Zeldzaamvoornaam',
          email: 'z.inwoner@example.org',
          phone: '0612345678',
        });
        const { id } = await createIntroduction(t.dataSource, {
          vacancyId: vacancy.id,
          jobSeekerId: seeker.id,
          status,
        });
        const result = await employerUser.request(EMPLOYER_ONE, { id });
        expect(result.data?.employerIntroduction).toMatchObject({
          status,
          candidateLabel: `Kandidaat ${seeker.candidateNumber}`,
          candidate: null,
          inDoelgroepregister: null,
        });
        const body = JSON.stringify(result);
        for (const secret of [
          'Zeldzaamvoornaam',
          seeker.lastName,
          'z.inwoner@example.org',
          '0612345678',
          seeker.id,
        ]) {
          expect(body).not.toContain(secret);
        }
      },
    );

    it.each(['INTRODUCED', 'INTERVIEW', 'TRIAL_PLACEMENT', 'PLACED'] as const)(
      'names the candidate with contact details once the introduction is %s, and nothing more of the file',
      async (status) => {
        const bsn = freshBsn();
        const seeker = await createJobSeeker(t.dataSource, {
          firstName: 'Fatima',
          email: 'fatima.inwoner@example.org',
          phone: '0612345678',
          bsn,
          birthDate: '1990-04-01',
          workLimitations: 'Geheime beperking',
          doelgroepregister: true,
        });
        const vacancy = await openVacancy();
        const { id } = await createIntroduction(t.dataSource, {
          vacancyId: vacancy.id,
          jobSeekerId: seeker.id,
          status,
        });
        const result = await employerUser.request(EMPLOYER_ONE, { id });
        expect(result.data?.employerIntroduction).toMatchObject({
          candidateLabel: `Kandidaat ${seeker.candidateNumber}`,
          candidate: {
            firstName: 'Fatima',
            lastName: seeker.lastName,
            email: 'fatima.inwoner@example.org',
            phone: '0612345678',
          },
          inDoelgroepregister: null,
        });
        const body = JSON.stringify(result);
        for (const secret of [bsn, '1990-04-01', 'Geheime beperking', seeker.postcode, seeker.id]) {
          expect(body).not.toContain(secret);
        }
        const log = await t.dataSource.query(
          'SELECT purpose FROM personal_data_access WHERE job_seeker_id = $1',
          [seeker.id],
        );
        expect(log).toEqual([{ purpose: 'introduction.employer' }]);
      },
    );

    it('hides the candidate again once the job-seeker withdraws consent', async () => {
      const seeker = await createJobSeeker(t.dataSource, { firstName: 'Zeldzaamvoornaam' });
      const vacancy = await openVacancy();
      await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'INTERVIEW',
      });
      await t.dataSource.query("UPDATE job_seeker SET consent_status = 'WITHDRAWN' WHERE id = $1", [
        seeker.id,
      ]);
      const result = await employerUser.request(EMPLOYER_LIST, { vacancyId: vacancy.id });
      expect(result.data?.employerIntroductions).toMatchObject({
        nodes: [{ status: 'INTERVIEW', candidate: null }],
      });
      expect(JSON.stringify(result)).not.toContain('Zeldzaamvoornaam');
    });

    it('tells the employer of a garantiebaan only that the candidate is in the doelgroepregister', async () => {
      const vacancy = await openVacancy('GARANTIEBAAN');
      const seeker = await createJobSeeker(t.dataSource, {
        doelgroepregister: true,
        workLimitations: 'Geheime beperking',
      });
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'CONSENT_REQUESTED',
      });
      const result = await employerUser.request(EMPLOYER_ONE, { id });
      expect(result.data?.employerIntroduction).toMatchObject({
        inDoelgroepregister: true,
        candidate: null,
      });
      expect(JSON.stringify(result)).not.toContain('Geheime beperking');
    });

    it("lists the employer's own introductions only, with the history but no notes or staff names", async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      await am.data(PROPOSE, {
        input: { vacancyId: vacancy.id, jobSeekerId: seeker.id, note: 'Interne notitie' },
      });
      const result = await employerUser.request(EMPLOYER_LIST, { vacancyId: vacancy.id });
      expect(result.data?.employerIntroductions).toMatchObject({
        totalCount: 1,
        nodes: [
          {
            status: 'PROPOSED',
            history: [{ fromStatus: null, toStatus: 'PROPOSED' }],
            nextStatuses: [],
          },
        ],
      });
      expect(JSON.stringify(result)).not.toContain('Interne notitie');
      expect(JSON.stringify(result)).not.toContain(accountManagerUser.displayName);
      expect(
        (await otherEmployerUser.data(EMPLOYER_LIST, { vacancyId: vacancy.id }))
          .employerIntroductions.totalCount,
      ).toBe(0);
      expect(
        (await employerUser.data(EMPLOYER_LIST, { vacancyId: vacancy.id, status: 'INTERVIEW' }))
          .employerIntroductions.totalCount,
      ).toBe(0);
    });

    it("refuses another employer's user, staff and board members", async () => {
      const vacancy = await openVacancy();
      const seeker = await createJobSeeker(t.dataSource);
      const { id } = await createIntroduction(t.dataSource, {
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        status: 'INTRODUCED',
      });
      expect(await otherEmployerUser.errorCode(EMPLOYER_ONE, { id })).toBe('FORBIDDEN');
      expect(await am.errorCode(EMPLOYER_LIST, {})).toBe('FORBIDDEN');
      expect(await board.errorCode(EMPLOYER_ONE, { id })).toBe('FORBIDDEN');
      expect(await employerUser.errorCode(EMPLOYER_ONE, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
    });
  });
});
