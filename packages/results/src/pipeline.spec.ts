import type { IntroductionStatus } from '@werkbrug/domain-rules';
import { placement } from './fixtures.js';
import { countPipelineFigures, daysBetween, pipelineResults, PLACEMENT_KINDS } from './pipeline.js';
import type { AftercareCheckInRow, IntroductionStep, ResultPlacement } from './rows.js';
import { published } from './suppression.js';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const step = (
  personId: string,
  status: IntroductionStatus,
  overrides: Partial<IntroductionStep> = {},
): IntroductionStep => ({
  personId,
  regionCode: 'AM12',
  status,
  on: '2025-04-01',
  ...overrides,
});
const count = (steps: IntroductionStep[], rows: ResultPlacement[] = []) =>
  countPipelineFigures({
    regionCode: 'AM12',
    period: YEAR,
    steps,
    placements: rows,
    aftercare: [],
  });

describe(countPipelineFigures.name, () => {
  it('counts the people who reached each step of the funnel within the period', () => {
    const steps = [
      step('ans', 'PROPOSED'),
      step('ans', 'INTRODUCED'),
      step('ans', 'PLACED'),
      step('bert', 'PROPOSED'),
      step('bert', 'PROPOSED', { on: '2025-06-01' }), // a second vacancy: still one person
      step('bert', 'INTRODUCED'),
      step('cor', 'PROPOSED', { on: '2024-12-31' }), // before the period
      step('cor', 'INTRODUCED', { on: '2025-01-01' }),
      step('dirk', 'PROPOSED', { regionCode: 'AM36' }), // another region
    ];
    expect(count(steps).funnel).toEqual({ PROPOSED: 2, INTRODUCED: 3, PLACED: 1 });
  });

  it('counts the people whose placement started in the period by kind of vacancy, without one as null', () => {
    const rows = [
      placement({ vacancyKind: 'GARANTIEBAAN', start: '2025-02-01' }),
      placement({ vacancyKind: 'GARANTIEBAAN', start: '2025-12-31' }),
      placement({ vacancyKind: 'SHELTERED', start: '2025-03-01' }),
      placement({ vacancyKind: null, start: '2025-03-01' }),
      placement({ vacancyKind: 'REGULAR', start: '2024-12-31' }), // before the period
      placement({
        vacancyKind: 'REGULAR',
        start: '2025-03-01',
        employer: { sector: 'MARKT', regionCode: 'AM01' },
      }),
    ];
    const byKind = Object.fromEntries(
      PLACEMENT_KINDS.map((kind, index) => [kind ?? 'none', count([], rows).byVacancyKind[index]]),
    );
    expect(byKind).toEqual({
      REGULAR: 0,
      GARANTIEBAAN: 2,
      SHELTERED: 1,
      WORK_LEARN: 0,
      TRIAL: 0,
      VOLUNTEER: 0,
      none: 1,
    });
  });

  it('counts the people placed with each instrument', () => {
    const rows = [
      placement({ start: '2025-02-01', instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'] }),
      placement({ start: '2025-02-01', instruments: ['LOONKOSTENSUBSIDIE'] }),
      placement({ start: '2025-02-01', instruments: [] }),
    ];
    expect(count([], rows).byInstrument).toEqual([2, 0, 1, 0, 0, 0]);
  });

  it('averages the days from a vacancy’s creation to the start of its placement, leaving out vacancies entered later', () => {
    const rows = [
      placement({ start: '2025-03-01', vacancyOpenedOn: '2025-01-30' }), // 30 days
      placement({ start: '2025-03-01', vacancyOpenedOn: '2025-02-19' }), // 10 days
      placement({ start: '2025-03-01', vacancyOpenedOn: null, vacancyKind: null }),
      placement({ start: '2025-03-01', vacancyOpenedOn: '2025-03-02' }), // entered after the start
    ];
    expect(count([], rows).averageDaysVacancyToPlacement).toEqual({ days: 20, people: 2 });
    expect(count([], []).averageDaysVacancyToPlacement).toBeNull();
  });
});

describe(daysBetween.name, () => {
  it.each([
    ['2025-01-30', '2025-03-01', 30],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-03-01', '2025-02-27', -2],
  ])('counts from %s to %s as %p days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe(pipelineResults.name, () => {
  it('shows small funnel steps as "<5" and protects a small kind of vacancy within the total', () => {
    const steps = ['a', 'b', 'c', 'd', 'e', 'f']
      .flatMap((id) => [step(id, 'PROPOSED')])
      .concat(step('a', 'INTRODUCED'));
    const rows = [
      ...Array.from({ length: 8 }, () =>
        placement({
          start: '2025-05-01',
          vacancyKind: 'GARANTIEBAAN',
          vacancyOpenedOn: '2025-04-01',
        }),
      ),
      ...Array.from({ length: 6 }, () =>
        placement({ start: '2025-05-01', vacancyKind: 'REGULAR', vacancyOpenedOn: '2025-03-02' }),
      ),
      placement({ start: '2025-05-01', vacancyKind: 'SHELTERED', vacancyOpenedOn: '2025-04-01' }),
    ];
    const result = pipelineResults({
      regionCode: 'AM12',
      period: YEAR,
      steps,
      placements: rows,
      aftercare: [],
    });
    expect(result.funnel).toEqual({
      PROPOSED: published(6),
      INTRODUCED: { value: null, suppression: 'SMALL_COUNT' },
      PLACED: { value: null, suppression: 'SMALL_COUNT' },
    });
    const byKind = Object.fromEntries(
      result.placementsByVacancyKind.map(({ kind, people }) => [
        kind ?? 'none',
        people.suppression,
      ]),
    );
    expect(byKind).toEqual({
      REGULAR: 'NONE',
      GARANTIEBAAN: 'NONE',
      SHELTERED: 'SMALL_COUNT',
      WORK_LEARN: 'SMALL_COUNT',
      TRIAL: 'SMALL_COUNT',
      VOLUNTEER: 'SMALL_COUNT',
      none: 'SMALL_COUNT',
    });
    expect(result.placementsTotal).toEqual(published(15));
    // (8 × 30 + 6 × 60 + 30) / 15 = 42 days, resting on 15 people.
    expect(result.averageDaysVacancyToPlacement).toEqual(published(42));
  });

  it('hides the average when it rests on fewer than 5 people', () => {
    const rows = [placement({ start: '2025-05-01', vacancyOpenedOn: '2025-04-01' })];
    expect(
      pipelineResults({
        regionCode: 'AM12',
        period: YEAR,
        steps: [],
        placements: rows,
        aftercare: [],
      }).averageDaysVacancyToPlacement,
    ).toEqual({
      value: null,
      suppression: 'SMALL_COUNT',
    });
  });
});

describe('aftercare on time', () => {
  const checkIn = (
    personId: string,
    overrides: Partial<AftercareCheckInRow> = {},
  ): AftercareCheckInRow => ({
    personId,
    regionCode: 'AM12',
    dueDate: '2025-05-01',
    status: 'DONE',
    completedOn: '2025-05-01',
    ...overrides,
  });
  const counted = (rows: AftercareCheckInRow[]) =>
    countPipelineFigures({
      regionCode: 'AM12',
      period: YEAR,
      steps: [],
      placements: [],
      aftercare: rows,
    }).aftercare;

  it.each<[string, AftercareCheckInRow, { due: number; onTime: number }]>([
    ['done on the due date', checkIn('ans'), { due: 1, onTime: 1 }],
    ['done 7 days late', checkIn('ans', { completedOn: '2025-05-08' }), { due: 1, onTime: 1 }],
    ['done 8 days late', checkIn('ans', { completedOn: '2025-05-09' }), { due: 1, onTime: 0 }],
    ['done early', checkIn('ans', { completedOn: '2025-04-20' }), { due: 1, onTime: 1 }],
    ['still open', checkIn('ans', { status: 'OPEN', completedOn: null }), { due: 1, onTime: 0 }],
    // The count date is the period's last day, 2025-12-31; a window runs to the due date + 7 days.
    [
      'still open, due 8 days before the count date (late)',
      checkIn('ans', { dueDate: '2025-12-23', status: 'OPEN', completedOn: null }),
      { due: 1, onTime: 0 },
    ],
    [
      'still open, due exactly 7 days before the count date (pending)',
      checkIn('ans', { dueDate: '2025-12-24', status: 'OPEN', completedOn: null }),
      { due: 0, onTime: 0 },
    ],
    [
      'still open, due on the count date (pending)',
      checkIn('ans', { dueDate: '2025-12-31', status: 'OPEN', completedOn: null }),
      { due: 0, onTime: 0 },
    ],
    [
      'done after the count date within its window (pending on the count date)',
      checkIn('ans', { dueDate: '2025-12-29', completedOn: '2026-01-02' }),
      { due: 0, onTime: 0 },
    ],
    [
      'done after the count date, window over before it (late)',
      checkIn('ans', { dueDate: '2025-12-20', completedOn: '2026-01-02' }),
      { due: 1, onTime: 0 },
    ],
    [
      'done on the count date, due 7 days before it',
      checkIn('ans', { dueDate: '2025-12-24', completedOn: '2025-12-31' }),
      { due: 1, onTime: 1 },
    ],
    [
      'cancelled',
      checkIn('ans', { status: 'CANCELLED', completedOn: null }),
      { due: 0, onTime: 0 },
    ],
    [
      'due before the period',
      checkIn('ans', { dueDate: '2024-12-31', completedOn: '2025-01-02' }),
      { due: 0, onTime: 0 },
    ],
    ['due after the period', checkIn('ans', { dueDate: '2026-01-01' }), { due: 0, onTime: 0 }],
    ['in another region', checkIn('ans', { regionCode: 'AM36' }), { due: 0, onTime: 0 }],
  ])('a check-in %s counts as %p', (_case, row, expected) => {
    expect(counted([row])).toMatchObject(expected);
  });

  it('leaves pending check-ins out of both the due count and the people behind it', () => {
    // 3 due: ans on time, bert late (open, window over 2025-12-22), cor on time; dirk pending.
    expect(
      counted([
        checkIn('ans'),
        checkIn('bert', { dueDate: '2025-12-15', status: 'OPEN', completedOn: null }),
        checkIn('cor', { dueDate: '2025-11-01', completedOn: '2025-11-05' }),
        checkIn('dirk', { dueDate: '2025-12-27', status: 'OPEN', completedOn: null }),
      ]),
    ).toEqual({ due: 3, onTime: 2, people: 3 });
  });

  it('counts the people behind the check-ins once each', () => {
    expect(
      counted([
        checkIn('ans'),
        checkIn('ans', { dueDate: '2025-06-01', completedOn: '2025-06-01' }),
        checkIn('bert'),
      ]).people,
    ).toBe(2);
  });

  it('publishes the percentage on time when 5 or more people stand behind it', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].flatMap((personId) => [
      checkIn(personId),
      checkIn(personId, {
        dueDate: '2025-08-01',
        completedOn: personId === 'a' ? '2025-09-01' : '2025-08-02',
      }),
    ]);
    const result = pipelineResults({
      regionCode: 'AM12',
      period: YEAR,
      steps: [],
      placements: [],
      aftercare: rows,
    });
    expect(result.aftercareOnTime).toEqual({
      checkInsDue: published(10),
      percentage: published(90),
    });
  });

  it('hides the figures when fewer than 5 people stand behind them', () => {
    const result = pipelineResults({
      regionCode: 'AM12',
      period: YEAR,
      steps: [],
      placements: [],
      aftercare: [checkIn('ans'), checkIn('bert')],
    });
    expect(result.aftercareOnTime).toEqual({
      checkInsDue: { value: null, suppression: 'SMALL_COUNT' },
      percentage: { value: null, suppression: 'SMALL_COUNT' },
    });
  });

  it('has no percentage without check-ins due', () => {
    const result = pipelineResults({
      regionCode: 'AM12',
      period: YEAR,
      steps: [],
      placements: [],
      aftercare: [],
    });
    expect(result.aftercareOnTime).toEqual({ checkInsDue: published(0), percentage: null });
  });
});
