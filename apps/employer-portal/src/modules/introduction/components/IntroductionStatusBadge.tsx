import { StatusBadge } from '@utrecht/component-library-react';
import type { IntroductionStatus } from '@werkbrug/domain-rules';
import { EMPLOYER_STATUS_LABELS } from '../employerStatus.js';

const BADGE_STATUS: Record<IntroductionStatus, string> = {
  PROPOSED: 'neutral',
  CONSENT_REQUESTED: 'neutral',
  CONSENTED: 'neutral',
  INTRODUCED: 'active',
  INTERVIEW: 'active',
  TRIAL_PLACEMENT: 'active',
  PLACED: 'success',
  DECLINED: 'inactive',
  REJECTED: 'inactive',
  WITHDRAWN: 'inactive',
};

export function IntroductionStatusBadge({ status }: { status: IntroductionStatus }) {
  return <StatusBadge status={BADGE_STATUS[status]}>{EMPLOYER_STATUS_LABELS[status]}</StatusBadge>;
}
