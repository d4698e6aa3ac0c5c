import { proposeAssignment } from '@werkbrug/matching';
import { setTimeout as sleep } from 'node:timers/promises';
import { DomainEvents } from '../../common/events/domain-events.js';
import {
  createCompetence,
  createEmployer,
  createEmployerLocation,
  createJobSeeker,
  createVacancy,
} from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import type { JobSeekerEntity } from '../job-seeker/job-seeker.entity.js';
import type { VacancyEntity } from '../vacancy/vacancy.entity.js';
import { AssignmentProposalResolver } from './assignment-proposal.resolver.js';
import { MatchingIndexService } from './matching-index.service.js';

const START = `mutation Start($regionCode: String!, $includeOtherRegions: Boolean) {
  startAssignmentProposal(regionCode: $regionCode, includeOtherRegions: $includeOtherRegions) { id regionCode status progress startedAt finishedAt result { totalScore } }
}`;
const POLL = `query Poll($id: ID!) {
  assignmentProposal(id: $id) {
    id regionCode status progress createdAt startedAt finishedAt error
    result {
      totalScore greedyTotalScore gain gainPercent places placesFilled vacancies candidates candidateEdges topK
      pairs { score vacancy { id title } jobSeeker { id candidateNumber candidateLabel regionCode firstName lastName }
              explanation { score factors { factor points } competencesMet { code } gaps { code gap } } }
    }
  }
}`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const TODAY = new Date().toISOString().slice(0, 10);

interface Pair {
  score: number;
  vacancy: { id: string };
  jobSeeker: { id: string; firstName: string | null; candidateNumber: number };
  explanation: { score: number };
}

describe(AssignmentProposalResolver.name, () => {
  let t: TestApp;
  let am: GraphQLClient;
  let amGooi: GraphQLClient;
  let admin: GraphQLClient;
  let P: JobSeekerEntity;
  let Q: JobSeekerEntity;
  let X: VacancyEntity;
  let Y: VacancyEntity;

  /** Polls until the job is DONE or FAILED. */
  async function finished(client: GraphQLClient, id: string) {
    for (let attempt = 0; attempt < 400; attempt++) {
      const { assignmentProposal } = await client.data(POLL, { id });
      if (assignmentProposal.status === 'DONE' || assignmentProposal.status === 'FAILED')
        return assignmentProposal;
      await sleep(25);
    }
    throw new Error(`assignment proposal ${id} did not finish`);
  }

  const count = async (regionCode: string) =>
    (
      (await t.dataSource.query(
        'SELECT count(*)::int AS n FROM assignment_proposal WHERE region_code = $1',
        [regionCode],
      )) as { n: number }[]
    )[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
    am = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM36'] }),
    );
    amGooi = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] }),
    );
    admin = await t.loginAs(await createUser(t.dataSource, { role: 'ADMIN' }));
    // Greedy takes P for X (the best pair) and leaves Y empty; the optimum gives X to Q and Y to P.
    const [k9, k10, k11] = [
      (await createCompetence(t.dataSource)).code,
      (await createCompetence(t.dataSource)).code,
      (await createCompetence(t.dataSource)).code,
    ];
    const employer = await createEmployer(t.dataSource, { regionCode: 'AM36' });
    const zwolle = await createEmployerLocation(t.dataSource, {
      employerId: employer.id,
      postcode: '8011CD',
      city: 'Zwolle',
    });
    const person = (
      lastName: string,
      hoursAvailable: number,
      competences: { code: string; level: number }[],
    ) =>
      createJobSeeker(t.dataSource, {
        firstName: 'Toewijzing',
        lastName,
        municipalityCode: 'GM0193',
        postcode: '8011AA',
        consentStatus: 'GRANTED',
        availabilityConfirmedAt: TODAY,
        clientProfile: 1,
        transportModes: ['BICYCLE'],
        maxTravelKm: 3,
        hoursAvailable,
        competences,
      });
    P = await person('Pieters', 24, [
      { code: k9, level: 5 },
      { code: k10, level: 4 },
    ]);
    Q = await person('Quist', 16, [{ code: k9, level: 3 }]);
    const vacancy = (
      title: string,
      competences: NonNullable<Parameters<typeof createVacancy>[1]>['competences'],
    ) =>
      createVacancy(t.dataSource, {
        employerId: employer.id,
        locationId: zwolle.id,
        title,
        competences,
      });
    X = await vacancy('Magazijnmedewerker', [{ code: k9, minLevel: 3, weight: 5 }]);
    Y = await vacancy('Orderpicker met heftruck', [
      { code: k9, minLevel: 3, weight: 5 },
      { code: k10, minLevel: 3, weight: 5 },
      { code: k11, minLevel: 3, weight: 3, requirement: 'WISHED' },
    ]);
    const events = t.app.get(DomainEvents);
    for (const id of [P.id, Q.id]) events.jobSeekerChanged(id);
    for (const id of [X.id, Y.id]) events.vacancyChanged(id);
  });
  afterAll(() => t.close());

  describe('startAssignmentProposal and assignmentProposal', () => {
    let done: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- loosely typed JSON

    it('returns the queued job at once', async () => {
      const { startAssignmentProposal } = await am.data(START, { regionCode: 'AM36' });
      expect(startAssignmentProposal).toMatchObject({
        regionCode: 'AM36',
        status: 'QUEUED',
        progress: 0,
        startedAt: null,
        finishedAt: null,
        result: null,
      });
      done = await finished(am, startAssignmentProposal.id);
    });

    it('runs to DONE with full progress and its times', () => {
      expect(done).toMatchObject({ status: 'DONE', progress: 1, error: null });
      expect(new Date(done.startedAt).getTime()).toBeLessThanOrEqual(
        new Date(done.finishedAt).getTime(),
      );
      expect(new Date(done.createdAt).getTime()).toBeLessThanOrEqual(
        new Date(done.startedAt).getTime(),
      );
    });

    it('gives X to Q and Y to P, where greedy would leave Y open', () => {
      const mine = (done.result.pairs as Pair[]).filter((pair) =>
        [X.id, Y.id].includes(pair.vacancy.id),
      );
      expect(mine.map((pair) => [pair.vacancy.id, pair.jobSeeker.id])).toEqual(
        [
          [X.id, Q.id],
          [Y.id, P.id],
        ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
      );
      const byVacancy = new Map(mine.map((pair) => [pair.vacancy.id, pair]));
      expect(byVacancy.get(X.id)!.score).toBe(87.5);
      expect(byVacancy.get(Y.id)!.score).toBeCloseTo(89.1304, 4);
      for (const pair of mine) expect(pair.explanation.score).toBe(pair.score);
      // On this part of the region greedy reaches 95 (P–X) and the optimum 176.63.
      expect(done.result.gain).toBeGreaterThanOrEqual(176.6304 - 95 - 1e-9);
      expect(done.result.gainPercent).toBeCloseTo(
        (done.result.gain / done.result.greedyTotalScore) * 100,
        1,
      );
    });

    it('names the job-seekers for an account manager of the region', () => {
      const pair = (done.result.pairs as Pair[]).find((p) => p.jobSeeker.id === P.id)!;
      expect(pair.jobSeeker).toMatchObject({
        firstName: 'Toewijzing',
        candidateNumber: P.candidateNumber,
      });
    });

    it('equals the engine’s proposal on the same index', () => {
      const engine = proposeAssignment(t.app.get(MatchingIndexService).current(), {
        regionCode: 'AM36',
      });
      expect(
        (done.result.pairs as Pair[]).map((pair) => [
          pair.vacancy.id,
          pair.jobSeeker.id,
          pair.score,
        ]),
      ).toEqual(engine.pairs.map((pair) => [pair.vacancyId, pair.seekerId, pair.score]));
      expect(done.result).toMatchObject({
        totalScore: engine.totalScore,
        greedyTotalScore: engine.greedyTotalScore,
        gain: engine.gain,
        places: engine.places,
        placesFilled: engine.placesFilled,
        vacancies: engine.vacancies,
        candidates: engine.candidates,
        candidateEdges: engine.candidateEdges,
        topK: engine.topK,
      });
    });

    it('stores ids, scores and explanations, never names', async () => {
      const [row] = await t.dataSource.query(
        'SELECT result::text AS result FROM assignment_proposal WHERE id = $1',
        [done.id],
      );
      expect(row.result).toContain(P.id);
      for (const hidden of ['Toewijzing', 'Pieters', 'Quist', '8011AA'])
        expect(row.result).not.toContain(hidden);
    });

    it('lets an admin start and read one, without names', async () => {
      const { startAssignmentProposal } = await admin.data(START, { regionCode: 'AM36' });
      const result = await finished(admin, startAssignmentProposal.id);
      const pair = (result.result.pairs as Pair[]).find((p) => p.jobSeeker.id === P.id)!;
      expect(pair.jobSeeker).toMatchObject({ candidateNumber: P.candidateNumber, firstName: null });
    });
  });

  describe('refusals', () => {
    it('is FORBIDDEN to start for an account manager of another region or a consultant', async () => {
      const consultant = await t.loginAs(
        await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM36'] }),
      );
      const before = await count('AM36');
      expect(await amGooi.errorCode(START, { regionCode: 'AM36' })).toBe('FORBIDDEN');
      expect(await consultant.errorCode(START, { regionCode: 'AM36' })).toBe('FORBIDDEN');
      expect(await count('AM36')).toBe(before);
    });

    it('is FORBIDDEN for employer users and board members', async () => {
      const employer = await createEmployer(t.dataSource, { regionCode: 'AM36' });
      const employerUser = await t.loginAs(
        await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
      );
      const board = await t.loginAs(
        await createUser(t.dataSource, { role: 'BOARD_MEMBER', regionCodes: ['AM36'] }),
      );
      for (const client of [employerUser, board]) {
        expect(await client.errorCode(START, { regionCode: 'AM36' })).toBe('FORBIDDEN');
        expect(await client.errorCode(POLL, { id: UNKNOWN_ID })).toBe('FORBIDDEN');
      }
    });

    it('does not show a job to an account manager of another region', async () => {
      const { startAssignmentProposal } = await am.data(START, { regionCode: 'AM36' });
      await finished(am, startAssignmentProposal.id);
      expect(await amGooi.errorCode(POLL, { id: startAssignmentProposal.id })).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for a region or job that does not exist, and writes nothing', async () => {
      expect(await admin.errorCode(START, { regionCode: 'AM99' })).toBe('NOT_FOUND');
      expect(await count('AM99')).toBe(0);
      expect(await am.errorCode(POLL, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
    });

    it.each([
      ['a malformed region code', START, { regionCode: 'Zwolle' }, 'regionCode'],
      ['a region that does not take part', START, { regionCode: 'AM13' }, 'regionCode'],
      ['a malformed job id', POLL, { id: 'job-1' }, 'id'],
    ])(
      'rejects %s with BAD_USER_INPUT and writes nothing',
      async (_case, query, variables, field) => {
        const before = await count('AM13');
        const result = await admin.request(query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
        expect(await count('AM13')).toBe(before);
      },
    );
  });

  describe('one unfinished job per region', () => {
    it('answers CONFLICT while a job for the region is still running', async () => {
      const [running] = await t.dataSource.query(
        "INSERT INTO assignment_proposal (region_code, status, started_at) VALUES ('AM01', 'RUNNING', now()) RETURNING id",
      );
      const before = await count('AM01');
      const result = await admin.request(START, { regionCode: 'AM01' });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toBe(
        'Voor deze regio wordt al een toewijzingsvoorstel berekend. Wacht tot het klaar is.',
      );
      expect(await count('AM01')).toBe(before);

      // A restart cuts such a job off: the next start-up marks it FAILED, and the region is free again.
      const restarted = await createTestApp();
      try {
        const [row] = await t.dataSource.query(
          'SELECT status, error, finished_at FROM assignment_proposal WHERE id = $1',
          [running.id],
        );
        expect(row).toMatchObject({
          status: 'FAILED',
          error: expect.stringContaining('opnieuw is gestart'),
        });
        expect(row.finished_at).not.toBeNull();
      } finally {
        await restarted.close();
      }
      const { startAssignmentProposal } = await admin.data(START, { regionCode: 'AM01' });
      expect((await finished(admin, startAssignmentProposal.id)).status).toBe('DONE');
    });

    it('answers CONFLICT for a second start while the first job runs, and finishes the first', async () => {
      // Holding the placement table makes the job wait inside its run (it reads running placements first).
      const holder = t.dataSource.createQueryRunner();
      await holder.connect();
      let first: string;
      try {
        await holder.startTransaction();
        await holder.query('LOCK TABLE placement IN ACCESS EXCLUSIVE MODE');
        first = (await am.data(START, { regionCode: 'AM36' })).startAssignmentProposal.id;
        expect(await am.errorCode(START, { regionCode: 'AM36' })).toBe('CONFLICT');
        const { assignmentProposal } = await am.data(POLL, { id: first });
        expect(['QUEUED', 'RUNNING']).toContain(assignmentProposal.status);
        expect(assignmentProposal.result).toBeNull();
      } finally {
        await holder.commitTransaction();
        await holder.release();
      }
      expect((await finished(am, first)).status).toBe('DONE');
    });
  });
});
