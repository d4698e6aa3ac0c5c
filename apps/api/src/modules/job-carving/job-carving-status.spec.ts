import { JOB_CARVING_STATUSES } from '@werkbrug/domain-rules';
import {
  canChangeJobCarvingStatus,
  checkJobCarvingStatusChange,
  jobCarvingStatusChangeMessage,
  sideOfRole,
} from './job-carving-status.js';

const ALLOWED = new Set([
  'SUBMITTED→ANALYSING',
  'SUBMITTED→REJECTED',
  'ANALYSING→PROPOSED',
  'ANALYSING→REJECTED',
  'PROPOSED→ACCEPTED',
  'PROPOSED→REJECTED',
  'ACCEPTED→VACANCY_CREATED',
]);
const PAIRS = JOB_CARVING_STATUSES.flatMap((from) =>
  JOB_CARVING_STATUSES.map((to) => [from, to] as const),
);

describe(canChangeJobCarvingStatus.name, () => {
  it('covers every pair of statuses', () => {
    expect(PAIRS).toHaveLength(36);
  });

  it.each(PAIRS)('%s → %s follows the table', (from, to) => {
    expect(canChangeJobCarvingStatus(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });
});

describe(checkJobCarvingStatusChange.name, () => {
  it.each([
    ['SUBMITTED', 'ANALYSING'],
    ['SUBMITTED', 'REJECTED'],
    ['ANALYSING', 'REJECTED'],
    ['PROPOSED', 'ACCEPTED'],
    ['PROPOSED', 'REJECTED'],
  ] as const)('lets the WSP move %s → %s', (from, to) => {
    expect(checkJobCarvingStatusChange(from, to, 'WSP')).toBe('ALLOWED');
  });

  it('sends the WSP to proposing a composed role for ANALYSING → PROPOSED', () => {
    expect(checkJobCarvingStatusChange('ANALYSING', 'PROPOSED', 'WSP')).toBe('NEEDS_PROPOSAL');
  });

  it.each([
    ['PROPOSED', 'ACCEPTED'],
    ['PROPOSED', 'REJECTED'],
  ] as const)('lets the employer answer a proposal: %s → %s', (from, to) => {
    expect(checkJobCarvingStatusChange(from, to, 'EMPLOYER')).toBe('ALLOWED');
  });

  it.each([
    ['SUBMITTED', 'ANALYSING'],
    ['SUBMITTED', 'REJECTED'],
    ['ANALYSING', 'PROPOSED'],
    ['ANALYSING', 'REJECTED'],
  ] as const)("keeps the WSP's steps from the employer: %s → %s", (from, to) => {
    expect(checkJobCarvingStatusChange(from, to, 'EMPLOYER')).toBe('NOT_FOR_EMPLOYER');
  });

  it.each(['WSP', 'EMPLOYER'] as const)(
    'sends %s to vacancy creation for ACCEPTED → VACANCY_CREATED',
    (side) => {
      expect(checkJobCarvingStatusChange('ACCEPTED', 'VACANCY_CREATED', side)).toBe(
        'NEEDS_VACANCY',
      );
    },
  );

  it.each(PAIRS.filter(([from, to]) => !ALLOWED.has(`${from}→${to}`)))(
    'refuses %s → %s for both sides',
    (from, to) => {
      expect(checkJobCarvingStatusChange(from, to, 'WSP')).toBe('INVALID');
      expect(checkJobCarvingStatusChange(from, to, 'EMPLOYER')).toBe('INVALID');
    },
  );
});

describe(jobCarvingStatusChangeMessage.name, () => {
  it('names both statuses in Dutch', () => {
    expect(jobCarvingStatusChangeMessage('REJECTED', 'ANALYSING')).toBe(
      'Een verzoek met de status "Afgewezen" kan niet naar "Werk wordt geanalyseerd".',
    );
  });
});

describe(sideOfRole.name, () => {
  it.each([
    ['EMPLOYER_USER', 'EMPLOYER'],
    ['ACCOUNT_MANAGER', 'WSP'],
    ['ADMIN', 'WSP'],
  ] as const)('puts %s on the %s side', (role, side) => {
    expect(sideOfRole(role)).toBe(side);
  });
});
