// The job-seekers' consent details and history, and the account managers' CRM notes (contact
// moments, agreements) per employer. Derived from rows already generated, with their own random
// streams, so adding them changes no other demo row.
import {
  addMonths,
  CONSENT_METHODS,
  CONTACT_CHANNELS,
  type ConsentMethod,
  type IsoDate,
} from '@werkbrug/domain-rules';
import { daysAgo, duringOfficeHours, REFERENCE_DATE } from './calendar.js';
import { Random, stableUuid } from './prng.js';
import type {
  EmployerAgreementRow,
  EmployerContactMomentRow,
  EmployerRow,
  JobSeekerConsentChangeRow,
  JobSeekerRow,
} from './rows.js';

const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Consent details for a job-seeker's consent status: the day it was given or withdrawn (that of
 * consentUpdatedAt), how (by the id, no random draw), and for GRANTED a one-year term renewed
 * yearly, so that no demo consent lapses within half a year of the reference date.
 */
export function consentDetails(
  row: Pick<JobSeekerRow, 'id' | 'consentStatus' | 'consentUpdatedAt' | 'consultantId'>,
): Pick<
  JobSeekerRow,
  'consentEffectiveOn' | 'consentMethod' | 'consentExpiresOn' | 'consentRecordedById'
> {
  if (row.consentStatus === 'NOT_ASKED' || row.consentUpdatedAt === null)
    return {
      consentEffectiveOn: null,
      consentMethod: null,
      consentExpiresOn: null,
      consentRecordedById: null,
    };
  const effectiveOn = DUTCH_DATE.format(row.consentUpdatedAt);
  const method: ConsentMethod =
    CONSENT_METHODS[Number.parseInt(row.id.slice(0, 2), 16) % CONSENT_METHODS.length];
  let expiresOn: IsoDate | null = null;
  if (row.consentStatus === 'GRANTED') {
    const horizon = addMonths(REFERENCE_DATE, 6);
    let years = 1;
    while (addMonths(effectiveOn, 12 * years) <= horizon) years++;
    expiresOn = addMonths(effectiveOn, 12 * years);
  }
  return {
    consentEffectiveOn: effectiveOn,
    consentMethod: method,
    consentExpiresOn: expiresOn,
    consentRecordedById: row.consultantId,
  };
}

/** One history row per job-seeker whose consent was ever recorded: the current state. */
export function consentHistory(rows: readonly JobSeekerRow[]): JobSeekerConsentChangeRow[] {
  return rows.flatMap((row) =>
    row.consentStatus === 'NOT_ASKED' ||
    row.consentEffectiveOn === null ||
    row.consentUpdatedAt === null
      ? []
      : [
          {
            id: stableUuid('job-seeker-consent-change', row.id, 0),
            jobSeekerId: row.id,
            status: row.consentStatus,
            method: row.consentMethod,
            effectiveOn: row.consentEffectiveOn,
            expiresOn: row.consentExpiresOn,
            recordedById: row.consentRecordedById,
            recordedAt: row.consentUpdatedAt,
          },
        ],
  );
}

const SUBJECTS = [
  'Kennismaking en wensen voor personeel',
  'Terugkoppeling na proefplaatsing',
  'Voortgang garantiebanen',
  'Vragen over loonkostensubsidie',
  'Mogelijkheden voor jobcarving besproken',
  'Nazorg lopende plaatsing',
  'Nieuwe vacature doorgesproken',
  'Werkplekbezoek met jobcoach',
];

const NOTES = [
  'Werkgever staat open voor meer kandidaten uit het doelgroepregister.',
  'Afgesproken om over zes weken opnieuw contact te hebben.',
  'Begeleiding op de werkvloer loopt goed; geen knelpunten.',
  'Werkgever wil eerst de loonwaardemeting afwachten.',
  '',
];

const AGREEMENTS = [
  {
    kind: 'GARANTIEBANEN',
    description: 'Garantiebanen voor mensen uit het doelgroepregister',
    places: [2, 6],
  },
  {
    kind: 'JOB_CARVING',
    description: 'Werkanalyse en het uitnemen van eenvoudige taken',
    places: null,
  },
  { kind: 'BESCHUT_WERK', description: 'Beschutte werkplekken met begeleiding', places: [1, 3] },
  {
    kind: 'OTHER',
    description: 'Leerwerkplekken in samenwerking met het werkbedrijf',
    places: [1, 4],
  },
] as const;

/** Two to four contact moments and at most one agreement per employer, recorded by its account manager. */
export function generateEmployerCrm(employers: readonly EmployerRow[]): {
  contactMoments: EmployerContactMomentRow[];
  agreements: EmployerAgreementRow[];
} {
  const contactMoments: EmployerContactMomentRow[] = [];
  const agreements: EmployerAgreementRow[] = [];
  for (const employer of employers) {
    const rng = Random.of('employer-crm', employer.id);
    const count = rng.int(2, 4);
    for (let index = 0; index < count; index++) {
      const contactedOn = daysAgo(rng, 3, 400);
      const recordedAt = duringOfficeHours(rng, contactedOn);
      contactMoments.push({
        id: stableUuid('employer-contact-moment', employer.id, index),
        employerId: employer.id,
        contactedOn,
        channel: rng.pick(CONTACT_CHANNELS),
        subject: rng.pick(SUBJECTS),
        note: rng.pick(NOTES),
        recordedById: employer.accountManagerId,
        createdAt: recordedAt,
        updatedAt: recordedAt,
      });
    }
    if (!rng.chance(0.5)) continue;
    const template = rng.pick(AGREEMENTS);
    const validFrom = daysAgo(rng, 30, 500);
    const recordedAt = duringOfficeHours(rng, validFrom);
    agreements.push({
      id: stableUuid('employer-agreement', employer.id, 0),
      employerId: employer.id,
      kind: template.kind,
      description: template.description,
      places: template.places === null ? null : rng.int(template.places[0], template.places[1]),
      validFrom,
      validTo: addMonths(validFrom, 24),
      status: 'ACTIVE',
      recordedById: employer.accountManagerId,
      createdAt: recordedAt,
      updatedAt: recordedAt,
    });
  }
  return { contactMoments, agreements };
}
