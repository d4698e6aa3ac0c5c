import {
  createEmployer,
  createIntroduction,
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
import {
  AssignmentProposalEntity,
  type AssignmentProposalStatus,
  type StoredAssignmentPair,
} from './assignment-proposal.entity.js';
import { AssignmentProposalResolver } from './assignment-proposal.resolver.js';

const ACCEPT = `mutation Accept($proposalId: ID!, $pairs: [AssignmentPairInput!]!) {
  acceptAssignmentPairs(proposalId: $proposalId, pairs: $pairs) { vacancyId jobSeekerId outcome introductionId message }
}`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe(`${AssignmentProposalResolver.name} acceptAssignmentPairs`, () => {
  let t: TestApp;
  let am: GraphQLClient;
  let otherRegionAm: GraphQLClient;
  let consultant: GraphQLClient;
  let admin: GraphQLClient;
  let vacancy: VacancyEntity;
  let otherVacancy: VacancyEntity;
  let seekers: JobSeekerEntity[];

  /** A finished proposal, stored as the job stores it (the job itself is tested in assignment-proposal.resolver.int-spec). */
  async function storedProposal(
    pairs: Omit<StoredAssignmentPair, 'explanation'>[],
    status: AssignmentProposalStatus = 'DONE',
  ) {
    const finished = status === 'DONE' || status === 'FAILED';
    const proposal = await t.dataSource.getRepository(AssignmentProposalEntity).save({
      regionCode: 'AM12',
      status,
      progress: finished ? 1 : 0.4,
      finishedAt: finished ? new Date() : null,
      result:
        status === 'DONE'
          ? {
              pairs: pairs.map((pair) => ({
                ...pair,
                explanation: {} as StoredAssignmentPair['explanation'],
              })),
              totalScore: pairs.reduce((sum, pair) => sum + pair.score, 0),
              greedyTotalScore: 0,
              gain: 0,
              places: pairs.length,
              placesFilled: pairs.length,
              vacancies: 1,
              candidates: pairs.length,
              candidateEdges: pairs.length,
              topK: 10,
            }
          : null,
    });
    return proposal.id;
  }

  const introductionsOf = async (vacancyId: string) =>
    (await t.dataSource.query(
      'SELECT job_seeker_id AS "jobSeekerId", status, match_score AS "matchScore" FROM introduction WHERE vacancy_id = $1 ORDER BY created_at',
      [vacancyId],
    )) as { jobSeekerId: string; status: string; matchScore: number }[];

  beforeAll(async () => {
    t = await createTestApp();
    am = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM12'] }),
    );
    otherRegionAm = await t.loginAs(
      await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', regionCodes: ['AM36'] }),
    );
    consultant = await t.loginAs(
      await createUser(t.dataSource, { role: 'CONSULTANT', regionCodes: ['AM12'] }),
    );
    admin = await t.loginAs(await createUser(t.dataSource, { role: 'ADMIN', regionCodes: [] }));
    const employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    vacancy = await createVacancy(t.dataSource, {
      employerId: employer.id,
      locationId: employer.location.id,
      status: 'OPEN',
    });
    otherVacancy = await createVacancy(t.dataSource, {
      employerId: employer.id,
      locationId: employer.location.id,
      status: 'OPEN',
    });
  });
  beforeEach(async () => {
    seekers = await Promise.all([0, 1, 2].map(() => createJobSeeker(t.dataSource)));
  });
  afterAll(() => t.close());

  it('puts the chosen pairs on the shortlist as PROPOSED introductions with the proposal’s score, one result per pair', async () => {
    const [a, b] = seekers;
    const fresh = await createVacancy(t.dataSource, {
      employerId: vacancy.employerId,
      locationId: vacancy.locationId,
      status: 'OPEN',
    });
    const proposalId = await storedProposal([
      { vacancyId: fresh.id, jobSeekerId: a!.id, score: 81.6 },
      { vacancyId: fresh.id, jobSeekerId: b!.id, score: 74.2 },
    ]);
    const { acceptAssignmentPairs } = await am.data(ACCEPT, {
      proposalId,
      pairs: [
        { vacancyId: fresh.id, jobSeekerId: a!.id },
        { vacancyId: fresh.id, jobSeekerId: b!.id },
        { vacancyId: fresh.id, jobSeekerId: a!.id },
      ],
    });
    expect(acceptAssignmentPairs).toHaveLength(2);
    expect(acceptAssignmentPairs).toEqual([
      expect.objectContaining({
        jobSeekerId: a!.id,
        outcome: 'SHORTLISTED',
        introductionId: expect.any(String),
        message: null,
      }),
      expect.objectContaining({
        jobSeekerId: b!.id,
        outcome: 'SHORTLISTED',
        introductionId: expect.any(String),
        message: null,
      }),
    ]);
    expect(await introductionsOf(fresh.id)).toEqual([
      { jobSeekerId: a!.id, status: 'PROPOSED', matchScore: 82 },
      { jobSeekerId: b!.id, status: 'PROPOSED', matchScore: 74 },
    ]);
    const [history] = await t.dataSource.query(
      'SELECT note FROM introduction_status_change WHERE introduction_id = $1',
      [acceptAssignmentPairs[0].introductionId],
    );
    expect(history.note).toMatch(/^Uit het regionale toewijzingsvoorstel van /);
  });

  it('skips a pair already in the pipeline and one the proposal does not hold, and still shortlists the rest', async () => {
    const [a, b, c] = seekers;
    await createIntroduction(t.dataSource, {
      vacancyId: otherVacancy.id,
      jobSeekerId: a!.id,
      status: 'CONSENT_REQUESTED',
    });
    const proposalId = await storedProposal([
      { vacancyId: otherVacancy.id, jobSeekerId: a!.id, score: 90 },
      { vacancyId: otherVacancy.id, jobSeekerId: b!.id, score: 60 },
    ]);
    const { acceptAssignmentPairs } = await am.data(ACCEPT, {
      proposalId,
      pairs: [
        { vacancyId: otherVacancy.id, jobSeekerId: a!.id },
        { vacancyId: otherVacancy.id, jobSeekerId: c!.id },
        { vacancyId: otherVacancy.id, jobSeekerId: b!.id },
      ],
    });
    expect(
      acceptAssignmentPairs.map((r: { jobSeekerId: string; outcome: string }) => [
        r.jobSeekerId,
        r.outcome,
      ]),
    ).toEqual([
      [a!.id, 'ALREADY_IN_PIPELINE'],
      [c!.id, 'NOT_IN_PROPOSAL'],
      [b!.id, 'SHORTLISTED'],
    ]);
    expect(acceptAssignmentPairs[0].message).toBe(
      'Deze inwoner staat al in de pijplijn van deze vacature.',
    );
    const rows = await introductionsOf(otherVacancy.id);
    expect(rows.filter((row) => row.jobSeekerId === a!.id)).toEqual([
      { jobSeekerId: a!.id, status: 'CONSENT_REQUESTED', matchScore: null },
    ]);
    expect(rows.some((row) => row.jobSeekerId === c!.id)).toBe(false);
  });

  it('reports a pair the introduction rules refuse, with their message, without stopping', async () => {
    const [a] = seekers;
    const withdrawn = await createJobSeeker(t.dataSource, { consentStatus: 'WITHDRAWN' });
    const fresh = await createVacancy(t.dataSource, {
      employerId: vacancy.employerId,
      locationId: vacancy.locationId,
      status: 'OPEN',
    });
    const proposalId = await storedProposal([
      { vacancyId: fresh.id, jobSeekerId: withdrawn.id, score: 70 },
      { vacancyId: fresh.id, jobSeekerId: a!.id, score: 65 },
    ]);
    const { acceptAssignmentPairs } = await am.data(ACCEPT, {
      proposalId,
      pairs: [
        { vacancyId: fresh.id, jobSeekerId: withdrawn.id },
        { vacancyId: fresh.id, jobSeekerId: a!.id },
      ],
    });
    expect(acceptAssignmentPairs.map((r: { outcome: string }) => r.outcome)).toEqual([
      'REFUSED',
      'SHORTLISTED',
    ]);
    expect(acceptAssignmentPairs[0].message).toMatch(/toestemming/);
  });

  it('refuses account managers of another region, consultants and admins, and changes nothing', async () => {
    const [a] = seekers;
    const proposalId = await storedProposal([
      { vacancyId: vacancy.id, jobSeekerId: a!.id, score: 50 },
    ]);
    const pairs = [{ vacancyId: vacancy.id, jobSeekerId: a!.id }];
    expect(await otherRegionAm.errorCode(ACCEPT, { proposalId, pairs })).toBe('FORBIDDEN');
    expect(await consultant.errorCode(ACCEPT, { proposalId, pairs })).toBe('FORBIDDEN');
    expect(await admin.errorCode(ACCEPT, { proposalId, pairs })).toBe('FORBIDDEN');
    expect((await introductionsOf(vacancy.id)).some((row) => row.jobSeekerId === a!.id)).toBe(
      false,
    );
  });

  it('answers NOT_FOUND for an unknown proposal, CONFLICT for an unfinished one and BAD_USER_INPUT for no pairs', async () => {
    const [a] = seekers;
    const pairs = [{ vacancyId: vacancy.id, jobSeekerId: a!.id }];
    expect(await am.errorCode(ACCEPT, { proposalId: UNKNOWN_ID, pairs })).toBe('NOT_FOUND');
    const running = await storedProposal([], 'RUNNING');
    expect(await am.errorCode(ACCEPT, { proposalId: running, pairs })).toBe('CONFLICT');
    await t.dataSource.query(
      'UPDATE assignment_proposal SET status = $2, finished_at = now() WHERE id = $1',
      [running, 'FAILED'],
    );
    const done = await storedProposal([{ vacancyId: vacancy.id, jobSeekerId: a!.id, score: 50 }]);
    const result = await am.request(ACCEPT, { proposalId: done, pairs: [] });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'pairs', message: 'Kies ten minste één paar.' }],
    });
  });
});
