import {
  aftercareRisk,
  aftercareSchedule,
  isAftercareOnTime,
  isAftercarePending,
  scheduledStatus,
  type AftercareRiskInput,
} from './aftercare.js';

describe(aftercareSchedule.name, () => {
  it.each([
    ['2026-01-15', ['2026-01-29', '2026-02-15', '2026-04-15', '2026-07-15', '2027-01-15']],
    ['2026-01-31', ['2026-02-14', '2026-02-28', '2026-04-30', '2026-07-31', '2027-01-31']],
  ])('from %s falls due on %p', (start, expected) => {
    const schedule = aftercareSchedule(start);
    expect(schedule.map((checkIn) => checkIn.kind)).toEqual([
      'WEEK_2',
      'MONTH_1',
      'MONTH_3',
      'MONTH_6',
      'MONTH_12',
    ]);
    expect(schedule.map((checkIn) => checkIn.dueDate)).toEqual(expected);
  });
});

describe(scheduledStatus.name, () => {
  it.each([
    ['2026-02-01', null, 'OPEN'],
    ['2026-02-01', '2026-02-01', 'OPEN'],
    ['2026-02-02', '2026-02-01', 'CANCELLED'],
  ] as const)('due %s with end date %p is %s', (due, end, expected) => {
    expect(scheduledStatus(due, end)).toBe(expected);
  });
});

describe(isAftercareOnTime.name, () => {
  it.each([
    ['2026-02-01', null, false],
    ['2026-02-01', '2026-01-20', true],
    ['2026-02-01', '2026-02-08', true],
    ['2026-02-01', '2026-02-09', false],
  ])('due %s, done %p: on time %p', (dueDate, completedOn, expected) => {
    expect(isAftercareOnTime({ dueDate, completedOn })).toBe(expected);
  });
});

describe(aftercareRisk.name, () => {
  const open = (dueDate: string): AftercareRiskInput => ({
    kind: 'MONTH_1',
    status: 'OPEN',
    dueDate,
    completedOn: null,
    outcome: null,
  });
  const done = (
    completedOn: string,
    outcome: AftercareRiskInput['outcome'],
  ): AftercareRiskInput => ({
    kind: 'WEEK_2',
    status: 'DONE',
    dueDate: completedOn,
    completedOn,
    outcome,
  });
  const today = '2026-03-01';

  it.each<[string, AftercareRiskInput[], string | null]>([
    ['nothing done yet, nothing late', [open('2026-02-20')], null],
    ['an open check-in exactly 14 days late', [open('2026-02-15')], null],
    [
      'an open check-in 15 days late',
      [open('2026-02-14')],
      'Een nazorgcontact is meer dan 14 dagen te laat.',
    ],
    [
      'the latest outcome at risk',
      [done('2026-01-01', 'GOING_WELL'), done('2026-02-01', 'AT_RISK')],
      'Bij het laatste nazorgcontact is de plaatsing in gevaar gemeld.',
    ],
    [
      'an earlier outcome at risk, the latest going well',
      [done('2026-01-01', 'AT_RISK'), done('2026-02-01', 'GOING_WELL')],
      null,
    ],
    ['a cancelled check-in long ago', [{ ...open('2025-01-01'), status: 'CANCELLED' }], null],
  ])('%s', (_case, checkIns, expected) => {
    expect(aftercareRisk(checkIns, today)).toBe(expected);
  });
});

describe(isAftercarePending.name, () => {
  const countDate = '2026-03-31';
  // Hand-computed: the window of a check-in due on D runs to D + 7 days, both included.
  it.each([
    [
      'open, due 7 days before the count date (window ends on it)',
      'OPEN',
      '2026-03-24',
      null,
      true,
    ],
    ['open, due 8 days before the count date (window ran out)', 'OPEN', '2026-03-23', null, false],
    ['open, due on the count date', 'OPEN', '2026-03-31', null, true],
    ['done on the count date', 'DONE', '2026-03-28', '2026-03-31', false],
    [
      'done after the count date, window still running then',
      'DONE',
      '2026-03-28',
      '2026-04-02',
      true,
    ],
    [
      'done after the count date, window already over then',
      'DONE',
      '2026-03-20',
      '2026-04-02',
      false,
    ],
    ['cancelled', 'CANCELLED', '2026-03-28', null, false],
  ] as const)('%s: %p', (_case, status, dueDate, completedOn, expected) => {
    expect(isAftercarePending({ status, dueDate, completedOn }, countDate)).toBe(expected);
  });
});
