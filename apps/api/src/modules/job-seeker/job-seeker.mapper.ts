import {
  COMPETENCE_GROUPS,
  earningCapacityBand,
  formatPostcode,
  isAvailabilityStale,
  isConsentExpired,
  isJongere,
  type IsoDate,
} from '@werkbrug/domain-rules';
import type { Viewer } from '../../common/auth/viewer.js';
import { toMunicipalityModel } from '../region/region.mapper.js';
import { todayInNetherlands } from './calendar.js';
import { assertCanReadFiles, canSeeMaskedBsn, isFileOwner } from './job-seeker-access.js';
import type { JobSeekerConsentChangeEntity } from './job-seeker-consent.entity.js';
import type { JobSeekerCompetenceEntity } from './job-seeker.entity.js';
import type { JobSeekerRecord } from './job-seeker.repository.js';
import {
  JobSeekerCompetenceModel,
  JobSeekerConsentChangeModel,
  JobSeekerModel,
} from './dto/job-seeker.model.js';

/** The masked BSN as the domain shows it ('*******82'), built from the two digits the repository reads. */
const maskedBsn = (lastDigits: string) => `*******${lastDigits}`;

const groupOrder = (group: string) =>
  COMPETENCE_GROUPS.indexOf(group as (typeof COMPETENCE_GROUPS)[number]);

const toCompetenceModel = (row: JobSeekerCompetenceEntity): JobSeekerCompetenceModel =>
  Object.assign(new JobSeekerCompetenceModel(), {
    competence: {
      code: row.competence.code,
      label: row.competence.label,
      group: row.competence.group,
    },
    level: row.level,
    assessedAt: row.assessedAt,
  });

/**
 * The file as this viewer may see it. Every field is copied by name (nothing is spread from the
 * record), so a column added later stays out until someone decides who may see it.
 * - bsnMasked: consultants only; the full BSN is in no output type.
 * - workLimitations: the file's own consultant only.
 * Refuses roles that get no files at all, as a second lock behind the repository.
 */
export function toJobSeekerModel(
  record: JobSeekerRecord,
  viewer: Viewer,
  today: IsoDate = todayInNetherlands(),
): JobSeekerModel {
  assertCanReadFiles(viewer);
  return Object.assign(new JobSeekerModel(), {
    id: record.id,
    candidateNumber: record.candidateNumber,
    firstName: record.firstName,
    lastName: record.lastName,
    bsnMasked:
      canSeeMaskedBsn(viewer) && record.bsnLastDigits ? maskedBsn(record.bsnLastDigits) : null,
    birthDate: record.birthDate,
    jongere:
      record.birthDate && record.birthDate <= today ? isJongere(record.birthDate, today) : null,
    email: record.email,
    phone: record.phone,
    postcode: formatPostcode({
      pc4: record.postcode.slice(0, 4),
      letters: record.postcode.slice(4) || null,
    }),
    pc4: record.pc4,
    municipality: toMunicipalityModel(record.municipality),
    regionCode: record.municipality.regionCode,
    consultant: record.consultant
      ? { id: record.consultant.id, displayName: record.consultant.displayName }
      : null,
    earningCapacityPercent: record.earningCapacityPercent,
    earningCapacityBand: earningCapacityBand(record.earningCapacityPercent),
    loonwaardePercent: record.loonwaardePercent,
    clientProfile: record.clientProfile,
    perspectiveGroup: record.perspectiveGroup,
    participationStep: record.participationStep,
    doelgroepregister: record.doelgroepregister,
    indicatieBeschutWerk: record.indicatieBeschutWerk,
    wswOud: record.wswOud,
    statushouder: record.statushouder,
    hoursAvailable: record.hoursAvailable,
    maxTravelMinutes: record.maxTravelMinutes,
    maxTravelKm: record.maxTravelKm,
    transportModes: [...record.transportModes],
    hasDrivingLicence: record.hasDrivingLicence,
    sectorPreferences: [...record.sectorPreferences],
    workLimitations: isFileOwner(viewer, record) ? record.workLimitations : null,
    consentStatus: record.consentStatus,
    consentUpdatedAt: record.consentUpdatedAt,
    consentEffectiveOn: record.consentEffectiveOn,
    consentMethod: record.consentMethod,
    consentExpiresOn: record.consentExpiresOn,
    consentExpired:
      record.consentStatus === 'GRANTED' && isConsentExpired(record.consentExpiresOn, today),
    consentRecordedBy: record.consentRecordedBy?.displayName ?? null,
    availabilityConfirmedAt: record.availabilityConfirmedAt,
    availabilityStale: isAvailabilityStale(record.availabilityConfirmedAt, today),
    competences: [...(record.competences ?? [])]
      .sort(
        (a, b) =>
          groupOrder(a.competence.group) - groupOrder(b.competence.group) ||
          a.competence.label.localeCompare(b.competence.label, 'nl'),
      )
      .map(toCompetenceModel),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archivedAt: record.archivedAt,
  });
}

/** Expects recordedBy loaded. */
export const toConsentChangeModel = (
  row: JobSeekerConsentChangeEntity,
): JobSeekerConsentChangeModel =>
  Object.assign(new JobSeekerConsentChangeModel(), {
    id: row.id,
    status: row.status,
    method: row.method,
    effectiveOn: row.effectiveOn,
    expiresOn: row.expiresOn,
    recordedBy: row.recordedBy?.displayName ?? null,
    recordedAt: row.recordedAt,
  });
