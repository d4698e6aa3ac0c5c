import { VACANCY_STATUSES } from '@werkbrug/domain-rules';
import {
  canChangeVacancyStatus,
  mayRoleSetVacancyStatus,
  vacancyStatusChangeMessage,
} from './vacancy-status.js';

const ALLOWED = new Set([
  'DRAFT→OPEN',
  'DRAFT→CLOSED',
  'OPEN→FILLED',
  'OPEN→CLOSED',
  'FILLED→OPEN',
  'FILLED→CLOSED',
  'CLOSED→OPEN',
]);
const PAIRS = VACANCY_STATUSES.flatMap((from) =>
  VACANCY_STATUSES.map((to) => [from, to, ALLOWED.has(`${from}→${to}`)] as const),
);

describe(canChangeVacancyStatus.name, () => {
  it('covers every pair of statuses', () => {
    expect(PAIRS).toHaveLength(16);
  });

  it.each(PAIRS)('%s → %s is allowed: %s', (from, to, allowed) => {
    expect(canChangeVacancyStatus(from, to)).toBe(allowed);
  });
});

describe(vacancyStatusChangeMessage.name, () => {
  it('names both statuses in Dutch', () => {
    expect(vacancyStatusChangeMessage('CLOSED', 'FILLED')).toBe(
      'Een vacature met de status Gesloten kan niet naar Vervuld.',
    );
  });

  it('says the vacancy already has the status when nothing changes', () => {
    expect(vacancyStatusChangeMessage('OPEN', 'OPEN')).toBe(
      'Deze vacature heeft al de status Open.',
    );
  });
});

describe(mayRoleSetVacancyStatus.name, () => {
  it('keeps FILLED for the WSP: an employer user may not set it', () => {
    expect(mayRoleSetVacancyStatus('EMPLOYER_USER', 'FILLED')).toBe(false);
  });

  it.each(['DRAFT', 'OPEN', 'CLOSED'] as const)('lets an employer user set %s', (to) => {
    expect(mayRoleSetVacancyStatus('EMPLOYER_USER', to)).toBe(true);
  });

  it.each(['ACCOUNT_MANAGER', 'ADMIN'] as const)('lets %s set FILLED', (role) => {
    expect(mayRoleSetVacancyStatus(role, 'FILLED')).toBe(true);
  });
});
