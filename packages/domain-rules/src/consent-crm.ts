// Consent to be matched and the WSP's employer relations (CRM): the enums and pure rules both the
// API and the portals need.
import { addDays, addMonths, type IsoDate } from './dates.js';

/** How the job-seeker gave (or withdrew) consent. */
export const CONSENT_METHODS = ['IN_PERSON', 'PHONE', 'IN_WRITING', 'DIGITAL'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  IN_PERSON: 'In een gesprek',
  PHONE: 'Telefonisch',
  IN_WRITING: 'Schriftelijk',
  DIGITAL: 'Digitaal',
};

/** Consent to be matched is asked again after a year unless the consultant agrees another term. */
export const DEFAULT_CONSENT_TERM_MONTHS = 12;

/** The suggested expiry for consent given on `givenOn`. */
export function defaultConsentExpiry(givenOn: IsoDate): IsoDate {
  return addMonths(givenOn, DEFAULT_CONSENT_TERM_MONTHS);
}

/**
 * Consent holds up to and including the day before `expiresOn`: from that day on it counts as not
 * given. No expiry date: it holds until withdrawn.
 */
export function isConsentExpired(expiresOn: IsoDate | null, today: IsoDate): boolean {
  return expiresOn !== null && expiresOn <= today;
}

/** Availability not confirmed for this many days: the file is listed for follow-up. */
export const AVAILABILITY_STALE_AFTER_DAYS = 90;

/** Never confirmed, or last confirmed 90 days or more before `today`. */
export function isAvailabilityStale(confirmedOn: IsoDate | null, today: IsoDate): boolean {
  return confirmedOn === null || confirmedOn <= addDays(today, -AVAILABILITY_STALE_AFTER_DAYS);
}

/** The last confirmation date that is not yet stale on `today` (confirmed after the cut-off). */
export function availabilityStaleCutoff(today: IsoDate): IsoDate {
  return addDays(today, -AVAILABILITY_STALE_AFTER_DAYS);
}

export const CONTACT_CHANNELS = ['PHONE', 'EMAIL', 'VISIT', 'VIDEO', 'OTHER'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  PHONE: 'Telefoon',
  EMAIL: 'E-mail',
  VISIT: 'Bezoek',
  VIDEO: 'Videogesprek',
  OTHER: 'Anders',
};

export const AGREEMENT_KINDS = ['GARANTIEBANEN', 'BESCHUT_WERK', 'JOB_CARVING', 'OTHER'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  GARANTIEBANEN: 'Garantiebanen',
  BESCHUT_WERK: 'Beschut werk',
  JOB_CARVING: 'Jobcarving',
  OTHER: 'Anders',
};

export const AGREEMENT_STATUSES = ['DRAFT', 'ACTIVE', 'ENDED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  DRAFT: 'In voorbereiding',
  ACTIVE: 'Lopend',
  ENDED: 'Beëindigd',
};

/** An agreement's period: `validTo` (inclusive) may be open, but never before `validFrom`. */
export function isValidAgreementPeriod(validFrom: IsoDate, validTo: IsoDate | null): boolean {
  return validTo === null || validTo >= validFrom;
}
