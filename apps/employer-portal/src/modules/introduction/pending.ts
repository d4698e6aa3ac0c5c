import type { IntroductionStatus } from '@werkbrug/domain-rules';

/** Introductions still under way: at the WSP, or waiting for the employer's next step. */
export const PENDING_INTRODUCTION_STATUSES: readonly IntroductionStatus[] = [
  'PROPOSED',
  'CONSENT_REQUESTED',
  'CONSENTED',
  'INTRODUCED',
  'INTERVIEW',
  'TRIAL_PLACEMENT',
];

export function isPendingIntroduction({ status }: { status: IntroductionStatus }): boolean {
  return PENDING_INTRODUCTION_STATUSES.includes(status);
}
