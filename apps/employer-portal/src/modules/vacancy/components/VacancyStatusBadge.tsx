import { StatusBadge } from '@utrecht/component-library-react';
import { VACANCY_STATUS_LABELS } from '@werkbrug/domain-rules';
import type { VacancyStatus } from '@werkbrug/domain-rules';

const BADGE_STATUS: Record<VacancyStatus, string> = {
  DRAFT: 'neutral',
  OPEN: 'active',
  FILLED: 'success',
  CLOSED: 'inactive',
};

export function VacancyStatusBadge({ status }: { status: VacancyStatus }) {
  return <StatusBadge status={BADGE_STATUS[status]}>{VACANCY_STATUS_LABELS[status]}</StatusBadge>;
}
