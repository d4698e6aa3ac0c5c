import { AftercareCheckInEntity } from '../modules/aftercare/aftercare-check-in.entity.js';
import { PersonalDataAccessEntity } from '../modules/audit/personal-data-access.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import {
  CompetenceEntity,
  CompetenceTaxonomyEntity,
} from '../modules/competence/competence.entity.js';
import {
  EmployerAgreementEntity,
  EmployerContactMomentEntity,
} from '../modules/employer/employer-crm.entity.js';
import {
  EmployerContactEntity,
  EmployerEntity,
  EmployerLocationEntity,
} from '../modules/employer/employer.entity.js';
import {
  IntroductionEntity,
  IntroductionStatusChangeEntity,
} from '../modules/introduction/introduction.entity.js';
import {
  JobCarvingJobEntity,
  JobCarvingRequestEntity,
} from '../modules/job-carving/job-carving.entity.js';
import { JobSeekerConsentChangeEntity } from '../modules/job-seeker/job-seeker-consent.entity.js';
import {
  JobSeekerCompetenceEntity,
  JobSeekerEntity,
} from '../modules/job-seeker/job-seeker.entity.js';
import { AssignmentProposalEntity } from '../modules/matching/assignment-proposal.entity.js';
import {
  OrganisationEntity,
  OrganisationRegionEntity,
} from '../modules/organisation/organisation.entity.js';
import { PlacementEntity } from '../modules/placement/placement.entity.js';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from '../modules/region/region.entity.js';
import {
  BenefitExitEntity,
  JobSeekerFlagPeriodEntity,
  MunicipalityTargetEntity,
  RegionTargetEntity,
} from '../modules/results/results.entity.js';
import { UserEntity, UserRegionEntity } from '../modules/user/user.entity.js';
import { VacancyCompetenceEntity, VacancyEntity } from '../modules/vacancy/vacancy.entity.js';

export const ENTITIES = [
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
  OrganisationEntity,
  OrganisationRegionEntity,
  UserEntity,
  UserRegionEntity,
  SessionEntity,
  EmployerEntity,
  EmployerLocationEntity,
  EmployerContactEntity,
  EmployerContactMomentEntity,
  EmployerAgreementEntity,
  CompetenceTaxonomyEntity,
  CompetenceEntity,
  JobSeekerEntity,
  JobSeekerCompetenceEntity,
  JobSeekerConsentChangeEntity,
  VacancyEntity,
  VacancyCompetenceEntity,
  JobCarvingRequestEntity,
  JobCarvingJobEntity,
  IntroductionEntity,
  IntroductionStatusChangeEntity,
  PlacementEntity,
  AftercareCheckInEntity,
  PersonalDataAccessEntity,
  AssignmentProposalEntity,
  RegionTargetEntity,
  MunicipalityTargetEntity,
  JobSeekerFlagPeriodEntity,
  BenefitExitEntity,
];
