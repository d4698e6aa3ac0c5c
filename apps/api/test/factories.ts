import type {
  CompetenceRequirement,
  IntroductionStatus,
  JobCarvingStatus,
} from '@werkbrug/domain-rules';
import type { DataSource } from 'typeorm';
import { CompetenceEntity } from '../src/modules/competence/competence.entity.js';
import { EmployerEntity, EmployerLocationEntity } from '../src/modules/employer/employer.entity.js';
import {
  IntroductionEntity,
  IntroductionStatusChangeEntity,
} from '../src/modules/introduction/introduction.entity.js';
import {
  JobCarvingJobEntity,
  JobCarvingRequestEntity,
} from '../src/modules/job-carving/job-carving.entity.js';
import {
  JobSeekerCompetenceEntity,
  JobSeekerEntity,
} from '../src/modules/job-seeker/job-seeker.entity.js';
import { PlacementEntity } from '../src/modules/placement/placement.entity.js';
import {
  BenefitExitEntity,
  JobSeekerFlagPeriodEntity,
} from '../src/modules/results/results.entity.js';
import { VacancyCompetenceEntity, VacancyEntity } from '../src/modules/vacancy/vacancy.entity.js';
import { unique } from './test-app.js';

let kvkCounter = 10_000_000 + Math.floor(Math.random() * 80_000_000);

/** A fresh, unused 8-digit KvK number. */
export const freshKvk = () => String((kvkCounter++ % 90_000_000) + 10_000_000);

/** An employer with one location in Hilversum (1211). */
export async function createEmployer(
  dataSource: DataSource,
  options: { regionCode?: string; accountManagerId?: string | null; name?: string } = {},
): Promise<EmployerEntity & { location: EmployerLocationEntity }> {
  const employer = await dataSource.getRepository(EmployerEntity).save({
    name: options.name ?? `Testwerkgever ${unique()}`,
    kvkNumber: freshKvk(),
    sector: 'MARKT',
    sbiCode: null,
    regionCode: options.regionCode ?? 'AM12',
    accountManagerId: options.accountManagerId ?? null,
  });
  const location = await dataSource.getRepository(EmployerLocationEntity).save({
    employerId: employer.id,
    name: 'Hoofdvestiging',
    street: 'Teststraat 1',
    postcode: '1211AB',
    pc4: '1211',
    city: 'Hilversum',
  });
  return Object.assign(employer, { location });
}

// ---- job-seeker (modules/job-seeker) -------------------------------------------------------------

let bsnCounter = 10_000_000 + Math.floor(Math.random() * 80_000_000);

/** A fresh 9-digit BSN that passes the elfproef (9×d1 + … + 2×d8 − d9 divisible by 11). */
export function freshBsn(): string {
  for (;;) {
    const digits = [...String((bsnCounter++ % 90_000_000) + 10_000_000)].map(Number);
    const check = digits.reduce((sum, digit, index) => sum + digit * (9 - index), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

/** A postcode in each demo region's main municipality, for files placed there. */
const JOB_SEEKER_POSTCODES: Record<string, string> = {
  GM0402: '1211AB',
  GM0014: '9711AA',
  GM0193: '8011AA',
};

/**
 * A job-seeker's file, written straight to the database (no access log): by default in Hilversum
 * (GM0402, region AM12), 60 % earning capacity, without BSN or consultant.
 */
export async function createJobSeeker(
  dataSource: DataSource,
  options: Partial<
    Omit<JobSeekerEntity, 'competences' | 'municipality' | 'consultant' | 'postcodeArea'>
  > & {
    competences?: { code: string; level: number; assessedAt?: string | null }[];
  } = {},
): Promise<JobSeekerEntity> {
  const { competences = [], ...columns } = options;
  const municipalityCode = columns.municipalityCode ?? 'GM0402';
  const postcode = columns.postcode ?? JOB_SEEKER_POSTCODES[municipalityCode];
  if (!postcode) throw new Error(`createJobSeeker: give a postcode for ${municipalityCode}`);
  const values = {
    firstName: 'Testinwoner',
    lastName: `Achternaam ${unique()}`,
    earningCapacityPercent: 60,
    participationStep: 4,
    hoursAvailable: 24,
    maxTravelMinutes: 45,
    maxTravelKm: 20,
    ...columns,
    municipalityCode,
    postcode,
    pc4: postcode.slice(0, 4),
  };
  const { identifiers } = await dataSource.getRepository(JobSeekerEntity).insert(values);
  const id = (identifiers[0] as { id: string }).id;
  if (competences.length > 0) {
    await dataSource.getRepository(JobSeekerCompetenceEntity).insert(
      competences.map((c) => ({
        jobSeekerId: id,
        competenceCode: c.code,
        level: c.level,
        assessedAt: c.assessedAt ?? null,
      })),
    );
  }
  return dataSource.getRepository(JobSeekerEntity).findOneByOrFail({ id });
}

// ---- end job-seeker ------------------------------------------------------------------------------

// ---- competence (modules/competence) -------------------------------------------------------------

/** A fresh competence code that matches the code pattern, e.g. TEST_1A2B3C4D. */
export const freshCompetenceCode = () => `TEST_${unique().toUpperCase()}`;

/** A competence in the current taxonomy, written straight to the database (revision 1). */
export async function createCompetence(
  dataSource: DataSource,
  options: Partial<
    Pick<CompetenceEntity, 'code' | 'group' | 'sector' | 'label' | 'trainable' | 'archivedAt'>
  > = {},
): Promise<CompetenceEntity> {
  const [taxonomy] = (await dataSource.query(
    'SELECT version FROM competence_taxonomy WHERE current',
  )) as { version: string }[];
  const group = options.group ?? 'VOCATIONAL';
  const code = options.code ?? freshCompetenceCode();
  await dataSource.getRepository(CompetenceEntity).insert({
    code,
    group,
    sector:
      options.sector !== undefined ? options.sector : group === 'VOCATIONAL' ? 'HOSPITALITY' : null,
    label: options.label ?? `Testcompetentie ${unique()}`,
    description: 'Een competentie voor een test.',
    levelDescriptions: [
      'Niveau een.',
      'Niveau twee.',
      'Niveau drie.',
      'Niveau vier.',
      'Niveau vijf.',
    ],
    trainable: options.trainable ?? true,
    taxonomyVersion: taxonomy!.version,
    archivedAt: options.archivedAt ?? null,
  });
  return dataSource.getRepository(CompetenceEntity).findOneByOrFail({ code });
}

// ---- end competence ------------------------------------------------------------------------------

// ---- vacancy (modules/vacancy; used by introduction and placement tests too) -------------------

/**
 * A vacancy written straight to the database: REGULAR, OPEN, 16-24 hours. Without employerId and
 * locationId it gets a fresh employer (region AM12) and its location; `competences` are asked for
 * (REQUIRED, weight 3 unless told otherwise).
 */
export async function createVacancy(
  dataSource: DataSource,
  options: Partial<
    Omit<VacancyEntity, 'id' | 'employer' | 'location' | 'competences' | 'createdAt' | 'updatedAt'>
  > & {
    competences?: {
      code: string;
      minLevel: number;
      weight?: number;
      requirement?: CompetenceRequirement;
    }[];
  } = {},
): Promise<VacancyEntity> {
  const { competences = [], ...columns } = options;
  const employer =
    columns.employerId && columns.locationId ? null : await createEmployer(dataSource);
  const { identifiers } = await dataSource.getRepository(VacancyEntity).insert({
    title: `Testvacature ${unique()}`,
    description: 'Een vacature voor een test.',
    kind: 'REGULAR',
    status: 'OPEN',
    hoursMin: 16,
    hoursMax: 24,
    openings: 1,
    contractType: 'FIXED_TERM',
    ...columns,
    employerId: columns.employerId ?? employer!.id,
    locationId: columns.locationId ?? employer!.location.id,
  });
  const id = (identifiers[0] as { id: string }).id;
  if (competences.length > 0) {
    await dataSource.getRepository(VacancyCompetenceEntity).insert(
      competences.map((c) => ({
        vacancyId: id,
        competenceCode: c.code,
        minLevel: c.minLevel,
        weight: c.weight ?? 3,
        requirement: c.requirement ?? 'REQUIRED',
      })),
    );
  }
  return dataSource.getRepository(VacancyEntity).findOneByOrFail({ id });
}

// ---- end vacancy ---------------------------------------------------------------------------------

// ---- introduction and placement (modules/introduction, modules/placement) -------------------------

/** The steps from PROPOSED to each status, as the life cycle allows them. */
const INTRODUCTION_PATHS: Record<IntroductionStatus, IntroductionStatus[]> = {
  PROPOSED: [],
  CONSENT_REQUESTED: ['CONSENT_REQUESTED'],
  CONSENTED: ['CONSENT_REQUESTED', 'CONSENTED'],
  DECLINED: ['CONSENT_REQUESTED', 'DECLINED'],
  INTRODUCED: ['CONSENT_REQUESTED', 'CONSENTED', 'INTRODUCED'],
  INTERVIEW: ['CONSENT_REQUESTED', 'CONSENTED', 'INTRODUCED', 'INTERVIEW'],
  TRIAL_PLACEMENT: ['CONSENT_REQUESTED', 'CONSENTED', 'INTRODUCED', 'INTERVIEW', 'TRIAL_PLACEMENT'],
  PLACED: ['CONSENT_REQUESTED', 'CONSENTED', 'INTRODUCED', 'INTERVIEW', 'PLACED'],
  REJECTED: ['CONSENT_REQUESTED', 'CONSENTED', 'INTRODUCED', 'REJECTED'],
  WITHDRAWN: ['WITHDRAWN'],
};

/**
 * An introduction in the given status (default PROPOSED), with a history row for each step that
 * leads there, one second apart, written straight to the database.
 */
export async function createIntroduction(
  dataSource: DataSource,
  options: {
    vacancyId: string;
    jobSeekerId: string;
    status?: IntroductionStatus;
    matchScore?: number | null;
    createdById?: string | null;
  },
): Promise<IntroductionEntity> {
  const status = options.status ?? 'PROPOSED';
  const start = Date.now() - 60_000;
  const { identifiers } = await dataSource.getRepository(IntroductionEntity).insert({
    vacancyId: options.vacancyId,
    jobSeekerId: options.jobSeekerId,
    status,
    matchScore: options.matchScore ?? null,
    createdById: options.createdById ?? null,
    createdAt: new Date(start),
  });
  const id = (identifiers[0] as { id: string }).id;
  const steps: IntroductionStatus[] = ['PROPOSED', ...INTRODUCTION_PATHS[status]];
  await dataSource.getRepository(IntroductionStatusChangeEntity).insert(
    steps.map((toStatus, index) => ({
      introductionId: id,
      fromStatus: index === 0 ? null : steps[index - 1]!,
      toStatus,
      changedById: options.createdById ?? null,
      note: null,
      changedAt: new Date(start + index * 1000),
    })),
  );
  return dataSource.getRepository(IntroductionEntity).findOneByOrFail({ id });
}

/** A running placement of 25.5 hours a week (one banenafspraak job) from 2025-01-01 unless told otherwise. */
export async function createPlacement(
  dataSource: DataSource,
  options: Pick<PlacementEntity, 'jobSeekerId' | 'employerId'> &
    Partial<
      Pick<
        PlacementEntity,
        | 'vacancyId'
        | 'introductionId'
        | 'contractType'
        | 'hoursPerWeek'
        | 'startDate'
        | 'endDate'
        | 'instruments'
        | 'archivedAt'
      >
    >,
): Promise<PlacementEntity> {
  const { identifiers } = await dataSource.getRepository(PlacementEntity).insert({
    contractType: 'FIXED_TERM',
    hoursPerWeek: 25.5,
    startDate: '2025-01-01',
    endDate: null,
    instruments: [],
    vacancyId: null,
    introductionId: null,
    ...options,
  });
  return dataSource
    .getRepository(PlacementEntity)
    .findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
}

// ---- end introduction and placement --------------------------------------------------------------

// ---- job carving (modules/job-carving) --------------------------------------------------------------

/**
 * A job-carving request written straight to the database, by default SUBMITTED for a fresh
 * employer in AM12 with one job ("Medewerker keuken", 2 people) holding a simple and a complex task.
 */
export async function createJobCarvingRequest(
  dataSource: DataSource,
  options: {
    employerId?: string;
    status?: JobCarvingStatus;
    submittedById?: string | null;
    department?: string;
    archivedAt?: Date | null;
    jobs?: {
      title: string;
      headcount?: number;
      tasks: {
        name: string;
        sharePercent: number;
        complexity: 'SIMPLE' | 'MEDIUM' | 'COMPLEX';
        splittable?: boolean;
      }[];
    }[];
    /** Record an analysis that carves out every SIMPLE task (as an account manager would). */
    analysed?: boolean;
  } = {},
): Promise<JobCarvingRequestEntity> {
  const employerId = options.employerId ?? (await createEmployer(dataSource)).id;
  const { identifiers } = await dataSource.getRepository(JobCarvingRequestEntity).insert({
    employerId,
    department: options.department ?? `Afdeling ${unique()}`,
    notes: '',
    reason: 'WORKLOAD',
    status: options.status ?? 'SUBMITTED',
    submittedById: options.submittedById ?? null,
    archivedAt: options.archivedAt ?? null,
    statusHistory: [],
  });
  const id = (identifiers[0] as { id: string }).id;
  const jobs = options.jobs ?? [
    {
      title: 'Medewerker keuken',
      headcount: 2,
      tasks: [
        { name: 'Afwassen', sharePercent: 30, complexity: 'SIMPLE' as const },
        { name: 'Koken', sharePercent: 70, complexity: 'COMPLEX' as const },
      ],
    },
  ];
  const { identifiers: jobIds } = await dataSource.getRepository(JobCarvingJobEntity).insert(
    jobs.map((job) => ({
      requestId: id,
      title: job.title,
      headcount: job.headcount ?? 1,
      tasks: job.tasks.map((task) => ({
        ...task,
        splittable: task.splittable ?? task.complexity === 'SIMPLE',
      })),
    })),
  );
  if (options.analysed) {
    const tasks = jobs.flatMap((job, j) =>
      job.tasks.map((task, taskIndex) => ({
        jobId: (jobIds[j] as { id: string }).id,
        taskIndex,
        jobTitle: job.title,
        taskName: task.name,
        sharePercent: task.sharePercent,
        complexity: task.complexity,
        splittable: task.complexity === 'SIMPLE',
      })),
    );
    await dataSource.getRepository(JobCarvingRequestEntity).update(id, {
      analysis: {
        summary: 'Analyse',
        tasks,
        recordedById: null,
        recordedByName: 'Accountmanager',
        recordedAt: new Date().toISOString(),
      },
    });
  }
  return dataSource.getRepository(JobCarvingRequestEntity).findOneByOrFail({ id });
}

// ---- end job carving ----------------------------------------------------------------------------

// ---- matching (modules/matching) ------------------------------------------------------------------

/** Another location of an employer, e.g. away from the default Hilversum one (`postcode` as '1271AB'). */
export async function createEmployerLocation(
  dataSource: DataSource,
  options: { employerId: string; postcode: string; city: string; name?: string },
): Promise<EmployerLocationEntity> {
  return dataSource.getRepository(EmployerLocationEntity).save({
    employerId: options.employerId,
    name: options.name ?? `Vestiging ${options.city}`,
    street: 'Teststraat 2',
    postcode: options.postcode,
    pc4: options.postcode.slice(0, 4),
    city: options.city,
  });
}

// ---- end matching ---------------------------------------------------------------------------------

// ---- results (modules/results) --------------------------------------------------------------------

/** A period in which a job-seeker held a flag: the doelgroepregister since 2010 unless told otherwise. */
export async function createFlagPeriod(
  dataSource: DataSource,
  options: Pick<JobSeekerFlagPeriodEntity, 'jobSeekerId'> &
    Partial<Pick<JobSeekerFlagPeriodEntity, 'flag' | 'validFrom' | 'validTo'>>,
): Promise<JobSeekerFlagPeriodEntity> {
  return dataSource.getRepository(JobSeekerFlagPeriodEntity).save({
    flag: 'DOELGROEPREGISTER',
    validFrom: '2010-01-01',
    validTo: null,
    ...options,
  });
}

/** A full exit from benefit because of work on 15 March 2019 unless told otherwise. */
export async function createBenefitExit(
  dataSource: DataSource,
  options: Pick<BenefitExitEntity, 'jobSeekerId' | 'municipalityCode'> &
    Partial<Pick<BenefitExitEntity, 'exitDate' | 'kind' | 'reason'>>,
): Promise<BenefitExitEntity> {
  return dataSource
    .getRepository(BenefitExitEntity)
    .save({ exitDate: '2019-03-15', kind: 'FULL', reason: 'WORK', ...options });
}

// ---- end results ----------------------------------------------------------------------------------
