import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/auth/password.js';
import {
  CompetenceEntity,
  CompetenceTaxonomyEntity,
} from '../../modules/competence/competence.entity.js';
import {
  EmployerAgreementEntity,
  EmployerContactMomentEntity,
} from '../../modules/employer/employer-crm.entity.js';
import {
  EmployerContactEntity,
  EmployerEntity,
  EmployerLocationEntity,
} from '../../modules/employer/employer.entity.js';
import {
  IntroductionEntity,
  IntroductionStatusChangeEntity,
} from '../../modules/introduction/introduction.entity.js';
import {
  JobCarvingJobEntity,
  JobCarvingRequestEntity,
} from '../../modules/job-carving/job-carving.entity.js';
import { JobSeekerConsentChangeEntity } from '../../modules/job-seeker/job-seeker-consent.entity.js';
import {
  JobSeekerCompetenceEntity,
  JobSeekerEntity,
} from '../../modules/job-seeker/job-seeker.entity.js';
import {
  OrganisationEntity,
  OrganisationRegionEntity,
} from '../../modules/organisation/organisation.entity.js';
import { PlacementEntity } from '../../modules/placement/placement.entity.js';
import { AftercareCheckInEntity } from '../../modules/aftercare/aftercare-check-in.entity.js';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from '../../modules/region/region.entity.js';
import { UserEntity, UserRegionEntity } from '../../modules/user/user.entity.js';
import { VacancyCompetenceEntity, VacancyEntity } from '../../modules/vacancy/vacancy.entity.js';
import { bulkInsert } from './bulk-insert.js';
import { generateDemoDataset, type DemoDataOptions, type DemoDataset } from './demo/dataset.js';
import { DEMO_PASSWORD } from './demo/organisations.js';
import { seedResultsDemoData } from './demo/results.js';

export {
  DEMO_DATA_DEFAULTS,
  generateDemoDataset,
  type DemoDataOptions,
  type DemoDataset,
} from './demo/dataset.js';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './demo/organisations.js';

/** Rows per table of the inserted demo data. */
export type DemoDataSummary = Record<string, number>;

export function summarise(dataset: DemoDataset): DemoDataSummary {
  return {
    organisation: dataset.organisations.length,
    app_user: dataset.staffUsers.length + dataset.employerUsers.length,
    employer: dataset.employers.length,
    employer_location: dataset.employerLocations.length,
    employer_contact: dataset.employerContacts.length,
    job_seeker: dataset.jobSeekers.length,
    job_seeker_competence: dataset.jobSeekerCompetences.length,
    job_seeker_consent_change: dataset.jobSeekerConsentChanges.length,
    employer_contact_moment: dataset.employerContactMoments.length,
    employer_agreement: dataset.employerAgreements.length,
    vacancy: dataset.vacancies.length,
    vacancy_competence: dataset.vacancyCompetences.length,
    job_carving_request: dataset.jobCarvingRequests.length,
    job_carving_job: dataset.jobCarvingJobs.length,
    introduction: dataset.introductions.length,
    introduction_status_change: dataset.introductionStatusChanges.length,
    placement: dataset.placements.length,
    aftercare_check_in: dataset.aftercareCheckIns.length,
  };
}

/**
 * Inserts the deterministic demo data for the three active regions in one transaction. Expects
 * the reference data (regions, municipalities, postcodes, competences) to be synced and the
 * operational tables to be empty. The demo password is hashed once for every demo login.
 */
export async function seedDemoData(
  dataSource: DataSource,
  options: DemoDataOptions,
): Promise<DemoDataSummary> {
  const dataset = generateDemoDataset(options);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const withPassword = (users: DemoDataset['staffUsers']) =>
    users.map((user) => ({ ...user, passwordHash }));

  return dataSource.transaction(async (manager) => {
    await bulkInsert(manager, OrganisationEntity, dataset.organisations);
    await bulkInsert(manager, OrganisationRegionEntity, dataset.organisationRegions);
    await bulkInsert(manager, UserEntity, withPassword(dataset.staffUsers));
    await bulkInsert(manager, EmployerEntity, dataset.employers);
    await bulkInsert(manager, EmployerLocationEntity, dataset.employerLocations);
    await bulkInsert(manager, EmployerContactEntity, dataset.employerContacts);
    await bulkInsert(manager, UserEntity, withPassword(dataset.employerUsers));
    await bulkInsert(manager, UserRegionEntity, dataset.userRegions);
    await bulkInsert(manager, JobSeekerEntity, dataset.jobSeekers);
    await bulkInsert(manager, JobSeekerCompetenceEntity, dataset.jobSeekerCompetences);
    await bulkInsert(manager, JobSeekerConsentChangeEntity, dataset.jobSeekerConsentChanges);
    await bulkInsert(manager, EmployerContactMomentEntity, dataset.employerContactMoments);
    await bulkInsert(manager, EmployerAgreementEntity, dataset.employerAgreements);
    await bulkInsert(manager, VacancyEntity, dataset.vacancies);
    await bulkInsert(manager, VacancyCompetenceEntity, dataset.vacancyCompetences);
    await bulkInsert(manager, JobCarvingRequestEntity, dataset.jobCarvingRequests);
    await bulkInsert(manager, JobCarvingJobEntity, dataset.jobCarvingJobs);
    await bulkInsert(manager, IntroductionEntity, dataset.introductions);
    await bulkInsert(manager, IntroductionStatusChangeEntity, dataset.introductionStatusChanges);
    await bulkInsert(manager, PlacementEntity, dataset.placements);
    await bulkInsert(manager, AftercareCheckInEntity, dataset.aftercareCheckIns);
    return seedResultsDemoData(manager, dataset, summarise(dataset));
  });
}

/** Tables synced from @werkbrug/reference-data; everything else is operational data. */
const REFERENCE_ENTITIES = [
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
  CompetenceTaxonomyEntity,
  CompetenceEntity,
];

/** The tables that hold operational data: every table of the data source but the reference ones. */
export function operationalTables(dataSource: DataSource): string[] {
  const reference = new Set(
    REFERENCE_ENTITIES.map((entity) => dataSource.getMetadata(entity).tableName),
  );
  const tables = dataSource.entityMetadatas
    .map((metadata) => metadata.tableName)
    .filter((table) => !reference.has(table));
  return [...new Set(tables)].sort();
}

/**
 * Empties every operational table (users, employers, job-seekers, pipeline, audit log) and
 * restarts their sequences, keeping the reference data. Without CASCADE: should a reference table
 * ever point at an operational one, this fails instead of emptying the reference table too.
 */
export async function truncateOperationalData(dataSource: DataSource): Promise<void> {
  const tables = operationalTables(dataSource).map((table) => `"${table}"`);
  await dataSource.query(`TRUNCATE TABLE ${tables.join(', ')} RESTART IDENTITY`);
}

/** How much operational data the database holds, to refuse seeding on top of it. */
export async function countExistingData(
  dataSource: DataSource,
): Promise<{ users: number; employers: number; jobSeekers: number }> {
  const [row] = (await dataSource.query(
    `SELECT (SELECT count(*) FROM app_user)::int AS users,
            (SELECT count(*) FROM employer)::int AS employers,
            (SELECT count(*) FROM job_seeker)::int AS "jobSeekers"`,
  )) as [{ users: number; employers: number; jobSeekers: number }];
  return row;
}
