// The banenafspraak results of a region per quarter, built on @werkbrug/domain-rules'
// countBanenafspraak: jobs of 25.5 hours a week at the close of each quarter's last day (the count
// date), split markt/overheid by the employer the work is done for (the inlener for temp-agency
// work and secondment, in whose region it also counts), against the baseline of 1 January 2013
// and the region's target for the quarter's year.
//
// What this adds to countBanenafspraak:
// - history: a job counts only while its person is in the doelgroepregister (flag periods), so
//   someone leaving the register loses a counted job that day, and a registration recorded later
//   does not change a quarter already reported unless its dates say so;
// - only paid work counts (no trial placements, no unpaid work);
// - the number of people behind each figure, and small-cell suppression of what is published.
import {
  addDays,
  BANENAFSPRAAK_BASELINE_DATE,
  countBanenafspraak,
  type BanenafspraakPlacement,
  type EmployerSector,
  type IsoDate,
  type QuarterId,
  type SectorJobCount,
} from '@werkbrug/domain-rules';
import { countDateOf, previousQuarter, quartersBetween, yearOfQuarter } from './periods.js';
import type { FlagPeriod, RegionTarget, ResultPlacement } from './rows.js';
import {
  countedSegments,
  countingEmployer,
  flagHistory,
  placementRoute,
  runsAtCloseOf,
  type CountedSegment,
} from './segments.js';
import { derive, suppressCount, suppressTable, type Published } from './suppression.js';

/** The day whose close is the baseline: jobs running when 1 January 2013 began. */
export const BASELINE_COUNT_DATE: IsoDate = addDays(BANENAFSPRAAK_BASELINE_DATE, -1);

export type SectorPeople = { markt: number; overheid: number; total: number };
/** Counted jobs at the close of a day, and the people holding them. */
export type StockCount = { jobs: SectorJobCount; people: SectorPeople };
export type SectorPercent = { markt: number | null; overheid: number | null; total: number | null };

export type BanenafspraakQuarterCount = {
  quarter: QuarterId;
  countDate: IsoDate;
  stock: StockCount;
  previousStock: StockCount;
  /** Jobs minus the baseline: what the target is about. */
  extra: SectorJobCount;
  /** People whose counted job began within the quarter (a new job, or entering the register). */
  peopleStarted: number;
  /** People whose counted job ended within the quarter (the job ended, or they left the register). */
  peopleLost: number;
  /** The region's target for the quarter's year, if set. */
  target: RegionTarget | null;
  /** Extra jobs as % of the target; null where no target (or no split of it) is set. */
  percentOfTarget: SectorPercent;
};

export type BanenafspraakCounts = {
  regionCode: string;
  baselineCountDate: IsoDate;
  baseline: StockCount;
  quarters: BanenafspraakQuarterCount[];
};

/** The counts, unsuppressed: for the rules' own tests and for publishBanenafspraak only. */
export function countBanenafspraakQuarters(options: {
  regionCode: string;
  fromQuarter: string;
  toQuarter: string;
  placements: readonly ResultPlacement[];
  flagPeriods: readonly FlagPeriod[];
  targets: readonly RegionTarget[];
}): BanenafspraakCounts {
  const quarters = quartersBetween(options.fromQuarter, options.toQuarter);
  if (quarters.length === 0) {
    throw new RangeError(`Quarter ${options.fromQuarter} comes after ${options.toQuarter}`);
  }
  const regional = options.placements.filter(
    (placement) => countingEmployer(placement).regionCode === options.regionCode,
  );
  const segments = countedSegments(regional, flagHistory(options.flagPeriods, 'DOELGROEPREGISTER'));
  const counted = segments.map(toBanenafspraakPlacement);
  const stockAt = (day: IsoDate) => stockAtCloseOf(segments, counted, day);

  return {
    regionCode: options.regionCode,
    baselineCountDate: BASELINE_COUNT_DATE,
    baseline: stockAt(BASELINE_COUNT_DATE),
    quarters: quarters.map((quarter) => {
      const target =
        options.targets.find(
          (candidate) =>
            candidate.regionCode === options.regionCode &&
            candidate.year === yearOfQuarter(quarter),
        ) ?? null;
      const count = countBanenafspraak({
        placements: counted,
        period: quarter,
        target: target?.jobs,
      });
      const percentOf = (jobs: number, targetJobs: number | null | undefined) =>
        targetJobs ? (jobs / targetJobs) * 100 : null;
      return {
        quarter,
        countDate: countDateOf(quarter),
        stock: stockAt(countDateOf(quarter)),
        previousStock: stockAt(countDateOf(previousQuarter(quarter))),
        extra: count.extra,
        peopleStarted: count.gained.persons,
        peopleLost: count.lost.persons,
        target,
        percentOfTarget: {
          markt: percentOf(count.extra.markt.jobs, target?.marktJobs),
          overheid: percentOf(count.extra.overheid.jobs, target?.overheidJobs),
          total: count.realisedPercent,
        },
      };
    }),
  };
}

export type SectorFigures = { markt: Published; overheid: Published; total: Published };

export type BanenafspraakQuarterResult = {
  quarter: QuarterId;
  countDate: IsoDate;
  jobs: SectorFigures;
  extraJobs: SectorFigures;
  changeFromPreviousQuarter: Published;
  peopleStarted: Published;
  peopleLost: Published;
  target: RegionTarget | null;
  percentOfTarget: { markt: Published | null; overheid: Published | null; total: Published | null };
};

export type BanenafspraakResults = {
  regionCode: string;
  baselineCountDate: IsoDate;
  baseline: SectorFigures;
  quarters: BanenafspraakQuarterResult[];
};

/**
 * The counts as published. Each count date's jobs are one table (total = markt + overheid),
 * suppressed on its own, so a quarter looks the same whichever range it is asked in; changes,
 * extra jobs and percentages are hidden whenever a figure they come from is.
 */
export function publishBanenafspraak(counts: BanenafspraakCounts): BanenafspraakResults {
  const baseline = publishStock(counts.baseline);
  return {
    regionCode: counts.regionCode,
    baselineCountDate: counts.baselineCountDate,
    baseline,
    quarters: counts.quarters.map((quarter) => {
      const jobs = publishStock(quarter.stock);
      const previous = publishStock(quarter.previousStock);
      const extraJobs: SectorFigures = {
        markt: derive(quarter.extra.markt.jobs, [jobs.markt, baseline.markt]),
        overheid: derive(quarter.extra.overheid.jobs, [jobs.overheid, baseline.overheid]),
        total: derive(quarter.extra.total.jobs, [jobs.total, baseline.total]),
      };
      const percent = (value: number | null, extra: Published) =>
        value === null ? null : derive(value, [extra]);
      return {
        quarter: quarter.quarter,
        countDate: quarter.countDate,
        jobs,
        extraJobs,
        changeFromPreviousQuarter: derive(
          quarter.stock.jobs.total.jobs - quarter.previousStock.jobs.total.jobs,
          [jobs.total, previous.total],
        ),
        peopleStarted: suppressCount(quarter.peopleStarted),
        peopleLost: suppressCount(quarter.peopleLost),
        target: quarter.target,
        percentOfTarget: {
          markt: percent(quarter.percentOfTarget.markt, extraJobs.markt),
          overheid: percent(quarter.percentOfTarget.overheid, extraJobs.overheid),
          total: percent(quarter.percentOfTarget.total, extraJobs.total),
        },
      };
    }),
  };
}

export function banenafspraakResults(
  options: Parameters<typeof countBanenafspraakQuarters>[0],
): BanenafspraakResults {
  return publishBanenafspraak(countBanenafspraakQuarters(options));
}

export type NationalRegionResult = {
  regionCode: string;
  jobs: Published;
  extraJobs: Published;
  target: RegionTarget | null;
  percentOfTarget: Published | null;
};

/** Each region's totals for one quarter, suppressed exactly as on the region's own page. */
export function nationalOverview(options: {
  quarter: string;
  regionCodes: readonly string[];
  placements: readonly ResultPlacement[];
  flagPeriods: readonly FlagPeriod[];
  targets: readonly RegionTarget[];
}): NationalRegionResult[] {
  return options.regionCodes.map((regionCode) => {
    const [quarter] = banenafspraakResults({
      ...options,
      regionCode,
      fromQuarter: options.quarter,
      toQuarter: options.quarter,
    }).quarters;
    return {
      regionCode,
      jobs: quarter.jobs.total,
      extraJobs: quarter.extraJobs.total,
      target: quarter.target,
      percentOfTarget: quarter.percentOfTarget.total,
    };
  });
}

function toBanenafspraakPlacement(segment: CountedSegment): BanenafspraakPlacement {
  const { placement } = segment;
  return {
    personId: segment.personId,
    weeklyHours: placement.weeklyHours,
    start: segment.from,
    end: segment.to,
    inDoelgroepregister: true,
    employerSector: placement.employer.sector,
    via: placementRoute(placement.contractType),
    hiringEmployerSector: placement.hiringEmployer?.sector ?? null,
  };
}

function stockAtCloseOf(
  segments: readonly CountedSegment[],
  counted: readonly BanenafspraakPlacement[],
  day: IsoDate,
): StockCount {
  const { atEnd } = countBanenafspraak({ placements: counted, period: { from: day, to: day } });
  const running = segments.filter((segment) => runsAtCloseOf(segment, day));
  const people = (sector?: EmployerSector) =>
    new Set(
      running
        .filter((segment) => !sector || countingEmployer(segment.placement).sector === sector)
        .map((segment) => segment.personId),
    ).size;
  return {
    jobs: atEnd,
    people: { markt: people('MARKT'), overheid: people('OVERHEID'), total: people() },
  };
}

function publishStock(stock: StockCount): SectorFigures {
  return suppressTable(
    {
      markt: { kind: 'figure', value: stock.jobs.markt.jobs, people: stock.people.markt },
      overheid: { kind: 'figure', value: stock.jobs.overheid.jobs, people: stock.people.overheid },
      total: { kind: 'figure', value: stock.jobs.total.jobs, people: stock.people.total },
    },
    [{ total: 'total', parts: ['markt', 'overheid'] }],
  );
}
