import {
  JOB_CARVING_STATUS_LABELS,
  type JobCarvingStatus,
  type Role,
} from '@werkbrug/domain-rules';

/**
 * A request's life: the WSP analyses the employer's work, proposes a carved role, the employer
 * accepts it and the WSP turns it into a vacancy. It can be rejected until it is accepted.
 */
export const JOB_CARVING_STATUS_TRANSITIONS: Readonly<
  Record<JobCarvingStatus, readonly JobCarvingStatus[]>
> = {
  SUBMITTED: ['ANALYSING', 'REJECTED'],
  ANALYSING: ['PROPOSED', 'REJECTED'],
  PROPOSED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['VACANCY_CREATED'],
  VACANCY_CREATED: [],
  REJECTED: [],
};

/** Which side of the table someone sits on: the employer, or the WSP (account managers, admins). */
export type JobCarvingSide = 'EMPLOYER' | 'WSP';

export const sideOfRole = (role: Role): JobCarvingSide =>
  role === 'EMPLOYER_USER' ? 'EMPLOYER' : 'WSP';

export function canChangeJobCarvingStatus(from: JobCarvingStatus, to: JobCarvingStatus): boolean {
  return JOB_CARVING_STATUS_TRANSITIONS[from].includes(to);
}

/**
 * Whether a manual status change may happen:
 * - INVALID: not in the table;
 * - NEEDS_VACANCY: VACANCY_CREATED is reached only by creating the vacancy (which links it);
 * - NOT_FOR_EMPLOYER: the employer only answers a proposal (PROPOSED → ACCEPTED or REJECTED);
 * - NEEDS_PROPOSAL: PROPOSED is reached only by proposing a composed role (which stores it).
 */
export function checkJobCarvingStatusChange(
  from: JobCarvingStatus,
  to: JobCarvingStatus,
  side: JobCarvingSide,
): 'ALLOWED' | 'INVALID' | 'NEEDS_VACANCY' | 'NOT_FOR_EMPLOYER' | 'NEEDS_PROPOSAL' {
  if (!canChangeJobCarvingStatus(from, to)) return 'INVALID';
  if (to === 'VACANCY_CREATED') return 'NEEDS_VACANCY';
  if (side === 'EMPLOYER' && from !== 'PROPOSED') return 'NOT_FOR_EMPLOYER';
  if (to === 'PROPOSED') return 'NEEDS_PROPOSAL';
  return 'ALLOWED';
}

export function jobCarvingStatusChangeMessage(
  from: JobCarvingStatus,
  to: JobCarvingStatus,
): string {
  if (from === to) return `Dit verzoek heeft al de status "${JOB_CARVING_STATUS_LABELS[to]}".`;
  return `Een verzoek met de status "${JOB_CARVING_STATUS_LABELS[from]}" kan niet naar "${JOB_CARVING_STATUS_LABELS[to]}".`;
}
