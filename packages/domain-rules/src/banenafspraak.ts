// Banenafspraak: jobs for people in the doelgroepregister, counted in units of 25.5 working hours a
// week, per quarter, split markt/overheid, against the baseline of 1 January 2013.
//
// Counting rules, with `end` the last day of a contract (inclusive):
// - only placements of people in the doelgroepregister count;
// - a job counts for the sector of the employer the work is done for: the employer itself for a
//   direct contract, the hiring employer (inlener) for temp-agency work and secondment;
// - the stock on a date is what runs at the close of that day, so a contract ending on the last day
//   of a quarter is lost in that quarter and no longer in its end stock. This keeps
//   stock at the end = stock at the start + gained − lost.
import { type EmployerSector, type PlacementRoute } from './enums.js';
import {
  addDays,
  formatIsoDate,
  isIsoDate,
  isWithin,
  parseIsoDate,
  type IsoDate,
  type Period,
} from './dates.js';

export const WEEKLY_HOURS_PER_JOB = 25.5;
export const BANENAFSPRAAK_BASELINE_DATE: IsoDate = '2013-01-01';

/** 25.5 hours is one job; smaller jobs count pro rata, larger ones as more than one. */
export function jobsFromWeeklyHours(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`Weekly hours must be a non-negative number, got ${hours}`);
  }
  return hours / WEEKLY_HOURS_PER_JOB;
}

export type QuarterId = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER_ID = /^(\d{4})-Q([1-4])$/;

export function isQuarterId(value: string): value is QuarterId {
  return QUARTER_ID.test(value);
}

export function quarterOf(date: IsoDate): QuarterId {
  const { year, month } = parseIsoDate(date);
  return `${year}-Q${Math.ceil(month / 3) as 1 | 2 | 3 | 4}`;
}

/** '2026-Q3' → { from: '2026-07-01', to: '2026-09-30' }. */
export function quarterRange(quarter: string): Period {
  const match = QUARTER_ID.exec(quarter);
  if (!match) throw new RangeError(`Not a quarter (YYYY-Qn): '${quarter}'`);
  const year = Number(match[1]);
  const firstMonth = (Number(match[2]) - 1) * 3 + 1;
  const from = formatIsoDate(year, firstMonth, 1);
  const nextQuarterStart =
    firstMonth === 10 ? formatIsoDate(year + 1, 1, 1) : formatIsoDate(year, firstMonth + 3, 1);
  return { from, to: addDays(nextQuarterStart, -1) };
}

export type BanenafspraakPlacement = {
  /** Identifies the worker, to count people as well as jobs. */
  personId: string;
  weeklyHours: number;
  start: IsoDate;
  /** Last day of the contract, inclusive; null while it runs. */
  end: IsoDate | null;
  inDoelgroepregister: boolean;
  /** Sector of the legal employer (for temp-agency work: the agency). */
  employerSector: EmployerSector;
  via: PlacementRoute;
  /** Sector of the inlener; required when via is TEMP_AGENCY or SECONDMENT. */
  hiringEmployerSector: EmployerSector | null;
};

export type JobCount = { weeklyHours: number; jobs: number };
export type SectorJobCount = { markt: JobCount; overheid: JobCount; total: JobCount };
export type JobMovement = JobCount & { persons: number };

export type BanenafspraakCount = {
  period: Period;
  /** Jobs running at the close of the period's last day. */
  atEnd: SectorJobCount;
  /** Jobs running when the baseline day, 1 January 2013, began. */
  baseline: SectorJobCount;
  /** atEnd − baseline: the extra jobs a region is judged on. */
  extra: SectorJobCount;
  /** Placements that started within the period. */
  gained: JobMovement;
  /** Placements that ended within the period. */
  lost: JobMovement;
  /** Extra jobs the region aims for, when given. */
  target: number | null;
  /** extra.total.jobs as % of target; null without a target. */
  realisedPercent: number | null;
};

/** The sector a placement counts for: the inlener's for temp-agency work and secondment. */
export function countingSector(placement: BanenafspraakPlacement): EmployerSector {
  if (placement.via === 'DIRECT') return placement.employerSector;
  if (placement.hiringEmployerSector === null) {
    throw new RangeError(
      `Placement of ${placement.personId} via ${placement.via} needs the hiring employer's sector`,
    );
  }
  return placement.hiringEmployerSector;
}

export function countBanenafspraak(options: {
  placements: readonly BanenafspraakPlacement[];
  /** A quarter such as '2026-Q3', or any period (inclusive dates). */
  period: Period | string;
  target?: number;
}): BanenafspraakCount {
  const period = typeof options.period === 'string' ? quarterRange(options.period) : options.period;
  assertPeriod(period);
  const target = options.target ?? null;
  if (target !== null && !(Number.isFinite(target) && target > 0)) {
    throw new RangeError(`Target must be a positive number of jobs, got ${target}`);
  }
  options.placements.forEach(assertPlacement);
  const counted = options.placements.filter((placement) => placement.inDoelgroepregister);

  const atEnd = stockAtCloseOf(counted, period.to);
  const baseline = stockAtCloseOf(counted, addDays(BANENAFSPRAAK_BASELINE_DATE, -1));
  const extra = subtractStock(atEnd, baseline);
  return {
    period,
    atEnd,
    baseline,
    extra,
    gained: movement(counted.filter((placement) => isWithin(placement.start, period))),
    lost: movement(
      counted.filter((placement) => placement.end !== null && isWithin(placement.end, period)),
    ),
    target,
    realisedPercent: target === null ? null : (extra.total.jobs / target) * 100,
  };
}

function stockAtCloseOf(
  placements: readonly BanenafspraakPlacement[],
  day: IsoDate,
): SectorJobCount {
  const running = placements.filter(
    (placement) => placement.start <= day && (placement.end === null || placement.end > day),
  );
  const hoursIn = (sector: EmployerSector) =>
    sumHours(running.filter((placement) => countingSector(placement) === sector));
  return sectorJobCount(hoursIn('MARKT'), hoursIn('OVERHEID'));
}

function subtractStock(a: SectorJobCount, b: SectorJobCount): SectorJobCount {
  return sectorJobCount(
    a.markt.weeklyHours - b.markt.weeklyHours,
    a.overheid.weeklyHours - b.overheid.weeklyHours,
  );
}

function sectorJobCount(marktHours: number, overheidHours: number): SectorJobCount {
  return {
    markt: jobCount(marktHours),
    overheid: jobCount(overheidHours),
    total: jobCount(marktHours + overheidHours),
  };
}

// Hours are summed before dividing once, so the job count does not drift with many placements.
// Subtraction (extra) may give negative hours, hence no jobsFromWeeklyHours here.
function jobCount(weeklyHours: number): JobCount {
  return { weeklyHours, jobs: weeklyHours / WEEKLY_HOURS_PER_JOB };
}

function movement(placements: readonly BanenafspraakPlacement[]): JobMovement {
  return {
    ...jobCount(sumHours(placements)),
    persons: new Set(placements.map((placement) => placement.personId)).size,
  };
}

function sumHours(placements: readonly BanenafspraakPlacement[]): number {
  return placements.reduce((total, placement) => total + placement.weeklyHours, 0);
}

function assertPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to) {
    throw new RangeError(`Not a period: ${period.from} to ${period.to}`);
  }
}

function assertPlacement(placement: BanenafspraakPlacement): void {
  const datesValid =
    isIsoDate(placement.start) &&
    (placement.end === null || (isIsoDate(placement.end) && placement.end >= placement.start));
  if (!datesValid) {
    throw new RangeError(
      `Placement of ${placement.personId} has invalid dates: ${placement.start} to ${placement.end}`,
    );
  }
  jobsFromWeeklyHours(placement.weeklyHours);
  countingSector(placement);
}
