import {
  addDays,
  JOB_CARVING_REASONS,
  JOB_CARVING_STATUSES,
  type JobCarvingStatus,
} from '@werkbrug/domain-rules';
import type {
  JobCarvingAnalysis,
  JobCarvingProposal,
  JobCarvingStatusChange,
  JobCarvingTask,
} from '../../../modules/job-carving/job-carving.entity.js';
import { duringOfficeHours, REFERENCE_DATE } from './calendar.js';
import type { DemoEmployer } from './employers.js';
import type { DemoActor } from './organisations.js';
import { Random, stableUuid } from './prng.js';
import type { DemoRegion } from './regions.js';
import type { JobCarvingJobRow, JobCarvingRequestRow } from './rows.js';
import { sectorProfile, type CarvingJobTemplate } from './sectors.js';
import type { DemoVacancy } from './vacancies.js';

/** Jobs most employers have, besides the ones of their own sector. */
const COMMON_CARVING_JOBS: readonly CarvingJobTemplate[] = [
  {
    title: 'Receptionist',
    tasks: [
      { name: 'Bezoekers ontvangen en aanmelden', sharePercent: 30, complexity: 'MEDIUM' },
      { name: 'Telefoon aannemen en doorverbinden', sharePercent: 30, complexity: 'MEDIUM' },
      { name: 'Vergaderzalen klaarzetten', sharePercent: 20, complexity: 'SIMPLE' },
      { name: 'Post sorteren en rondbrengen', sharePercent: 20, complexity: 'SIMPLE' },
    ],
  },
  {
    title: 'Facilitair medewerker',
    tasks: [
      { name: 'Contracten met leveranciers beheren', sharePercent: 25, complexity: 'COMPLEX' },
      { name: 'Kleine reparaties en onderhoud', sharePercent: 25, complexity: 'MEDIUM' },
      { name: 'Koffieautomaten en pantry bijvullen', sharePercent: 25, complexity: 'SIMPLE' },
      { name: 'Kantoorartikelen en voorraad aanvullen', sharePercent: 25, complexity: 'SIMPLE' },
    ],
  },
];

/** What the employer wrote when submitting. */
const REQUEST_TEXT =
  'Onze vakmensen doen veel eenvoudig werk tussendoor. Wij willen graag weten of we die taken kunnen bundelen tot een nieuwe functie.';

/** The note with each step, as the account manager or the employer would record it. */
const STEP_NOTES: Record<JobCarvingStatus, string | null> = {
  SUBMITTED: null,
  ANALYSING: 'Werkplekanalyse gepland: de accountmanager loopt een dag mee op de afdeling.',
  PROPOSED:
    'Voorstel: een nieuwe functie van ongeveer 24 uur met de eenvoudige taken uit deze functies.',
  ACCEPTED: 'Voorstel besproken met de teamleiders en aanvaard.',
  VACANCY_CREATED: null,
  REJECTED:
    'Op dit moment is er geen ruimte voor een nieuwe functie; over een half jaar opnieuw bekijken.',
};

/** The road of a request that goes all the way. */
const MAIN_ROAD: readonly JobCarvingStatus[] = [
  'SUBMITTED',
  'ANALYSING',
  'PROPOSED',
  'ACCEPTED',
  'VACANCY_CREATED',
];

/**
 * The statuses a request passed through to reach `status`: along the main road, or to REJECTED
 * from any status before ACCEPTED.
 */
export function jobCarvingRoad(rng: Random, status: JobCarvingStatus): JobCarvingStatus[] {
  if (status === 'REJECTED') return [...MAIN_ROAD.slice(0, rng.int(1, 3)), 'REJECTED'];
  return MAIN_ROAD.slice(0, MAIN_ROAD.indexOf(status) + 1);
}

/** How long ago a request in this status was submitted, in days. */
const AGE_BY_STATUS: Record<JobCarvingStatus, readonly [number, number]> = {
  SUBMITTED: [2, 20],
  ANALYSING: [15, 45],
  PROPOSED: [30, 80],
  ACCEPTED: [45, 120],
  VACANCY_CREATED: [60, 200],
  REJECTED: [40, 200],
};

/** Days between two steps; four steps at most fit in the youngest age of their status. */
const MAX_DAYS_BETWEEN_STEPS = 10;

/**
 * The tasks of a job with shares varied a little around the template and then scaled so they add
 * up to exactly 100 %.
 */
export function varyTasks(rng: Random, template: CarvingJobTemplate): JobCarvingTask[] {
  const raw = template.tasks.map((task) => Math.max(5, task.sharePercent + rng.int(-5, 5)));
  const total = raw.reduce((sum, share) => sum + share, 0);
  const shares = raw.map((share) => Math.max(1, Math.round((share * 100) / total)));
  const largest = shares.indexOf(Math.max(...shares));
  shares[largest] += 100 - shares.reduce((sum, share) => sum + share, 0);
  return template.tasks.map((task, index) => ({
    name: task.name,
    sharePercent: shares[index],
    complexity: task.complexity,
    // The employer thinks the simple tasks could go to someone else.
    splittable: task.complexity === 'SIMPLE',
  }));
}

/** Statuses past the analysis: the request carries the WSP's analysis and proposal. */
const PROPOSED_OR_LATER: readonly JobCarvingStatus[] = ['PROPOSED', 'ACCEPTED', 'VACANCY_CREATED'];

/**
 * The analysis and carved role of a request that got a proposal: the SIMPLE tasks are carved out,
 * their hours (capped to a 12-32 hour job, in half hours) make the role.
 */
export function demoAnalysisAndProposal(
  department: string,
  jobs: readonly JobCarvingJobRow[],
  accountManager: DemoActor,
  analysedAt: string,
  proposedAt: string,
): { analysis: JobCarvingAnalysis; proposal: JobCarvingProposal } {
  const tasks = jobs.flatMap((job) =>
    job.tasks.map((task, taskIndex) => ({
      jobId: job.id,
      taskIndex,
      jobTitle: job.title,
      taskName: task.name,
      sharePercent: task.sharePercent,
      complexity: task.complexity,
      splittable: task.complexity === 'SIMPLE',
      hours: (task.sharePercent / 100) * 36 * job.headcount,
    })),
  );
  const carved = tasks.filter((task) => task.splittable);
  const hours = carved.reduce((sum, task) => sum + task.hours, 0);
  return {
    analysis: {
      summary: 'Meegelopen op de afdeling; de eenvoudige taken zijn goed te bundelen.',
      tasks: tasks.map(({ hours: _hours, ...task }) => task),
      recordedById: accountManager.id,
      recordedByName: accountManager.name,
      recordedAt: analysedAt,
    },
    proposal: {
      title: `Medewerker ondersteuning ${department.toLowerCase()}`,
      description: 'Een nieuwe functie met de eenvoudige taken uit de bestaande functies.',
      hoursPerWeek: Math.min(32, Math.max(12, Math.round(hours * 2) / 2)),
      tasks: carved.map(({ jobId, taskIndex, jobTitle, taskName }) => ({
        jobId,
        taskIndex,
        jobTitle,
        taskName,
      })),
      competences: [],
      proposedById: accountManager.id,
      proposedByName: accountManager.name,
      proposedAt,
    },
  };
}

export interface JobCarvingBatch {
  readonly requests: JobCarvingRequestRow[];
  readonly jobs: JobCarvingJobRow[];
}

/**
 * 6-8 job-carving requests per region, covering every status, each with the history of its
 * steps. A request that became a vacancy points at a garantiebaan of the same employer. In the
 * demo employer's region, its login submitted the first SUBMITTED and PROPOSED ones.
 */
export function generateJobCarvingRequests(options: {
  region: DemoRegion;
  employers: readonly DemoEmployer[];
  vacancies: readonly DemoVacancy[];
  accountManager: DemoActor;
  demoEmployerUser: DemoActor | null;
}): JobCarvingBatch {
  const { region, employers, vacancies, accountManager } = options;
  const requests: JobCarvingRequestRow[] = [];
  const jobs: JobCarvingJobRow[] = [];
  if (employers.length === 0) return { requests, jobs };
  const rng = Random.of(region.code, 'job-carving');
  const count = rng.int(6, 8);
  const statuses = [
    ...JOB_CARVING_STATUSES,
    ...rng.sample(JOB_CARVING_STATUSES, count - JOB_CARVING_STATUSES.length),
  ];
  const garantiebanen = vacancies.filter((vacancy) => vacancy.row.kind === 'GARANTIEBAAN');

  statuses.forEach((drawn, index) => {
    const byDemoEmployer =
      options.demoEmployerUser !== null &&
      index < JOB_CARVING_STATUSES.length &&
      (drawn === 'SUBMITTED' || drawn === 'PROPOSED');
    const createdVacancy =
      drawn === 'VACANCY_CREATED' && garantiebanen.length > 0 ? rng.pick(garantiebanen) : null;
    const status: JobCarvingStatus =
      drawn === 'VACANCY_CREATED' && !createdVacancy ? 'ACCEPTED' : drawn;
    const employer = byDemoEmployer
      ? employers[0]
      : (createdVacancy?.employer ?? rng.pick(employers));
    // Other employers have no login: their requests came in through their contact person.
    const employerSide: DemoActor =
      byDemoEmployer && options.demoEmployerUser
        ? options.demoEmployerUser
        : { id: null, name: employer.contacts[0]?.name ?? employer.row.name };
    const id = stableUuid('job-carving-request', region.code, index);

    const road = jobCarvingRoad(rng, status);
    const [minAge, maxAge] = AGE_BY_STATUS[status];
    let day = addDays(REFERENCE_DATE, -rng.int(minAge, maxAge));
    const statusHistory: JobCarvingStatusChange[] = road.map((step, i) => {
      if (i > 0) day = addDays(day, rng.int(1, MAX_DAYS_BETWEEN_STEPS));
      // The employer submits and answers the proposal; the WSP does the rest.
      const actor =
        step === 'SUBMITTED' || (i > 0 && road[i - 1] === 'PROPOSED')
          ? employerSide
          : accountManager;
      return {
        fromStatus: i === 0 ? null : road[i - 1],
        toStatus: step,
        note: STEP_NOTES[step],
        changedById: actor.id,
        changedByName: actor.name,
        changedAt: duringOfficeHours(rng, day).toISOString(),
      };
    });
    const department = sectorProfile(employer.workSector).carving.department;
    const request: JobCarvingRequestRow = {
      id,
      employerId: employer.row.id,
      department,
      reason: JOB_CARVING_REASONS[index % JOB_CARVING_REASONS.length],
      notes: REQUEST_TEXT,
      status,
      submittedById: byDemoEmployer ? employerSide.id : null,
      vacancyId: createdVacancy?.row.id ?? null,
      statusHistory,
      analysis: null,
      proposal: null,
      createdAt: new Date(statusHistory[0].changedAt),
      updatedAt: new Date(statusHistory[statusHistory.length - 1].changedAt),
    };
    requests.push(request);
    const requestJobs: JobCarvingJobRow[] = [];
    const templates = [...sectorProfile(employer.workSector).carving.jobs, ...COMMON_CARVING_JOBS];
    rng.sample(templates, rng.int(1, 3)).forEach((template, jobIndex) => {
      requestJobs.push({
        id: stableUuid('job-carving-job', id, jobIndex),
        requestId: id,
        title: template.title,
        headcount: rng.int(1, 12),
        tasks: varyTasks(rng, template),
      });
    });
    jobs.push(...requestJobs);
    if (PROPOSED_OR_LATER.includes(status)) {
      const at = (step: JobCarvingStatus) =>
        statusHistory.find((change) => change.toStatus === step)!.changedAt;
      Object.assign(
        request,
        demoAnalysisAndProposal(
          department,
          requestJobs,
          accountManager,
          at('ANALYSING'),
          at('PROPOSED'),
        ),
      );
    }
  });
  return { requests, jobs };
}
