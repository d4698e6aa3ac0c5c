import {
  countBanenafspraak,
  countingSector,
  jobsFromWeeklyHours,
  quarterOf,
  quarterRange,
  type BanenafspraakPlacement,
} from './banenafspraak.js';

let nextPersonId = 1;

function placement(overrides: Partial<BanenafspraakPlacement> = {}): BanenafspraakPlacement {
  return {
    personId: `person-${nextPersonId++}`,
    weeklyHours: 25.5,
    start: '2026-01-15',
    end: null,
    inDoelgroepregister: true,
    employerSector: 'MARKT',
    via: 'DIRECT',
    hiringEmployerSector: null,
    ...overrides,
  };
}

describe(jobsFromWeeklyHours.name, () => {
  it.each([
    [25.5, 1],
    [51, 2],
    [12.75, 0.5],
    [0, 0],
    [38.25, 1.5],
  ])('counts %p hours a week as %p jobs', (hours, jobs) => {
    expect(jobsFromWeeklyHours(hours)).toBeCloseTo(jobs, 10);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws a RangeError for %p hours',
    (hours) => {
      expect(() => jobsFromWeeklyHours(hours)).toThrow(RangeError);
    },
  );
});

describe(quarterOf.name, () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
  ])('puts %s in %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(RangeError);
  });
});

describe(quarterRange.name, () => {
  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('spans %s from %s to %s', (quarter, from, to) => {
    expect(quarterRange(quarter)).toEqual({ from, to });
  });

  it.each(['2026-Q0', '2026-Q5', '2026Q3', '26-Q3', 'Q3-2026', ''])(
    'throws a RangeError for %p',
    (quarter) => {
      expect(() => quarterRange(quarter)).toThrow(RangeError);
    },
  );
});

describe(countingSector.name, () => {
  it.each<[Partial<BanenafspraakPlacement>, string]>([
    [{ via: 'DIRECT', employerSector: 'OVERHEID' }, 'OVERHEID'],
    [{ via: 'TEMP_AGENCY', employerSector: 'MARKT', hiringEmployerSector: 'OVERHEID' }, 'OVERHEID'],
    [{ via: 'SECONDMENT', employerSector: 'OVERHEID', hiringEmployerSector: 'MARKT' }, 'MARKT'],
  ])('counts %p for %s', (overrides, sector) => {
    expect(countingSector(placement(overrides))).toBe(sector);
  });

  it('throws when a temp-agency placement lacks the hiring employer', () => {
    expect(() => countingSector(placement({ via: 'TEMP_AGENCY' }))).toThrow(RangeError);
  });
});

describe(countBanenafspraak.name, () => {
  const quarter = '2026-Q3';

  it.each<[string, Partial<BanenafspraakPlacement>, { markt: number; overheid: number }]>([
    ['a direct job at a company', { employerSector: 'MARKT' }, { markt: 1, overheid: 0 }],
    ['a direct job at a municipality', { employerSector: 'OVERHEID' }, { markt: 0, overheid: 1 }],
    [
      'temp-agency work for a municipality',
      { via: 'TEMP_AGENCY', employerSector: 'MARKT', hiringEmployerSector: 'OVERHEID' },
      { markt: 0, overheid: 1 },
    ],
    [
      'a secondment from a municipality to a company',
      { via: 'SECONDMENT', employerSector: 'OVERHEID', hiringEmployerSector: 'MARKT' },
      { markt: 1, overheid: 0 },
    ],
    [
      'someone outside the doelgroepregister',
      { inDoelgroepregister: false },
      { markt: 0, overheid: 0 },
    ],
    ['a job starting after the quarter', { start: '2026-10-01' }, { markt: 0, overheid: 0 }],
    ['a job that ended before the quarter', { end: '2026-06-30' }, { markt: 0, overheid: 0 }],
    ['a job ending on the last day', { end: '2026-09-30' }, { markt: 0, overheid: 0 }],
    ['a job ending the day after', { end: '2026-10-01' }, { markt: 1, overheid: 0 }],
    ['a job starting on the last day', { start: '2026-09-30' }, { markt: 1, overheid: 0 }],
    ['a 12.75-hour job', { weeklyHours: 12.75 }, { markt: 0.5, overheid: 0 }],
    ['a 38.25-hour job', { weeklyHours: 38.25 }, { markt: 1.5, overheid: 0 }],
  ])('counts %s at the quarter end', (_case, overrides, expected) => {
    const { atEnd } = countBanenafspraak({ placements: [placement(overrides)], period: quarter });
    expect(atEnd.markt.jobs).toBeCloseTo(expected.markt, 10);
    expect(atEnd.overheid.jobs).toBeCloseTo(expected.overheid, 10);
    expect(atEnd.total.jobs).toBeCloseTo(expected.markt + expected.overheid, 10);
  });

  it.each<[string, Partial<BanenafspraakPlacement>, number, number]>([
    ['starting on the first day', { start: '2026-07-01' }, 1, 0],
    ['starting on the last day', { start: '2026-09-30' }, 1, 0],
    ['starting and ending within', { start: '2026-07-01', end: '2026-08-31' }, 1, 1],
    ['ending on the last day', { end: '2026-09-30' }, 0, 1],
    ['ending the day after', { end: '2026-10-01' }, 0, 0],
    ['starting the day before', { start: '2026-06-30' }, 0, 0],
    ['outside the doelgroepregister', { start: '2026-07-01', inDoelgroepregister: false }, 0, 0],
  ])('counts a job %s as %p gained and %p lost', (_case, overrides, gained, lost) => {
    const count = countBanenafspraak({ placements: [placement(overrides)], period: quarter });
    expect(count.gained.jobs).toBeCloseTo(gained, 10);
    expect(count.lost.jobs).toBeCloseTo(lost, 10);
  });

  it('counts gained and lost people once however many jobs they have', () => {
    const count = countBanenafspraak({
      placements: [
        placement({ personId: 'ans', start: '2026-07-01', end: '2026-09-15', weeklyHours: 12 }),
        placement({ personId: 'ans', start: '2026-08-01', end: '2026-09-15', weeklyHours: 8 }),
        placement({ personId: 'bert', start: '2026-09-01', weeklyHours: 30 }),
      ],
      period: quarter,
    });
    expect(count.gained).toEqual({ weeklyHours: 50, jobs: 50 / 25.5, persons: 2 });
    expect(count.lost).toEqual({ weeklyHours: 20, jobs: 20 / 25.5, persons: 1 });
  });

  it('subtracts the jobs that ran on 1 January 2013', () => {
    const count = countBanenafspraak({
      placements: [
        placement({ start: '2010-03-01', employerSector: 'OVERHEID' }),
        placement({ start: '2012-12-31', end: '2012-12-31' }),
        placement({ start: '2013-01-01' }),
        placement({ start: '2020-05-01' }),
      ],
      period: quarter,
    });
    expect(count.baseline.total.jobs).toBeCloseTo(1, 10);
    expect(count.baseline.overheid.jobs).toBeCloseTo(1, 10);
    expect(count.atEnd.total.jobs).toBeCloseTo(3, 10);
    expect(count.extra.markt.jobs).toBeCloseTo(2, 10);
    expect(count.extra.overheid.jobs).toBeCloseTo(0, 10);
  });

  it('reports 447 extra jobs as 91 % of a target of 491', () => {
    const placements = Array.from({ length: 447 }, () => placement());
    const count = countBanenafspraak({ placements, period: quarter, target: 491 });
    expect(count.extra.total.jobs).toBeCloseTo(447, 10);
    expect(Math.round(count.realisedPercent ?? Number.NaN)).toBe(91);
  });

  it('leaves the realised percentage empty without a target', () => {
    const count = countBanenafspraak({ placements: [placement()], period: quarter });
    expect(count.target).toBeNull();
    expect(count.realisedPercent).toBeNull();
  });

  it('keeps the end stock equal to the start stock plus gained minus lost', () => {
    const placements = [
      placement({ start: '2025-02-01' }),
      placement({ start: '2025-02-01', end: '2026-08-15', weeklyHours: 20 }),
      placement({ start: '2026-07-01', weeklyHours: 16.5 }),
      placement({ start: '2026-07-10', end: '2026-09-30', weeklyHours: 32 }),
      placement({ start: '2026-06-01', end: '2026-07-01', weeklyHours: 9 }),
    ];
    const previous = countBanenafspraak({ placements, period: '2026-Q2' });
    const current = countBanenafspraak({ placements, period: quarter });
    expect(current.atEnd.total.weeklyHours).toBe(
      previous.atEnd.total.weeklyHours + current.gained.weeklyHours - current.lost.weeklyHours,
    );
  });

  it('counts any period as well as a quarter', () => {
    const placements = [placement({ start: '2026-07-01' }), placement({ start: '2026-08-15' })];
    expect(
      countBanenafspraak({ placements, period: { from: '2026-07-01', to: '2026-07-31' } }).atEnd
        .total.weeklyHours,
    ).toBe(25.5);
  });

  it.each<[string, Parameters<typeof countBanenafspraak>[0]]>([
    [
      'a period ending before it starts',
      { placements: [], period: { from: '2026-09-30', to: '2026-07-01' } },
    ],
    ['an invalid quarter', { placements: [], period: '2026-Q7' }],
    ['a target of zero', { placements: [], period: quarter, target: 0 }],
    [
      'a placement ending before it starts',
      { placements: [placement({ start: '2026-08-01', end: '2026-07-01' })], period: quarter },
    ],
    [
      'a placement with negative hours',
      { placements: [placement({ weeklyHours: -4 })], period: quarter },
    ],
    [
      'a temp-agency placement without the inlener',
      { placements: [placement({ via: 'TEMP_AGENCY' })], period: quarter },
    ],
  ])('throws a RangeError for %s', (_case, options) => {
    expect(() => countBanenafspraak(options)).toThrow(RangeError);
  });
});
