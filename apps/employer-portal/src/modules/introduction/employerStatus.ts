import type { IntroductionStatus } from '@werkbrug/domain-rules';

/** The employer's words for each status: what happened from where the employer stands. */
export const EMPLOYER_STATUS_LABELS: Record<IntroductionStatus, string> = {
  PROPOSED: 'Aangevraagd',
  CONSENT_REQUESTED: 'Werkzoekende gevraagd',
  CONSENTED: 'Akkoord werkzoekende',
  DECLINED: 'Afgewezen door werkzoekende',
  INTRODUCED: 'Voorgesteld',
  INTERVIEW: 'Kennismakingsgesprek',
  TRIAL_PLACEMENT: 'Proefplaatsing',
  PLACED: 'Geplaatst',
  REJECTED: 'Niet aangenomen',
  WITHDRAWN: 'Ingetrokken',
};

export type StepState = 'done' | 'current' | 'todo' | 'stopped';

export interface IntroductionStep {
  label: string;
  state: StepState;
}

/** The way through the WSP, from the request to the introduction. */
const STEPS: readonly IntroductionStatus[] = [
  'PROPOSED',
  'CONSENT_REQUESTED',
  'CONSENTED',
  'INTRODUCED',
];
const AFTER_INTRODUCTION: readonly IntroductionStatus[] = [
  'INTERVIEW',
  'TRIAL_PLACEMENT',
  'PLACED',
  'REJECTED',
];

/**
 * The four steps with the state of each. DECLINED stops at the job-seeker's answer and WITHDRAWN
 * where it was withdrawn (the last status before it, from the history); from the introduction on
 * every step is done.
 */
export function introductionSteps(
  status: IntroductionStatus,
  previousStatus: IntroductionStatus | null = null,
): IntroductionStep[] {
  if (status === 'INTRODUCED' || AFTER_INTRODUCTION.includes(status)) {
    return STEPS.map((step) => ({ label: EMPLOYER_STATUS_LABELS[step], state: 'done' }));
  }
  if (status === 'DECLINED' || status === 'WITHDRAWN') {
    const stoppedAt =
      status === 'DECLINED' ? 2 : Math.max(STEPS.indexOf(previousStatus ?? 'PROPOSED'), 0) + 1;
    return STEPS.map((step, i) => ({
      label: i === stoppedAt ? EMPLOYER_STATUS_LABELS[status] : EMPLOYER_STATUS_LABELS[step],
      state: i < stoppedAt ? 'done' : i === stoppedAt ? 'stopped' : 'todo',
    }));
  }
  const current = STEPS.indexOf(status);
  return STEPS.map((step, i) => ({
    label: EMPLOYER_STATUS_LABELS[step],
    state: i < current ? 'done' : i === current ? 'current' : 'todo',
  }));
}
