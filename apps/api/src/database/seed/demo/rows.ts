// The rows the generators produce: plain objects with the entities' column properties, so a change
// to an entity that the generator does not follow fails to compile.
import type { AftercareCheckInEntity } from '../../../modules/aftercare/aftercare-check-in.entity.js';
import type {
  EmployerAgreementEntity,
  EmployerContactMomentEntity,
} from '../../../modules/employer/employer-crm.entity.js';
import type {
  EmployerContactEntity,
  EmployerEntity,
  EmployerLocationEntity,
} from '../../../modules/employer/employer.entity.js';
import type {
  IntroductionEntity,
  IntroductionStatusChangeEntity,
} from '../../../modules/introduction/introduction.entity.js';
import type {
  JobCarvingJobEntity,
  JobCarvingRequestEntity,
} from '../../../modules/job-carving/job-carving.entity.js';
import type { JobSeekerConsentChangeEntity } from '../../../modules/job-seeker/job-seeker-consent.entity.js';
import type {
  JobSeekerCompetenceEntity,
  JobSeekerEntity,
} from '../../../modules/job-seeker/job-seeker.entity.js';
import type {
  OrganisationEntity,
  OrganisationRegionEntity,
} from '../../../modules/organisation/organisation.entity.js';
import type { PlacementEntity } from '../../../modules/placement/placement.entity.js';
import type { UserEntity, UserRegionEntity } from '../../../modules/user/user.entity.js';
import type {
  VacancyCompetenceEntity,
  VacancyEntity,
} from '../../../modules/vacancy/vacancy.entity.js';

type Timestamps = 'createdAt' | 'updatedAt';

export type OrganisationRow = Pick<OrganisationEntity, 'id' | 'name' | 'kind' | Timestamps>;
export type OrganisationRegionRow = Pick<OrganisationRegionEntity, 'organisationId' | 'regionCode'>;
/** A user without its password hash: the seed hashes the demo password once and adds it. */
export type UserRow = Pick<
  UserEntity,
  'id' | 'email' | 'displayName' | 'role' | 'isDemo' | 'organisationId' | 'employerId' | Timestamps
>;
export type UserRegionRow = Pick<UserRegionEntity, 'userId' | 'regionCode'>;

export type EmployerRow = Pick<
  EmployerEntity,
  | 'id'
  | 'name'
  | 'kvkNumber'
  | 'sector'
  | 'sbiCode'
  | 'regionCode'
  | 'accountManagerId'
  | Timestamps
>;
export type EmployerLocationRow = Pick<
  EmployerLocationEntity,
  'id' | 'employerId' | 'name' | 'street' | 'postcode' | 'pc4' | 'city' | Timestamps
>;
export type EmployerContactRow = Pick<
  EmployerContactEntity,
  'id' | 'employerId' | 'name' | 'jobTitle' | 'email' | 'phone' | Timestamps
>;

/** Every column but the serial candidate number, which the database assigns. */
export type JobSeekerRow = Pick<
  JobSeekerEntity,
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'bsn'
  | 'birthDate'
  | 'email'
  | 'phone'
  | 'postcode'
  | 'pc4'
  | 'municipalityCode'
  | 'consultantId'
  | 'earningCapacityPercent'
  | 'loonwaardePercent'
  | 'clientProfile'
  | 'perspectiveGroup'
  | 'participationStep'
  | 'doelgroepregister'
  | 'indicatieBeschutWerk'
  | 'wswOud'
  | 'statushouder'
  | 'hoursAvailable'
  | 'maxTravelMinutes'
  | 'maxTravelKm'
  | 'transportModes'
  | 'hasDrivingLicence'
  | 'sectorPreferences'
  | 'workLimitations'
  | 'consentStatus'
  | 'consentUpdatedAt'
  | 'consentEffectiveOn'
  | 'consentMethod'
  | 'consentExpiresOn'
  | 'consentRecordedById'
  | 'availabilityConfirmedAt'
  | Timestamps
>;
export type JobSeekerConsentChangeRow = Pick<
  JobSeekerConsentChangeEntity,
  | 'id'
  | 'jobSeekerId'
  | 'status'
  | 'method'
  | 'effectiveOn'
  | 'expiresOn'
  | 'recordedById'
  | 'recordedAt'
>;
export type EmployerContactMomentRow = Pick<
  EmployerContactMomentEntity,
  | 'id'
  | 'employerId'
  | 'contactedOn'
  | 'channel'
  | 'subject'
  | 'note'
  | 'recordedById'
  | 'createdAt'
  | 'updatedAt'
>;
export type EmployerAgreementRow = Pick<
  EmployerAgreementEntity,
  | 'id'
  | 'employerId'
  | 'kind'
  | 'description'
  | 'places'
  | 'validFrom'
  | 'validTo'
  | 'status'
  | 'recordedById'
  | 'createdAt'
  | 'updatedAt'
>;
export type JobSeekerCompetenceRow = Pick<
  JobSeekerCompetenceEntity,
  'jobSeekerId' | 'competenceCode' | 'level' | 'assessedAt'
>;

export type VacancyRow = Pick<
  VacancyEntity,
  | 'id'
  | 'employerId'
  | 'locationId'
  | 'title'
  | 'description'
  | 'kind'
  | 'status'
  | 'sector'
  | 'hoursMin'
  | 'hoursMax'
  | 'openings'
  | 'contractType'
  | 'wageMinCents'
  | 'wageMaxCents'
  | 'startsOn'
  | 'closesOn'
  | Timestamps
>;
export type VacancyCompetenceRow = Pick<
  VacancyCompetenceEntity,
  'vacancyId' | 'competenceCode' | 'minLevel' | 'weight' | 'requirement'
>;

export type JobCarvingRequestRow = Pick<
  JobCarvingRequestEntity,
  | 'id'
  | 'employerId'
  | 'department'
  | 'reason'
  | 'notes'
  | 'status'
  | 'submittedById'
  | 'vacancyId'
  | 'statusHistory'
  | 'analysis'
  | 'proposal'
  | Timestamps
>;
export type JobCarvingJobRow = Pick<
  JobCarvingJobEntity,
  'id' | 'requestId' | 'title' | 'headcount' | 'tasks'
>;

export type IntroductionRow = Pick<
  IntroductionEntity,
  | 'id'
  | 'vacancyId'
  | 'jobSeekerId'
  | 'status'
  | 'matchScore'
  | 'createdById'
  | 'endReason'
  | 'consentGivenOn'
  | 'consentMethod'
  | 'consentExpiresOn'
  | Timestamps
>;
export type IntroductionStatusChangeRow = Pick<
  IntroductionStatusChangeEntity,
  | 'id'
  | 'introductionId'
  | 'fromStatus'
  | 'toStatus'
  | 'changedById'
  | 'note'
  | 'endReason'
  | 'changedAt'
>;

export type PlacementRow = Pick<
  PlacementEntity,
  | 'id'
  | 'jobSeekerId'
  | 'employerId'
  | 'vacancyId'
  | 'introductionId'
  | 'contractType'
  | 'hoursPerWeek'
  | 'startDate'
  | 'endDate'
  | 'instruments'
  | Timestamps
> &
  Partial<
    Pick<
      PlacementEntity,
      | 'arrangement'
      | 'hourlyWage'
      | 'loonwaardePercentage'
      | 'jobcoachHours'
      | 'jobcoachHoursUnit'
      | 'endReason'
    >
  >;

export type AftercareCheckInRow = Pick<
  AftercareCheckInEntity,
  | 'id'
  | 'placementId'
  | 'kind'
  | 'dueDate'
  | 'status'
  | 'completedOn'
  | 'completedById'
  | 'outcome'
  | 'note'
  | 'channel'
  | Timestamps
>;
