import { StatusBadge } from '@utrecht/component-library-react';
import { JOB_CARVING_STATUS_LABELS } from '@werkbrug/domain-rules';
import type { JobCarvingStatus } from '@werkbrug/domain-rules';

const BADGE_STATUS: Record<JobCarvingStatus, string> = {
  SUBMITTED: 'neutral',
  ANALYSING: 'neutral',
  PROPOSED: 'warning',
  ACCEPTED: 'active',
  VACANCY_CREATED: 'success',
  REJECTED: 'inactive',
};

export function JobCarvingStatusBadge({ status }: { status: JobCarvingStatus }) {
  return (
    <StatusBadge status={BADGE_STATUS[status]}>{JOB_CARVING_STATUS_LABELS[status]}</StatusBadge>
  );
}
