import { VACANCY_STATUS_LABELS, type Role, type VacancyStatus } from '@werkbrug/domain-rules';

/**
 * Where a vacancy may go from each status. A draft is published (OPEN) or dropped (CLOSED); an
 * open vacancy is filled or closed; a filled one reopens (more openings) or closes; a closed one
 * may be reopened. Staying in the same status is not a change.
 */
export const VACANCY_STATUS_TRANSITIONS: Readonly<Record<VacancyStatus, readonly VacancyStatus[]>> =
  {
    DRAFT: ['OPEN', 'CLOSED'],
    OPEN: ['FILLED', 'CLOSED'],
    FILLED: ['OPEN', 'CLOSED'],
    CLOSED: ['OPEN'],
  };

export function canChangeVacancyStatus(from: VacancyStatus, to: VacancyStatus): boolean {
  return VACANCY_STATUS_TRANSITIONS[from].includes(to);
}

/** Dutch explanation of a refused transition. */
export function vacancyStatusChangeMessage(from: VacancyStatus, to: VacancyStatus): string {
  if (from === to) return `Deze vacature heeft al de status ${VACANCY_STATUS_LABELS[to]}.`;
  return `Een vacature met de status ${VACANCY_STATUS_LABELS[from]} kan niet naar ${VACANCY_STATUS_LABELS[to]}.`;
}

/**
 * FILLED is recorded by the WSP: it stands for placements the WSP registers and feeds the region's
 * results. An employer that filled a vacancy another way closes it (CLOSED) instead.
 */
export function mayRoleSetVacancyStatus(role: Role, to: VacancyStatus): boolean {
  return !(role === 'EMPLOYER_USER' && to === 'FILLED');
}
