// How an introduction ends, and how a job-seeker's consent to one introduction is recorded.
// Pure rules shared by the API (validation) and the WSP portal (the choices it offers).
import { isConsentExpired, type ConsentMethod } from './consent-crm.js';
import type { IsoDate } from './dates.js';
import type { IntroductionStatus } from './enums.js';

export const INTRODUCTION_END_REASONS = [
  'DECLINED_BY_JOB_SEEKER',
  'DECLINED_BY_EMPLOYER',
  'NOT_SUITABLE',
  'VACANCY_FILLED',
  'OTHER',
] as const;
export type IntroductionEndReason = (typeof INTRODUCTION_END_REASONS)[number];

export const INTRODUCTION_END_REASON_LABELS: Record<IntroductionEndReason, string> = {
  DECLINED_BY_JOB_SEEKER: 'Afgewezen door de inwoner',
  DECLINED_BY_EMPLOYER: 'Afgewezen door de werkgever',
  NOT_SUITABLE: 'Niet passend',
  VACANCY_FILLED: 'Vacature al vervuld',
  OTHER: 'Een andere reden',
};

/**
 * The statuses that end an introduction without a placement, with the reasons that fit each:
 * the job-seeker declining consent is their own "no"; the employer rejects after the introduction;
 * the WSP withdraws for any reason.
 */
export const END_REASONS_BY_STATUS = {
  DECLINED: ['DECLINED_BY_JOB_SEEKER', 'OTHER'],
  REJECTED: ['DECLINED_BY_EMPLOYER', 'NOT_SUITABLE', 'VACANCY_FILLED', 'OTHER'],
  WITHDRAWN: [
    'DECLINED_BY_JOB_SEEKER',
    'DECLINED_BY_EMPLOYER',
    'NOT_SUITABLE',
    'VACANCY_FILLED',
    'OTHER',
  ],
} as const satisfies Partial<Record<IntroductionStatus, readonly IntroductionEndReason[]>>;

export type IntroductionEndStatus = keyof typeof END_REASONS_BY_STATUS;

export function isIntroductionEndStatus(
  status: IntroductionStatus,
): status is IntroductionEndStatus {
  return status in END_REASONS_BY_STATUS;
}

/** The reasons that may end an introduction with `status`; none for a status that does not end one. */
export function endReasonsFor(status: IntroductionStatus): readonly IntroductionEndReason[] {
  return isIntroductionEndStatus(status) ? END_REASONS_BY_STATUS[status] : [];
}

/** Why a step's end reason is wrong (Dutch), or null when it fits: required for an end status, refused otherwise. */
export function checkEndReason(
  status: IntroductionStatus,
  reason: IntroductionEndReason | null | undefined,
): string | null {
  const fitting = endReasonsFor(status);
  if (fitting.length === 0)
    return reason ? 'Een reden hoort alleen bij het beëindigen van een introductie.' : null;
  if (!reason) return 'Kies waarom de introductie stopt.';
  return fitting.includes(reason)
    ? null
    : `"${INTRODUCTION_END_REASON_LABELS[reason]}" past niet bij deze stap.`;
}

export interface IntroductionConsent {
  givenOn: IsoDate;
  /** How it was given: the same ways as consent to be matched. */
  method: ConsentMethod;
  expiresOn?: IsoDate | null;
}

/** Field errors (field relative to the consent) for a recorded consent; empty when it holds. */
export function checkIntroductionConsent(
  consent: IntroductionConsent,
  today: IsoDate,
): { field: 'givenOn' | 'expiresOn'; message: string }[] {
  const errors: { field: 'givenOn' | 'expiresOn'; message: string }[] = [];
  if (consent.givenOn > today)
    errors.push({
      field: 'givenOn',
      message: 'De datum van de toestemming ligt niet in de toekomst.',
    });
  if (consent.expiresOn && consent.expiresOn <= consent.givenOn) {
    errors.push({
      field: 'expiresOn',
      message: 'De toestemming verloopt na de datum waarop ze is gegeven.',
    });
  } else if (consent.expiresOn && isConsentExpired(consent.expiresOn, today)) {
    errors.push({ field: 'expiresOn', message: 'Deze toestemming is al verlopen.' });
  }
  return errors;
}
