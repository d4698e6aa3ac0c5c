// The introduction's life cycle, and who may move it along. Pure: the service adds the scope checks
// (the staff member's regions, the employer user's own vacancy).
import {
  INTRODUCTION_STATUS_LABELS,
  type IntroductionStatus,
  type Role,
} from '@werkbrug/domain-rules';

const TRANSITIONS: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
  PROPOSED: ['CONSENT_REQUESTED', 'WITHDRAWN'],
  CONSENT_REQUESTED: ['CONSENTED', 'DECLINED', 'WITHDRAWN'],
  CONSENTED: ['INTRODUCED', 'WITHDRAWN'],
  INTRODUCED: ['INTERVIEW', 'REJECTED', 'WITHDRAWN'],
  INTERVIEW: ['TRIAL_PLACEMENT', 'PLACED', 'REJECTED', 'WITHDRAWN'],
  TRIAL_PLACEMENT: ['PLACED', 'REJECTED', 'WITHDRAWN'],
  DECLINED: [],
  PLACED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

const STAFF: readonly Role[] = ['ACCOUNT_MANAGER', 'CONSULTANT'];
/** The job-seeker's answer is recorded by the consultant who asked for it, on their behalf. */
const ON_BEHALF_OF_JOB_SEEKER: readonly Role[] = ['CONSULTANT'];
/** After the introduction the employer reports its own decisions on its vacancy. */
const STAFF_OR_EMPLOYER: readonly Role[] = ['ACCOUNT_MANAGER', 'CONSULTANT', 'EMPLOYER_USER'];

const ACTORS: Record<IntroductionStatus, readonly Role[]> = {
  PROPOSED: [],
  CONSENT_REQUESTED: STAFF,
  CONSENTED: ON_BEHALF_OF_JOB_SEEKER,
  DECLINED: ON_BEHALF_OF_JOB_SEEKER,
  INTRODUCED: STAFF,
  INTERVIEW: STAFF_OR_EMPLOYER,
  TRIAL_PLACEMENT: STAFF_OR_EMPLOYER,
  PLACED: STAFF_OR_EMPLOYER,
  REJECTED: STAFF_OR_EMPLOYER,
  WITHDRAWN: STAFF,
};

/** Statuses in which the employer knows who the job-seeker is: consent was given and the introduction made. */
export const IDENTITY_REVEALED_STATUSES: readonly IntroductionStatus[] = [
  'INTRODUCED',
  'INTERVIEW',
  'TRIAL_PLACEMENT',
  'PLACED',
];

export function canTransition(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isTerminal(status: IntroductionStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** Whether someone with this role may move an introduction from `from` to `to` (scope aside). */
export function mayChangeStatus(
  role: Role,
  from: IntroductionStatus,
  to: IntroductionStatus,
): boolean {
  return canTransition(from, to) && ACTORS[to].includes(role);
}

/** The statuses someone with this role may move an introduction to next. */
export function nextStatusesFor(role: Role, from: IntroductionStatus): IntroductionStatus[] {
  return TRANSITIONS[from].filter((to) => ACTORS[to].includes(role));
}

export function revealsIdentity(status: IntroductionStatus): boolean {
  return IDENTITY_REVEALED_STATUSES.includes(status);
}

/** Dutch, for a CONFLICT on a transition the life cycle does not allow. */
export function invalidTransitionMessage(from: IntroductionStatus, to: IntroductionStatus): string {
  const fromLabel = INTRODUCTION_STATUS_LABELS[from];
  const toLabel = INTRODUCTION_STATUS_LABELS[to];
  return isTerminal(from)
    ? `Deze introductie is afgerond (${fromLabel}) en kan niet meer veranderen.`
    : `Een introductie met status "${fromLabel}" kan niet naar "${toLabel}".`;
}
