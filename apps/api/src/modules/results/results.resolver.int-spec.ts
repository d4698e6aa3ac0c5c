import type { ContractType, IntroductionStatus, PlacementInstrument } from '@werkbrug/domain-rules';
import {
  createBenefitExit,
  createEmployer,
  createFlagPeriod,
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
import { EmployerEntity } from '../employer/employer.entity.js';
import { RegionTargetEntity } from './results.entity.js';
import { ResultsResolver } from './results.resolver.js';

// Zeeland (AM24) in 2019: no other test file uses the region, so the counts are this file's alone.
const REGION = 'AM24';
const MIDDELBURG = { municipalityCode: 'GM0687', postcode: '4331AB' };
const VLISSINGEN = { municipalityCode: 'GM0718', postcode: '4381AB' };

const COUNT = 'value display suppression';
const SECTORS = `markt { ${COUNT} } overheid { ${COUNT} } total { ${COUNT} }`;
const BANENAFSPRAAK = `query Banenafspraak($regionCode: String!, $fromQuarter: String!, $toQuarter: String!) {
  banenafspraakResults(regionCode: $regionCode, fromQuarter: $fromQuarter, toQuarter: $toQuarter) {
    regionCode regionName baselineCountDate baselineJobs { ${SECTORS} }
    quarters {
      quarter countDate jobs { ${SECTORS} } extraJobs { ${SECTORS} }
      changeFromPreviousQuarter { ${COUNT} } peopleStarted { ${COUNT} } peopleLost { ${COUNT} }
      target { year jobs marktJobs overheidJobs } percentOfTarget { ${SECTORS} }
    }
  }
}`;
const ROWS = `municipalities { municipalityCode municipalityName realised { ${COUNT} } target percentOfTarget { ${COUNT} } }`;
const BESCHUT_WERK = `query BeschutWerk($regionCode: String!, $year: Int!) {
  beschutWerkResults(regionCode: $regionCode, year: $year) {
    regionCode year countDate ${ROWS} total { realised { ${COUNT} } target percentOfTarget { ${COUNT} } }
  }
}`;
const UITSTROOM = `query Uitstroom($regionCode: String!, $year: Int!) {
  uitstroomResults(regionCode: $regionCode, year: $year) {
    from to ${ROWS}
    total { realised { ${COUNT} } target percentOfTarget { ${COUNT} } full { ${COUNT} } partial { ${COUNT} } }
  }
}`;
const PIPELINE = `query Pipeline($regionCode: String!, $year: Int!) {
  pipelineResults(regionCode: $regionCode, year: $year) {
    from to
    funnel { proposed { ${COUNT} } introduced { ${COUNT} } placed { ${COUNT} } }
    placementsByVacancyKind { kind people { display } } placementsTotal { ${COUNT} }
    instruments { instrument people { display } }
    averageDaysVacancyToPlacement { ${COUNT} }
  }
}`;
const NATIONAL = `query National($quarter: String, $year: Int) {
  nationalOverview(quarter: $quarter, year: $year) {
    quarter countDate regions { regionCode active inScope jobs { ${COUNT} } extraJobs { value } targetJobs percentOfTarget { ${COUNT} } }
  }
}`;
const SET_REGION_TARGET = `mutation SetRegionTarget($input: RegionTargetInput!) {
  setRegionTarget(input: $input) { regionCode year jobs marktJobs overheidJobs }
}`;
const SET_MUNICIPALITY_TARGET = `mutation SetMunicipalityTarget($input: MunicipalityTargetInput!) {
  setMunicipalityTarget(input: $input) { municipalityCode municipalityName regionCode year beschutWerkTaakstelling uitstroomTarget }
}`;

const shown = (value: number, display = String(value)) => ({ value, display, suppression: 'NONE' });
const small = { value: null, display: '<5', suppression: 'SMALL_COUNT' };
const hidden = { value: null, display: 'x', suppression: 'COMPLEMENTARY' };
const hiddenFigure = { value: null, display: 'x', suppression: 'SMALL_COUNT' };

describe(ResultsResolver.name, () => {
  let t: TestApp;
  let board: GraphQLClient;
  let admin: GraphQLClient;
  let accountManager: GraphQLClient;
  let consultant: GraphQLClient;
  let employerUser: GraphQLClient;
  let otherBoard: GraphQLClient;
  const personIds: string[] = [];

  /** A job-seeker of Zeeland, in the doelgroepregister since 2010 unless `register` is false. */
  async function person(where = MIDDELBURG, register = true): Promise<string> {
    const { id } = await createJobSeeker(t.dataSource, where);
    if (register) await createFlagPeriod(t.dataSource, { jobSeekerId: id });
    personIds.push(id);
    return id;
  }

  async function placed(
    employerId: string,
    jobSeekerId: string,
    terms: {
      contractType?: ContractType;
      hoursPerWeek?: number;
      startDate?: string;
      endDate?: string | null;
      vacancyId?: string | null;
      instruments?: PlacementInstrument[];
    } = {},
  ) {
    await createPlacement(t.dataSource, {
      employerId,
      jobSeekerId,
      startDate: '2019-01-15',
      ...terms,
    });
  }

  async function vacancyOpenedOn(
    employer: EmployerEntity & { location: { id: string } },
    kind: 'GARANTIEBAAN' | 'SHELTERED',
    date: string,
  ) {
    const vacancy = await createVacancy(t.dataSource, {
      employerId: employer.id,
      locationId: employer.location.id,
      kind,
    });
    await t.dataSource.query('UPDATE vacancy SET created_at = $2 WHERE id = $1', [
      vacancy.id,
      `${date}T10:00:00+01:00`,
    ]);
    return vacancy.id;
  }

  async function introduced(vacancyId: string, jobSeekerId: string, status: IntroductionStatus) {
    const introduction = await createIntroduction(t.dataSource, { vacancyId, jobSeekerId, status });
    await t.dataSource.query(
      "UPDATE introduction_status_change SET changed_at = '2019-05-01T10:00:00+02:00' WHERE introduction_id = $1",
      [introduction.id],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    const { dataSource } = t;
    const company = await createEmployer(dataSource, { regionCode: REGION });
    const municipality = await createEmployer(dataSource, { regionCode: REGION });
    await dataSource.getRepository(EmployerEntity).update(municipality.id, { sector: 'OVERHEID' });

    // Banenafspraak, counted on 2019-06-30 (Q2) and 2019-09-30 (Q3).
    const garantiebaan = await vacancyOpenedOn(company, 'GARANTIEBAAN', '2018-12-01');
    for (let i = 0; i < 6; i++) {
      await placed(company.id, await person(), {
        vacancyId: garantiebaan,
        instruments: ['LOONKOSTENSUBSIDIE', 'NO_RISK_POLIS'],
      });
    }
    await placed(company.id, await person(), { endDate: '2019-09-30' }); // ends on the count date
    const leaver = await person(MIDDELBURG, false);
    await createFlagPeriod(dataSource, {
      jobSeekerId: leaver,
      validFrom: '2015-01-01',
      validTo: '2019-08-31',
    });
    await placed(company.id, leaver); // leaves the register in Q3
    await placed(municipality.id, await person(), {
      contractType: 'SECONDMENT',
      startDate: '2019-07-01',
    }); // detachering: the inlener is government
    await placed(company.id, await person(MIDDELBURG, false)); // not in the register
    await placed(company.id, await person(), { contractType: 'TRIAL_PLACEMENT' }); // a trial placement is no job

    // Beschut werk on 2019-12-31: 5 in Middelburg, 2 in Vlissingen, and one whose indicatie ended.
    const sheltered = await vacancyOpenedOn(municipality, 'SHELTERED', '2019-02-01');
    // Outside the doelgroepregister here, so that these places stay out of the banenafspraak above.
    const beschut = async (where: typeof MIDDELBURG, validTo: string | null = null) => {
      const id = await person(where, false);
      await createFlagPeriod(dataSource, {
        jobSeekerId: id,
        flag: 'INDICATIE_BESCHUT_WERK',
        validFrom: '2018-01-01',
        validTo,
      });
      await placed(municipality.id, id, {
        startDate: '2019-03-01',
        vacancyId: sheltered,
        instruments: ['JOBCOACH'],
      });
      return id;
    };
    for (let i = 0; i < 5; i++) await beschut(MIDDELBURG);
    for (let i = 0; i < 2; i++) await beschut(VLISSINGEN);
    await beschut(MIDDELBURG, '2019-11-30');

    // Uitstroom in 2019: 6 full exits to work in Middelburg (and one for another reason), 2 partial in Vlissingen.
    for (let i = 0; i < 6; i++)
      await createBenefitExit(dataSource, { jobSeekerId: await person(), ...pick(MIDDELBURG) });
    await createBenefitExit(dataSource, {
      jobSeekerId: await person(),
      ...pick(MIDDELBURG),
      reason: 'OTHER',
    });
    for (let i = 0; i < 2; i++) {
      await createBenefitExit(dataSource, {
        jobSeekerId: await person(VLISSINGEN),
        ...pick(VLISSINGEN),
        kind: 'PARTIAL',
      });
    }
    await createBenefitExit(dataSource, {
      jobSeekerId: await person(),
      ...pick(MIDDELBURG),
      exitDate: '2020-01-01',
    });

    // The funnel in 2019: 6 people proposed, 5 of them introduced, 2 of those placed.
    const statuses: IntroductionStatus[] = [
      'PROPOSED',
      'INTRODUCED',
      'INTRODUCED',
      'INTRODUCED',
      'PLACED',
      'PLACED',
    ];
    for (const status of statuses) await introduced(garantiebaan, await person(), status);

    board = await t.loginAs(
      await createUser(dataSource, { role: 'BOARD_MEMBER', regionCodes: [REGION] }),
    );
    accountManager = await t.loginAs(
      await createUser(dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: [REGION] }),
    );
    admin = await t.loginAs(await createUser(dataSource, { role: 'ADMIN', regionCodes: ['AM12'] }));
    consultant = await t.loginAs(
      await createUser(dataSource, { role: 'CONSULTANT', regionCodes: [REGION] }),
    );
    employerUser = await t.loginAs(
      await createUser(dataSource, {
        role: 'EMPLOYER_USER',
        regionCodes: [REGION],
        employerId: company.id,
      }),
    );
    otherBoard = await t.loginAs(
      await createUser(dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM12'] }),
    );

    await admin.data(SET_REGION_TARGET, {
      input: { regionCode: REGION, year: 2019, jobs: 10, marktJobs: 8, overheidJobs: 2 },
    });
    await admin.data(SET_MUNICIPALITY_TARGET, {
      input: {
        municipalityCode: MIDDELBURG.municipalityCode,
        year: 2019,
        beschutWerkTaakstelling: 10,
        uitstroomTarget: 12,
      },
    });
  });
  afterAll(() => t.close());

  const pick = (where: typeof MIDDELBURG) => ({ municipalityCode: where.municipalityCode });
  const banenafspraak = (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    client.request(BANENAFSPRAAK, {
      regionCode: REGION,
      fromQuarter: '2019-Q2',
      toQuarter: '2019-Q3',
      ...variables,
    });

  describe('banenafspraakResults', () => {
    it('counts the jobs of a quarter from the placements on its count date, split markt/overheid', async () => {
      const { banenafspraakResults } = await board.data(BANENAFSPRAAK, {
        regionCode: REGION,
        fromQuarter: '2019-Q2',
        toQuarter: '2019-Q3',
      });
      const [q2, q3] = banenafspraakResults.quarters;
      expect(banenafspraakResults.regionName).toBe('Zeeland');
      expect(banenafspraakResults.baselineJobs.total).toEqual(shown(0, '0,0'));
      // Q2: 6 + 1 + 1 jobs of 25.5 hours in markt; nobody in overheid yet.
      expect(q2.jobs).toEqual({
        markt: shown(8, '8,0'),
        overheid: shown(0, '0,0'),
        total: shown(8, '8,0'),
      });
      // Q3: the job ending on the count date and the person leaving the register are lost; the
      // secondment counts for the government inlener; 1 person in overheid is too few to show.
      expect(q3.countDate).toBe('2019-09-30');
      expect(q3.jobs).toEqual({ markt: hidden, overheid: hiddenFigure, total: shown(7, '7,0') });
      expect(q3.changeFromPreviousQuarter).toEqual(shown(-1, '-1,0'));
      expect(q3.peopleStarted).toEqual(small);
      expect(q3.peopleLost).toEqual(small);
    });

    it('sets the extra jobs against the year’s target, hiding the sector figures that would give the small one away', async () => {
      const [, q3] = (
        await board.data(BANENAFSPRAAK, {
          regionCode: REGION,
          fromQuarter: '2019-Q2',
          toQuarter: '2019-Q3',
        })
      ).banenafspraakResults.quarters;
      expect(q3.target).toEqual({ year: 2019, jobs: 10, marktJobs: 8, overheidJobs: 2 });
      expect(q3.extraJobs.total).toEqual(shown(7, '7,0'));
      expect(q3.percentOfTarget).toEqual({
        markt: hidden,
        overheid: hidden,
        total: shown(70, '70,0'),
      });
    });

    it('is open to account managers of the region and to admins', async () => {
      expect((await banenafspraak(accountManager)).errors).toBeUndefined();
      expect((await banenafspraak(admin)).errors).toBeUndefined();
    });

    it.each([
      ['a consultant', () => consultant],
      ['an employer user', () => employerUser],
      ['a board member of another region', () => otherBoard],
    ])('is FORBIDDEN for %s', async (_who, client) => {
      expect((await banenafspraak(client())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a malformed region code', { regionCode: 'Zeeland' }, 'regionCode'],
      ['a malformed quarter', { fromQuarter: '2019Q2' }, 'fromQuarter'],
      ['a quarter not yet completed', { toQuarter: '2099-Q1' }, 'toQuarter'],
      ['a quarter before the baseline year', { fromQuarter: '2012-Q4' }, 'fromQuarter'],
      [
        'a range that runs backwards',
        { fromQuarter: '2019-Q3', toQuarter: '2019-Q2' },
        'toQuarter',
      ],
      ['more than 40 quarters', { fromQuarter: '2013-Q1', toQuarter: '2023-Q1' }, 'toQuarter'],
    ])('answers BAD_USER_INPUT for %s', async (_case, variables, field) => {
      const { errors } = await banenafspraak(board, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.fields?.map((error) => error.field)).toContain(field);
    });

    it('answers NOT_FOUND for an unknown region', async () => {
      expect(
        (await banenafspraak(admin, { regionCode: 'AM99' })).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('beschutWerkResults', () => {
    it('counts people with an indicatie in a sheltered place per municipality, against the taakstelling', async () => {
      const { beschutWerkResults } = await board.data(BESCHUT_WERK, {
        regionCode: REGION,
        year: 2019,
      });
      expect(beschutWerkResults.countDate).toBe('2019-12-31');
      const rows = Object.fromEntries(
        beschutWerkResults.municipalities.map((row: { municipalityCode: string }) => [
          row.municipalityCode,
          row,
        ]),
      );
      expect(beschutWerkResults.municipalities).toHaveLength(13);
      expect(rows.GM0687).toEqual({
        municipalityCode: 'GM0687',
        municipalityName: 'Middelburg (Z.)',
        realised: shown(5),
        target: 10,
        percentOfTarget: shown(50, '50,0'),
      });
      // Vlissingen has no taakstelling, and 2 people: "<5".
      expect(rows.GM0718).toEqual({
        municipalityCode: 'GM0718',
        municipalityName: 'Vlissingen',
        realised: small,
        target: null,
        percentOfTarget: null,
      });
      expect(beschutWerkResults.total).toEqual({
        realised: shown(7),
        target: 10,
        percentOfTarget: shown(70, '70,0'),
      });
    });

    it('lists the municipalities by name, never by a figure', async () => {
      const { beschutWerkResults } = await board.data(BESCHUT_WERK, {
        regionCode: REGION,
        year: 2019,
      });
      const names = beschutWerkResults.municipalities.map(
        (row: { municipalityName: string }) => row.municipalityName,
      );
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    });

    it.each([
      ['a year before 2013', 2012],
      ['a year without a completed quarter', 2099],
    ])('answers BAD_USER_INPUT for %s', async (_case, year) => {
      expect(await board.errorCode(BESCHUT_WERK, { regionCode: REGION, year })).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('is FORBIDDEN for a consultant', async () => {
      expect(await consultant.errorCode(BESCHUT_WERK, { regionCode: REGION, year: 2019 })).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('uitstroomResults', () => {
    it('counts exits to work per municipality in the year, hiding the split that would give the small part away', async () => {
      const { uitstroomResults } = await board.data(UITSTROOM, { regionCode: REGION, year: 2019 });
      expect([uitstroomResults.from, uitstroomResults.to]).toEqual(['2019-01-01', '2019-12-31']);
      const middelburg = uitstroomResults.municipalities.find(
        (row: { municipalityCode: string }) => row.municipalityCode === 'GM0687',
      );
      expect(middelburg).toMatchObject({
        realised: shown(6),
        target: 12,
        percentOfTarget: shown(50, '50,0'),
      });
      expect(uitstroomResults.total).toEqual({
        realised: shown(8),
        target: 12,
        percentOfTarget: shown((8 / 12) * 100, '66,7'),
        full: hidden,
        partial: small,
      });
    });

    it('is FORBIDDEN for an employer user', async () => {
      expect(await employerUser.errorCode(UITSTROOM, { regionCode: REGION, year: 2019 })).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('pipelineResults', () => {
    it('counts the funnel, the placements by vacancy kind, the instruments and the time to fill', async () => {
      const { pipelineResults } = await board.data(PIPELINE, { regionCode: REGION, year: 2019 });
      expect(pipelineResults.funnel).toEqual({
        proposed: shown(6),
        introduced: shown(5),
        placed: small,
      });
      const byKind = Object.fromEntries(
        pipelineResults.placementsByVacancyKind.map(
          (row: { kind: string | null; people: { display: string } }) => [
            row.kind ?? 'NONE',
            row.people.display,
          ],
        ),
      );
      // 6 garantiebanen, 8 sheltered places and 5 without a vacancy: the zeros are "<5", and two
      // more cells are hidden, else the total minus the rest would show the zeros.
      expect(byKind).toEqual({
        REGULAR: '<5',
        GARANTIEBAAN: 'x',
        SHELTERED: '8',
        WORK_LEARN: '<5',
        TRIAL: '<5',
        VOLUNTEER: '<5',
        NONE: 'x',
      });
      expect(pipelineResults.placementsTotal).toEqual(shown(19));
      const instruments = Object.fromEntries(
        pipelineResults.instruments.map(
          (row: { instrument: string; people: { display: string } }) => [
            row.instrument,
            row.people.display,
          ],
        ),
      );
      expect(instruments).toMatchObject({
        LOONKOSTENSUBSIDIE: '6',
        NO_RISK_POLIS: '6',
        JOBCOACH: '8',
        WERKPLEKAANPASSING: '<5',
      });
      // 6 × 45 days (garantiebaan) and 8 × 28 days (sheltered) over 14 placements.
      expect(pipelineResults.averageDaysVacancyToPlacement).toEqual(
        shown((6 * 45 + 8 * 28) / 14, '35,3'),
      );
    });

    it('gives the share of aftercare check-ins done within 7 days of their due date, leaving out those pending on the count date', async () => {
      const placements = (await t.dataSource.query(
        `SELECT p.id FROM placement p JOIN employer e ON e.id = p.employer_id
          WHERE e.region_code = $1 AND p.start_date = '2019-03-01' ORDER BY p.id`,
        [REGION],
      )) as { id: string }[];
      expect(placements).toHaveLength(8);
      // Week 2 done on time by all 8; month 1 on time by 5, late by 2, still open for 1; month 3 cancelled for 1.
      const insert = (
        placementId: string,
        kind: string,
        dueDate: string,
        status: string,
        completedOn: string | null,
      ) =>
        t.dataSource.query(
          `INSERT INTO aftercare_check_in (placement_id, kind, due_date, status, completed_on, outcome, channel)
           VALUES ($1, $2::aftercare_kind, $3::date, $4::aftercare_status, $5::date, CASE WHEN $4::aftercare_status = 'DONE' THEN 'GOING_WELL'::aftercare_outcome END,
                   CASE WHEN $4::aftercare_status = 'DONE' THEN 'VISIT'::aftercare_contact_channel END)`,
          [placementId, kind, dueDate, status, completedOn],
        );
      for (const [index, { id }] of placements.entries()) {
        await insert(id, 'WEEK_2', '2019-03-15', 'DONE', '2019-03-20');
        if (index < 5) await insert(id, 'MONTH_1', '2019-04-01', 'DONE', '2019-04-08');
        else if (index < 7) await insert(id, 'MONTH_1', '2019-04-01', 'DONE', '2019-04-09');
        else await insert(id, 'MONTH_1', '2019-04-01', 'OPEN', null);
        if (index === 0) await insert(id, 'MONTH_3', '2019-06-01', 'CANCELLED', null);
        // Count date 2019-12-31: open and due 7 days before it is pending (left out); due 8 days before, late.
        if (index === 1) await insert(id, 'MONTH_6', '2019-12-24', 'OPEN', null);
        if (index === 2) await insert(id, 'MONTH_6', '2019-12-23', 'OPEN', null);
      }
      const { pipelineResults } = await board.data(
        `query Pipeline($regionCode: String!, $year: Int!) {
          pipelineResults(regionCode: $regionCode, year: $year) { aftercareOnTime { checkInsDue { ${COUNT} } percentage { ${COUNT} } } } }`,
        { regionCode: REGION, year: 2019 },
      );
      // 17 due (8 + 8 + the late one), 13 on time.
      expect(pipelineResults.aftercareOnTime).toEqual({
        checkInsDue: shown(17),
        percentage: shown((100 * 13) / 17, '76,5'),
      });
    });
  });

  describe('nationalOverview', () => {
    it('gives every region, with figures only for the viewer’s own', async () => {
      const { nationalOverview } = await board.data(NATIONAL, { quarter: '2019-Q3' });
      expect(nationalOverview.countDate).toBe('2019-09-30');
      expect(nationalOverview.regions).toHaveLength(35);
      const zeeland = nationalOverview.regions.find(
        (region: { regionCode: string }) => region.regionCode === REGION,
      );
      expect(zeeland).toEqual({
        regionCode: REGION,
        active: false,
        inScope: true,
        jobs: shown(7, '7,0'),
        extraJobs: { value: 7 },
        targetJobs: 10,
        percentOfTarget: shown(70, '70,0'),
      });
      const gooi = nationalOverview.regions.find(
        (region: { regionCode: string }) => region.regionCode === 'AM12',
      );
      expect(gooi).toEqual({
        regionCode: 'AM12',
        active: true,
        inScope: false,
        jobs: null,
        extraJobs: null,
        targetJobs: null,
        percentOfTarget: null,
      });
    });

    it('gives an admin every region’s figures, for a year at its last quarter', async () => {
      const { nationalOverview } = await admin.data(NATIONAL, { year: 2019 });
      expect(nationalOverview.quarter).toBe('2019-Q4');
      expect(nationalOverview.regions.every((region: { inScope: boolean }) => region.inScope)).toBe(
        true,
      );
    });

    it.each([
      ['both a quarter and a year', { quarter: '2019-Q3', year: 2019 }],
      ['neither a quarter nor a year', {}],
    ])('answers BAD_USER_INPUT for %s', async (_case, variables) => {
      expect(await board.errorCode(NATIONAL, variables)).toBe('BAD_USER_INPUT');
    });

    it('is FORBIDDEN for a consultant', async () => {
      expect(await consultant.errorCode(NATIONAL, { quarter: '2019-Q3' })).toBe('FORBIDDEN');
    });
  });

  it('answers with aggregates only: no job-seeker id appears in any result', async () => {
    const responses = JSON.stringify([
      await board.data(BANENAFSPRAAK, {
        regionCode: REGION,
        fromQuarter: '2019-Q1',
        toQuarter: '2019-Q4',
      }),
      await board.data(BESCHUT_WERK, { regionCode: REGION, year: 2019 }),
      await board.data(UITSTROOM, { regionCode: REGION, year: 2019 }),
      await board.data(PIPELINE, { regionCode: REGION, year: 2019 }),
      await board.data(NATIONAL, { quarter: '2019-Q3' }),
    ]);
    expect(personIds.length).toBeGreaterThan(20);
    expect(personIds.filter((id) => responses.includes(id))).toEqual([]);
  });

  describe('setRegionTarget', () => {
    const input = { regionCode: REGION, year: 2020, jobs: 12.5, marktJobs: 10, overheidJobs: 2.5 };

    it('lets an admin set a target and replace it', async () => {
      expect((await admin.data(SET_REGION_TARGET, { input })).setRegionTarget).toEqual(input);
      const replaced = {
        regionCode: REGION,
        year: 2020,
        jobs: 14,
        marktJobs: null,
        overheidJobs: null,
      };
      expect(
        (
          await admin.data(SET_REGION_TARGET, {
            input: { regionCode: REGION, year: 2020, jobs: 14 },
          })
        ).setRegionTarget,
      ).toEqual(replaced);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a target of 0 jobs', { jobs: 0 }, 'input.jobs'],
      ['two decimals', { jobs: 12.55 }, 'input.jobs'],
      ['a year before 2013', { year: 2012 }, 'input.year'],
      [
        'a markt part without the overheid part',
        { marktJobs: 10, overheidJobs: null },
        'input.overheidJobs',
      ],
      [
        'parts that do not add up to the target',
        { marktJobs: 10, overheidJobs: 3 },
        'input.marktJobs',
      ],
      ['a malformed region code', { regionCode: 'Zeeland' }, 'input.regionCode'],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
      const before = await t.dataSource
        .getRepository(RegionTargetEntity)
        .findBy({ regionCode: REGION });
      const { errors } = await admin.request(SET_REGION_TARGET, {
        input: { ...input, year: 2021, ...change },
      });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.fields?.map((error) => error.field)).toContain(field);
      expect(
        await t.dataSource.getRepository(RegionTargetEntity).findBy({ regionCode: REGION }),
      ).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown region', async () => {
      expect(
        await admin.errorCode(SET_REGION_TARGET, { input: { ...input, regionCode: 'AM99' } }),
      ).toBe('NOT_FOUND');
    });

    it.each([
      ['a board member', () => board],
      ['an account manager', () => accountManager],
    ])('is FORBIDDEN for %s', async (_who, client) => {
      expect(await client().errorCode(SET_REGION_TARGET, { input })).toBe('FORBIDDEN');
    });
  });

  describe('setMunicipalityTarget', () => {
    it('lets an admin set targets, and clear one with null', async () => {
      const input = {
        municipalityCode: VLISSINGEN.municipalityCode,
        year: 2020,
        beschutWerkTaakstelling: 8,
        uitstroomTarget: 30,
      };
      expect((await admin.data(SET_MUNICIPALITY_TARGET, { input })).setMunicipalityTarget).toEqual({
        ...input,
        municipalityName: 'Vlissingen',
        regionCode: REGION,
      });
      const cleared = await admin.data(SET_MUNICIPALITY_TARGET, {
        input: { ...input, beschutWerkTaakstelling: null },
      });
      expect(cleared.setMunicipalityTarget).toMatchObject({
        beschutWerkTaakstelling: null,
        uitstroomTarget: 30,
      });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a negative taakstelling', { beschutWerkTaakstelling: -1 }, 'input.beschutWerkTaakstelling'],
      [
        'a malformed municipality code',
        { municipalityCode: 'Vlissingen' },
        'input.municipalityCode',
      ],
    ])('refuses %s with BAD_USER_INPUT', async (_case, change, field) => {
      const { errors } = await admin.request(SET_MUNICIPALITY_TARGET, {
        input: { municipalityCode: 'GM0718', year: 2020, ...change },
      });
      expect(errors?.[0]?.extensions?.fields?.map((error) => error.field)).toContain(field);
    });

    it('answers NOT_FOUND for an unknown municipality', async () => {
      expect(
        await admin.errorCode(SET_MUNICIPALITY_TARGET, {
          input: { municipalityCode: 'GM9999', year: 2020 },
        }),
      ).toBe('NOT_FOUND');
    });

    it('is FORBIDDEN for a board member', async () => {
      expect(
        await board.errorCode(SET_MUNICIPALITY_TARGET, {
          input: { municipalityCode: 'GM0718', year: 2020 },
        }),
      ).toBe('FORBIDDEN');
    });
  });
});
