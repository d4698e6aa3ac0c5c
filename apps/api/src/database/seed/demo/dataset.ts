import { generateEmployers } from './employers.js';
import { generateJobCarvingRequests } from './job-carving.js';
import {
  accountManagerIdOf,
  consultantIdOf,
  DEMO_EMPLOYER_REGION,
  demoEmployerUser,
  demoLoginActor,
  generateStaff,
} from './organisations.js';
import { generateJobSeekers } from './people.js';
import { generateAftercareCheckIns, withPlacementTerms } from './aftercare.js';
import { generateIntroductions, generatePlacements } from './pipeline.js';
import { demoRegions } from './regions.js';
import { consentHistory, generateEmployerCrm } from './consent-crm.js';
import type {
  EmployerAgreementRow,
  EmployerContactMomentRow,
  EmployerContactRow,
  EmployerLocationRow,
  EmployerRow,
  IntroductionRow,
  IntroductionStatusChangeRow,
  JobCarvingJobRow,
  JobCarvingRequestRow,
  JobSeekerCompetenceRow,
  JobSeekerConsentChangeRow,
  JobSeekerRow,
  OrganisationRegionRow,
  OrganisationRow,
  PlacementRow,
  AftercareCheckInRow,
  UserRegionRow,
  UserRow,
  VacancyCompetenceRow,
  VacancyRow,
} from './rows.js';
import { generateVacancies } from './vacancies.js';

export interface DemoDataOptions {
  /** Job-seekers per region; 2,000 by default. */
  readonly jobSeekersPerRegion: number;
  /** Employers per region (at least 1: the demo employer); 300 by default. */
  readonly employersPerRegion?: number;
  /** Vacancies per region; 600 by default. */
  readonly vacanciesPerRegion?: number;
}

export const DEMO_DATA_DEFAULTS = {
  jobSeekersPerRegion: 2000,
  employersPerRegion: 300,
  vacanciesPerRegion: 600,
} as const;

/** Introductions and placements per region, for the results pages; fewer when there are few people. */
const INTRODUCTIONS_PER_REGION = 100;
const PLACEMENTS_PER_REGION = 60;

/** Every row of the demo data, in an order in which it can be inserted. */
export interface DemoDataset {
  readonly organisations: OrganisationRow[];
  readonly organisationRegions: OrganisationRegionRow[];
  /** Staff logins (account managers, consultants, board member, admin). */
  readonly staffUsers: UserRow[];
  readonly employers: EmployerRow[];
  readonly employerLocations: EmployerLocationRow[];
  readonly employerContacts: EmployerContactRow[];
  /** The employer login; inserted after its employer. */
  readonly employerUsers: UserRow[];
  readonly userRegions: UserRegionRow[];
  readonly jobSeekers: JobSeekerRow[];
  readonly jobSeekerCompetences: JobSeekerCompetenceRow[];
  readonly jobSeekerConsentChanges: JobSeekerConsentChangeRow[];
  /** The account managers' CRM notes; inserted after the employers and staff. */
  readonly employerContactMoments: EmployerContactMomentRow[];
  readonly employerAgreements: EmployerAgreementRow[];
  readonly vacancies: VacancyRow[];
  readonly vacancyCompetences: VacancyCompetenceRow[];
  readonly jobCarvingRequests: JobCarvingRequestRow[];
  readonly jobCarvingJobs: JobCarvingJobRow[];
  readonly introductions: IntroductionRow[];
  readonly introductionStatusChanges: IntroductionStatusChangeRow[];
  readonly placements: PlacementRow[];
  readonly aftercareCheckIns: AftercareCheckInRow[];
}

/** Appends in a loop: spreading 100,000+ rows into push() overflows the call stack. */
function append<T>(target: T[], rows: readonly T[]): void {
  for (const row of rows) target.push(row);
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`${name} must be an integer of at least ${min}, got ${value}`);
}

/**
 * The whole demo data set for the three active regions, computed without touching a database:
 * the same options always give the same rows (ids included).
 */
export function generateDemoDataset(options: DemoDataOptions): DemoDataset {
  const jobSeekerCount = options.jobSeekersPerRegion;
  const employerCount = options.employersPerRegion ?? DEMO_DATA_DEFAULTS.employersPerRegion;
  const vacancyCount = options.vacanciesPerRegion ?? DEMO_DATA_DEFAULTS.vacanciesPerRegion;
  checkCount('jobSeekersPerRegion', jobSeekerCount, 0);
  checkCount('employersPerRegion', employerCount, 1);
  checkCount('vacanciesPerRegion', vacancyCount, 0);

  const staff = generateStaff();
  const dataset: DemoDataset = {
    organisations: staff.organisations,
    organisationRegions: staff.organisationRegions,
    staffUsers: staff.users,
    employers: [],
    employerLocations: [],
    employerContacts: [],
    employerUsers: [],
    userRegions: [...staff.userRegions],
    jobSeekers: [],
    jobSeekerCompetences: [],
    jobSeekerConsentChanges: [],
    employerContactMoments: [],
    employerAgreements: [],
    vacancies: [],
    vacancyCompetences: [],
    jobCarvingRequests: [],
    jobCarvingJobs: [],
    introductions: [],
    introductionStatusChanges: [],
    placements: [],
    aftercareCheckIns: [],
  };
  const usedBsns = new Set<string>();
  const usedKvkNumbers = new Set<string>();

  for (const region of demoRegions()) {
    const accountManagerId = accountManagerIdOf(region);
    const consultantId = consultantIdOf(region);
    const withDemoEmployer = region.code === DEMO_EMPLOYER_REGION;

    const employers = generateEmployers({
      region,
      count: employerCount,
      accountManagerId,
      withDemoEmployer,
      usedKvkNumbers,
    });
    append(
      dataset.employers,
      employers.map((employer) => employer.row),
    );
    append(
      dataset.employerLocations,
      employers.flatMap((employer) => employer.locations),
    );
    append(
      dataset.employerContacts,
      employers.flatMap((employer) => employer.contacts),
    );
    const crm = generateEmployerCrm(employers.map((employer) => employer.row));
    append(dataset.employerContactMoments, crm.contactMoments);
    append(dataset.employerAgreements, crm.agreements);
    if (withDemoEmployer) {
      const user = demoEmployerUser(employers[0].row.id);
      dataset.employerUsers.push(user);
      dataset.userRegions.push({ userId: user.id, regionCode: region.code });
    }

    const people = generateJobSeekers({ region, count: jobSeekerCount, consultantId, usedBsns });
    append(dataset.jobSeekers, people.jobSeekers);
    append(dataset.jobSeekerCompetences, people.competences);
    append(dataset.jobSeekerConsentChanges, consentHistory(people.jobSeekers));

    const { vacancies, competences } = generateVacancies({
      region,
      count: vacancyCount,
      employers,
      withDemoEmployer,
    });
    append(
      dataset.vacancies,
      vacancies.map((vacancy) => vacancy.row),
    );
    append(dataset.vacancyCompetences, competences);

    const carving = generateJobCarvingRequests({
      region,
      employers,
      vacancies,
      accountManager: demoLoginActor(`am.${region.slug}@demo.werkbrug.nl`),
      demoEmployerUser: withDemoEmployer ? demoLoginActor('werkgever@demo.werkbrug.nl') : null,
    });
    append(dataset.jobCarvingRequests, carving.requests);
    append(dataset.jobCarvingJobs, carving.jobs);

    const introductions = generateIntroductions({
      region,
      count: Math.min(INTRODUCTIONS_PER_REGION, Math.floor(jobSeekerCount / 4)),
      vacancies,
      jobSeekers: people.jobSeekers,
      actors: { accountManagerId, consultantId },
      featuredVacancies: withDemoEmployer
        ? vacancies.filter((vacancy) => vacancy.employer === employers[0])
        : [],
    });
    append(dataset.introductions, introductions.introductions);
    append(dataset.introductionStatusChanges, introductions.changes);
    const placements = generatePlacements({
      region,
      count: Math.min(PLACEMENTS_PER_REGION, Math.floor(jobSeekerCount / 10)),
      placed: introductions.placed,
      vacancies,
      jobSeekers: people.jobSeekers,
      featuredVacancies: withDemoEmployer
        ? vacancies.filter((vacancy) => vacancy.employer === employers[0])
        : [],
    });
    const placementsWithTerms = placements.map((placement, index) =>
      withPlacementTerms(placement, region.code, index),
    );
    append(dataset.placements, placementsWithTerms);
    append(
      dataset.aftercareCheckIns,
      generateAftercareCheckIns({
        regionCode: region.code,
        placements: placementsWithTerms,
        accountManagerId,
      }),
    );
  }
  return dataset;
}
