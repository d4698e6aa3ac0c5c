import { Injectable } from '@nestjs/common';
import type { Period } from '@werkbrug/domain-rules';
import {
  banenafspraakResults,
  beschutWerkResults,
  countDateOf,
  countQuarterOfYear,
  lastCompletedQuarter,
  nationalOverview,
  pipelineResults,
  quartersBetween,
  reportingWindowOfYear,
  uitstroomResults,
  type BanenafspraakResults,
  type BeschutWerkResults,
  type NationalRegionResult,
  type PipelineResults,
  type UitstroomResults,
} from '@werkbrug/results';
import { assertRegion, canReachRegion, regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import type {
  BanenafspraakResultsArgs,
  NationalOverviewArgs,
  RegionYearArgs,
} from './dto/results.args.js';
import { ResultsRows } from './results-rows.js';
import { ResultsErrors } from './results.exception.js';

/** At most ten years of quarters in one request. */
export const MAX_QUARTERS = 40;
const FIRST_QUARTER = '2013-Q1';

export type RegionRef = { code: string; name: string; active: boolean };
export type RegionResults<T> = { region: RegionRef; year: number; results: T };
export type NationalOverviewView = {
  quarter: string;
  regions: { region: RegionRef; result: NationalRegionResult | null }[];
};

/**
 * The board's results: rows from SQL, counted and suppressed by @werkbrug/results. Only complete
 * quarters are reported (see the package's periods.ts), so a figure does not change from day to day.
 */
@Injectable()
export class ResultsService {
  constructor(private readonly rows: ResultsRows) {}

  async banenafspraak(
    viewer: Viewer,
    args: BanenafspraakResultsArgs,
  ): Promise<{ region: RegionRef; results: BanenafspraakResults }> {
    const region = await this.reachableRegion(viewer, args.regionCode);
    this.assertQuarterRange(args.fromQuarter, args.toQuarter);
    const { placements, flagPeriods } = await this.rows.banenafspraakRows(
      [region.code],
      countDateOf(args.toQuarter),
    );
    const targets = await this.rows.regionTargets([region.code]);
    return {
      region,
      results: banenafspraakResults({
        regionCode: region.code,
        fromQuarter: args.fromQuarter,
        toQuarter: args.toQuarter,
        placements,
        flagPeriods,
        targets,
      }),
    };
  }

  async beschutWerk(
    viewer: Viewer,
    args: RegionYearArgs,
  ): Promise<RegionResults<BeschutWerkResults>> {
    const region = await this.reachableRegion(viewer, args.regionCode);
    const { to: countDate } = this.window(args.year);
    const [municipalities, targets, rows] = await Promise.all([
      this.rows.municipalitiesOf(region.code),
      this.rows.municipalityTargets(region.code, args.year),
      this.rows.beschutWerkRows(region.code, countDate),
    ]);
    return {
      region,
      year: args.year,
      results: beschutWerkResults({ countDate, municipalities, targets, ...rows }),
    };
  }

  async uitstroom(viewer: Viewer, args: RegionYearArgs): Promise<RegionResults<UitstroomResults>> {
    const region = await this.reachableRegion(viewer, args.regionCode);
    const period = this.window(args.year);
    const [municipalities, targets, exits] = await Promise.all([
      this.rows.municipalitiesOf(region.code),
      this.rows.municipalityTargets(region.code, args.year),
      this.rows.benefitExits(region.code, period),
    ]);
    return {
      region,
      year: args.year,
      results: uitstroomResults({ period, municipalities, targets, exits }),
    };
  }

  async pipeline(viewer: Viewer, args: RegionYearArgs): Promise<RegionResults<PipelineResults>> {
    const region = await this.reachableRegion(viewer, args.regionCode);
    const period = this.window(args.year);
    const [steps, placements, aftercare] = await Promise.all([
      this.rows.introductionSteps(region.code, period),
      this.rows.startedPlacements(region.code, period),
      this.rows.aftercareCheckIns(region.code, period),
    ]);
    return {
      region,
      year: args.year,
      results: pipelineResults({ regionCode: region.code, period, steps, placements, aftercare }),
    };
  }

  /** Every region for the map; figures only for the viewer's regions (all for an admin). */
  async nationalOverview(
    viewer: Viewer,
    args: NationalOverviewArgs,
  ): Promise<NationalOverviewView> {
    const quarter = this.overviewQuarter(args);
    const regions = await this.rows.regions();
    const scope = regionScope(viewer);
    const inScope = regions
      .filter((region) => canReachRegion(viewer, region.code))
      .map((region) => region.code);
    const { placements, flagPeriods } =
      inScope.length > 0
        ? await this.rows.banenafspraakRows(scope, countDateOf(quarter))
        : { placements: [], flagPeriods: [] };
    const targets = inScope.length > 0 ? await this.rows.regionTargets(scope) : [];
    const results = nationalOverview({
      quarter,
      regionCodes: inScope,
      placements,
      flagPeriods,
      targets,
    });
    return {
      quarter,
      regions: regions.map((region) => ({
        region,
        result: results.find((result) => result.regionCode === region.code) ?? null,
      })),
    };
  }

  private async reachableRegion(viewer: Viewer, code: string): Promise<RegionRef> {
    const region = await this.rows.region(code);
    if (!region) throw ResultsErrors.regionNotFound();
    assertRegion(viewer, region.code);
    return region;
  }

  private assertQuarterRange(fromQuarter: string, toQuarter: string): void {
    this.assertReportableQuarter(fromQuarter, 'fromQuarter');
    this.assertReportableQuarter(toQuarter, 'toQuarter');
    const count = quartersBetween(fromQuarter, toQuarter).length;
    if (count === 0) throw ResultsErrors.quartersReversed();
    if (count > MAX_QUARTERS) throw ResultsErrors.tooManyQuarters(MAX_QUARTERS);
  }

  private assertReportableQuarter(quarter: string, field: string): void {
    if (quarter < FIRST_QUARTER) throw ResultsErrors.quarterBeforeBaseline(field);
    const last = lastCompletedQuarter(todayInNetherlands());
    if (quarter > last) throw ResultsErrors.quarterNotCompleted(field, last);
  }

  private window(year: number): Period {
    const window = reportingWindowOfYear(year, todayInNetherlands());
    if (!window) throw ResultsErrors.yearNotStarted('year');
    return window;
  }

  private overviewQuarter(args: NationalOverviewArgs): string {
    const hasQuarter = args.quarter !== undefined && args.quarter !== null;
    const hasYear = args.year !== undefined && args.year !== null;
    if (hasQuarter === hasYear) throw ResultsErrors.quarterOrYear();
    if (hasQuarter) {
      this.assertReportableQuarter(args.quarter!, 'quarter');
      return args.quarter!;
    }
    const quarter = countQuarterOfYear(args.year!, todayInNetherlands());
    if (!quarter) throw ResultsErrors.yearNotStarted('year');
    return quarter;
  }
}
