import {
  banenafspraakResults,
  countBanenafspraakQuarters,
  nationalOverview,
  publishBanenafspraak,
} from './banenafspraak-results.js';
import { displayCount, displayFigure } from './display.js';
import { flag, flagsFor, placement, placements } from './fixtures.js';
import type { FlagPeriod, RegionTarget, ResultPlacement } from './rows.js';
import { published } from './suppression.js';

const QUARTER = '2026-Q3';
const hidden = { value: null, suppression: 'SMALL_COUNT' };
const protecting = { value: null, suppression: 'COMPLEMENTARY' };

function countQuarter(
  rows: readonly ResultPlacement[],
  flagPeriods: readonly FlagPeriod[],
  targets: RegionTarget[] = [],
) {
  const [quarter] = countBanenafspraakQuarters({
    regionCode: 'AM12',
    fromQuarter: QUARTER,
    toQuarter: QUARTER,
    placements: rows,
    flagPeriods,
    targets,
  }).quarters;
  return quarter;
}

type Case = {
  rows: ResultPlacement[];
  /** Flag periods; by default every person is in the register since 2010. */
  flags?: (rows: ResultPlacement[]) => FlagPeriod[];
  markt: number;
  overheid: number;
  started: number;
  lost: number;
};

const one = (overrides: Partial<ResultPlacement>) => [placement({ personId: 'ans', ...overrides })];
const agency = { sector: 'MARKT', regionCode: 'AM12' } as const;
const municipality = { sector: 'OVERHEID', regionCode: 'AM12' } as const;

describe(countBanenafspraakQuarters.name, () => {
  // Count date 2026-09-30; jobs are weekly hours / 25.5 at the close of that day.
  it.each<[string, Case]>([
    [
      'hours of exactly 25.5 as one job',
      { rows: one({}), markt: 1, overheid: 0, started: 0, lost: 0 },
    ],
    [
      '12.75 hours as half a job',
      { rows: one({ weeklyHours: 12.75 }), markt: 0.5, overheid: 0, started: 0, lost: 0 },
    ],
    [
      '38 hours as 1.49 jobs',
      { rows: one({ weeklyHours: 38 }), markt: 38 / 25.5, overheid: 0, started: 0, lost: 0 },
    ],
    [
      'a placement ending on the count date as lost, not in the stock',
      { rows: one({ end: '2026-09-30' }), markt: 0, overheid: 0, started: 0, lost: 1 },
    ],
    [
      'a placement ending the day after the count date in the stock',
      { rows: one({ end: '2026-10-01' }), markt: 1, overheid: 0, started: 0, lost: 0 },
    ],
    [
      'a placement starting on the count date as started and in the stock',
      { rows: one({ start: '2026-09-30' }), markt: 1, overheid: 0, started: 1, lost: 0 },
    ],
    [
      'a placement starting after the count date not at all',
      { rows: one({ start: '2026-10-01' }), markt: 0, overheid: 0, started: 0, lost: 0 },
    ],
    [
      'a person leaving the doelgroepregister while the job runs as lost',
      {
        rows: one({}),
        flags: () => [flag('ans', { validFrom: '2020-01-01', validTo: '2026-08-31' })],
        markt: 0,
        overheid: 0,
        started: 0,
        lost: 1,
      },
    ],
    [
      'a person leaving the doelgroepregister on the count date as lost',
      {
        rows: one({}),
        flags: () => [flag('ans', { validFrom: '2020-01-01', validTo: '2026-09-30' })],
        markt: 0,
        overheid: 0,
        started: 0,
        lost: 1,
      },
    ],
    [
      'a person entering the doelgroepregister during a running job as started',
      {
        rows: one({}),
        flags: () => [flag('ans', { validFrom: '2026-08-01' })],
        markt: 1,
        overheid: 0,
        started: 1,
        lost: 0,
      },
    ],
    [
      'a registration dated after the count date not at all',
      {
        rows: one({}),
        flags: () => [flag('ans', { validFrom: '2026-10-15' })],
        markt: 0,
        overheid: 0,
        started: 0,
        lost: 0,
      },
    ],
    [
      'a person re-registered the day after leaving as one unbroken job',
      {
        rows: one({}),
        flags: () => [
          flag('ans', { validFrom: '2020-01-01', validTo: '2026-07-31' }),
          flag('ans', { validFrom: '2026-08-01' }),
        ],
        markt: 1,
        overheid: 0,
        started: 0,
        lost: 0,
      },
    ],
    [
      'a person outside the doelgroepregister not at all',
      { rows: one({}), flags: () => [], markt: 0, overheid: 0, started: 0, lost: 0 },
    ],
    [
      'detachering for the inlener (a municipality), not the seconding company',
      {
        rows: one({
          contractType: 'SECONDMENT',
          employer: { sector: 'MARKT', regionCode: 'AM36' },
          hiringEmployer: municipality,
        }),
        markt: 0,
        overheid: 1,
        started: 0,
        lost: 0,
      },
    ],
    [
      'detachering to an inlener in another region not in this region',
      {
        rows: one({
          contractType: 'SECONDMENT',
          employer: municipality,
          hiringEmployer: { sector: 'MARKT', regionCode: 'AM36' },
        }),
        markt: 0,
        overheid: 0,
        started: 0,
        lost: 0,
      },
    ],
    [
      'temp-agency work for a government inlener as overheid',
      {
        rows: one({ contractType: 'TEMP_AGENCY', employer: agency, hiringEmployer: municipality }),
        markt: 0,
        overheid: 1,
        started: 0,
        lost: 0,
      },
    ],
    [
      'a trial placement not at all',
      {
        rows: one({ contractType: 'TRIAL_PLACEMENT' }),
        markt: 0,
        overheid: 0,
        started: 0,
        lost: 0,
      },
    ],
    [
      'unpaid work not at all',
      { rows: one({ contractType: 'UNPAID' }), markt: 0, overheid: 0, started: 0, lost: 0 },
    ],
    [
      'a job at an employer in another region not in this region',
      {
        rows: one({ employer: { sector: 'MARKT', regionCode: 'AM01' } }),
        markt: 0,
        overheid: 0,
        started: 0,
        lost: 0,
      },
    ],
  ])('counts %s', (_case, { rows, flags = flagsFor, markt, overheid, started, lost }) => {
    const quarter = countQuarter(rows, flags(rows));
    expect(quarter.stock.jobs.markt.jobs).toBeCloseTo(markt, 10);
    expect(quarter.stock.jobs.overheid.jobs).toBeCloseTo(overheid, 10);
    expect(quarter.stock.jobs.total.jobs).toBeCloseTo(markt + overheid, 10);
    expect({ started: quarter.peopleStarted, lost: quarter.peopleLost }).toEqual({ started, lost });
  });

  it('counts the people behind the jobs per sector, each once', () => {
    const rows = [
      placement({ personId: 'ans', weeklyHours: 12 }),
      placement({ personId: 'ans', weeklyHours: 10, employer: municipality }),
      placement({ personId: 'bert', weeklyHours: 30 }),
    ];
    expect(countQuarter(rows, flagsFor(rows)).stock.people).toEqual({
      markt: 2,
      overheid: 1,
      total: 2,
    });
  });

  it('compares the count date with the previous quarter and the baseline of 1 January 2013', () => {
    const rows = [
      placement({ personId: 'ans', start: '2012-06-01' }), // baseline and both count dates
      placement({ personId: 'bert', start: '2012-12-31', end: '2013-03-31' }), // baseline only
      placement({ personId: 'cor', start: '2026-05-01', weeklyHours: 51 }), // both count dates
      placement({ personId: 'dirk', start: '2026-08-01', weeklyHours: 12.75 }), // this quarter only
    ];
    const quarter = countQuarter(rows, flagsFor(rows));
    // Baseline 2 jobs; previous count date 1 + 2 = 3 jobs; now 1 + 2 + 0.5 = 3.5 jobs.
    expect(quarter.previousStock.jobs.total.jobs).toBeCloseTo(3, 10);
    expect(quarter.stock.jobs.total.jobs).toBeCloseTo(3.5, 10);
    expect(quarter.extra.total.jobs).toBeCloseTo(1.5, 10);
  });

  it('takes the target of the quarter’s year, with the % reached in total and per sector', () => {
    const rows = [
      ...placements(2, { employer: { sector: 'MARKT', regionCode: 'AM12' } }),
      placement({ employer: municipality }),
    ];
    const targets: RegionTarget[] = [
      { regionCode: 'AM12', year: 2025, jobs: 100, marktJobs: null, overheidJobs: null },
      { regionCode: 'AM12', year: 2026, jobs: 4, marktJobs: 2.5, overheidJobs: 1.5 },
      { regionCode: 'AM01', year: 2026, jobs: 1, marktJobs: null, overheidJobs: null },
    ];
    const quarter = countQuarter(rows, flagsFor(rows), targets);
    expect(quarter.target).toEqual(targets[1]);
    // 3 extra jobs of 4 = 75 %; markt 2 of 2.5 = 80 %; overheid 1 of 1.5 = 66.7 %.
    expect(quarter.percentOfTarget.total).toBeCloseTo(75, 10);
    expect(quarter.percentOfTarget.markt).toBeCloseTo(80, 10);
    expect(quarter.percentOfTarget.overheid).toBeCloseTo(200 / 3, 10);
  });

  it('reports 447 extra jobs as 91 % of a target of 491 (seed 003)', () => {
    const rows = placements(447);
    const quarter = countQuarter(rows, flagsFor(rows), [
      { regionCode: 'AM12', year: 2026, jobs: 491, marktJobs: null, overheidJobs: null },
    ]);
    expect(quarter.extra.total.jobs).toBeCloseTo(447, 10);
    expect(Math.round(quarter.percentOfTarget.total!)).toBe(91);
  });

  it('leaves the percentages empty without a target, and per sector without a split', () => {
    const rows = placements(1);
    expect(countQuarter(rows, flagsFor(rows)).percentOfTarget).toEqual({
      markt: null,
      overheid: null,
      total: null,
    });
    const withTotal = countQuarter(rows, flagsFor(rows), [
      { regionCode: 'AM12', year: 2026, jobs: 2, marktJobs: null, overheidJobs: null },
    ]);
    expect(withTotal.percentOfTarget).toEqual({ markt: null, overheid: null, total: 50 });
  });

  it('reports every quarter of the range, each on its own count date', () => {
    const counts = countBanenafspraakQuarters({
      regionCode: 'AM12',
      fromQuarter: '2025-Q4',
      toQuarter: '2026-Q2',
      placements: [],
      flagPeriods: [],
      targets: [],
    });
    expect(counts.quarters.map((quarter) => [quarter.quarter, quarter.countDate])).toEqual([
      ['2025-Q4', '2025-12-31'],
      ['2026-Q1', '2026-03-31'],
      ['2026-Q2', '2026-06-30'],
    ]);
    expect(counts.baselineCountDate).toBe('2012-12-31');
  });

  it('throws a RangeError for a range that runs backwards', () => {
    expect(() =>
      countBanenafspraakQuarters({
        regionCode: 'AM12',
        fromQuarter: '2026-Q3',
        toQuarter: '2026-Q2',
        placements: [],
        flagPeriods: [],
        targets: [],
      }),
    ).toThrow(RangeError);
  });
});

describe(publishBanenafspraak.name, () => {
  /** 10 people in markt jobs since 2025 and `overheid` people in overheid jobs since 2026-Q3. */
  function region(overheid: number) {
    const rows = [
      ...placements(10, { start: '2025-01-01' }),
      ...placements(overheid, { start: '2026-07-01', employer: municipality }),
    ];
    return banenafspraakResults({
      regionCode: 'AM12',
      fromQuarter: '2026-Q2',
      toQuarter: '2026-Q3',
      placements: rows,
      flagPeriods: flagsFor(rows),
      targets: [{ regionCode: 'AM12', year: 2026, jobs: 20, marktJobs: 15, overheidJobs: 5 }],
    });
  }

  it('publishes every figure when each rests on at least 5 people', () => {
    const [, quarter] = region(6).quarters;
    expect(quarter.jobs).toEqual({
      markt: published(10),
      overheid: published(6),
      total: published(16),
    });
    expect(quarter.extraJobs.total).toEqual(published(16));
    expect(quarter.changeFromPreviousQuarter).toEqual(published(6));
    expect(quarter.peopleStarted).toEqual(published(6));
    expect(quarter.percentOfTarget.total).toEqual(published(80));
  });

  it('hides a sector resting on fewer than 5 people, the other sector with it, and what derives from them', () => {
    const [, quarter] = region(2).quarters;
    expect(quarter.jobs).toEqual({ markt: protecting, overheid: hidden, total: published(12) });
    expect(quarter.extraJobs).toEqual({
      markt: protecting,
      overheid: protecting,
      total: published(12),
    });
    expect(quarter.percentOfTarget).toEqual({
      markt: protecting,
      overheid: protecting,
      total: published(60),
    });
    expect(displayFigure(quarter.jobs.overheid)).toBe('x');
  });

  it('shows fewer than 5 people who started as "<5"', () => {
    const [, quarter] = region(2).quarters;
    expect(quarter.peopleStarted).toEqual(hidden);
    expect(displayCount(quarter.peopleStarted)).toBe('<5');
  });

  it('hides the change when the previous quarter’s total is hidden', () => {
    const rows = [
      ...placements(3, { start: '2026-01-01' }),
      ...placements(5, { start: '2026-07-01' }),
    ];
    const [previous, current] = banenafspraakResults({
      regionCode: 'AM12',
      fromQuarter: '2026-Q2',
      toQuarter: '2026-Q3',
      placements: rows,
      flagPeriods: flagsFor(rows),
      targets: [],
    }).quarters;
    expect(previous.jobs.total).toEqual(hidden);
    expect(current.jobs.total).toEqual(published(8));
    expect(current.changeFromPreviousQuarter).toEqual(protecting);
  });

  it('publishes a baseline nobody worked at as 0', () => {
    expect(region(6).baseline).toEqual({
      markt: published(0),
      overheid: published(0),
      total: published(0),
    });
  });

  it('suppresses a quarter the same way whichever range it is asked in', () => {
    const rows = [
      ...placements(10, { start: '2025-01-01' }),
      ...placements(2, { start: '2026-07-01', employer: municipality }),
    ];
    const ask = (fromQuarter: string) =>
      banenafspraakResults({
        regionCode: 'AM12',
        fromQuarter,
        toQuarter: QUARTER,
        placements: rows,
        flagPeriods: flagsFor(rows),
        targets: [],
      }).quarters.at(-1);
    expect(ask('2024-Q1')).toEqual(ask(QUARTER));
  });
});

describe(nationalOverview.name, () => {
  it('gives each region the totals of its own page, hidden where they rest on few people', () => {
    const rows = [
      ...placements(6),
      ...placements(3, { employer: { sector: 'MARKT', regionCode: 'AM01' } }),
    ];
    const targets: RegionTarget[] = [
      { regionCode: 'AM12', year: 2026, jobs: 12, marktJobs: null, overheidJobs: null },
    ];
    const overview = nationalOverview({
      quarter: QUARTER,
      regionCodes: ['AM12', 'AM01', 'AM36'],
      placements: rows,
      flagPeriods: flagsFor(rows),
      targets,
    });
    expect(overview).toEqual([
      {
        regionCode: 'AM12',
        jobs: published(6),
        extraJobs: published(6),
        target: targets[0],
        percentOfTarget: published(50),
      },
      {
        regionCode: 'AM01',
        jobs: hidden,
        extraJobs: protecting,
        target: null,
        percentOfTarget: null,
      },
      {
        regionCode: 'AM36',
        jobs: published(0),
        extraJobs: published(0),
        target: null,
        percentOfTarget: null,
      },
    ]);
  });
});
