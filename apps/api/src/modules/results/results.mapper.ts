import {
  countDateOf,
  displayCount,
  HIDDEN_DISPLAY,
  displayFigure,
  type BanenafspraakResults,
  type BeschutWerkResults,
  type PipelineResults,
  type Published,
  type RegionTarget,
  type SectorFigures,
  type TargetRow,
  type UitstroomResults,
} from '@werkbrug/results';
import {
  BanenafspraakResultsModel,
  BeschutWerkResultsModel,
  MunicipalityResultModel,
  MunicipalityTargetModel,
  NationalOverviewModel,
  PipelineResultsModel,
  RegionResultTotalModel,
  RegionTargetModel,
  SectorJobsModel,
  SuppressedCountModel,
  SuppressedNumberModel,
  UitstroomResultsModel,
} from './dto/results.model.js';
import type { RegionTargetEntity } from './results.entity.js';
import type { NationalOverviewView, RegionRef, RegionResults } from './results.service.js';
import type { MunicipalityTargetView } from './targets.service.js';

export const toSuppressedCount = (figure: Published): SuppressedCountModel =>
  Object.assign(new SuppressedCountModel(), {
    value: figure.value,
    display: displayCount(figure),
    suppression: figure.suppression,
  });

export const toSuppressedNumber = (figure: Published): SuppressedNumberModel =>
  Object.assign(new SuppressedNumberModel(), {
    value: figure.value,
    display: displayFigure(figure),
    suppression: figure.suppression,
  });

/** A count of check-ins, not of people: whole, and "x" (not "<5") when the people behind it are few. */
const toCheckInCount = (figure: Published): SuppressedCountModel =>
  Object.assign(new SuppressedCountModel(), {
    value: figure.value,
    display: figure.value === null ? HIDDEN_DISPLAY : String(figure.value),
    suppression: figure.suppression,
  });

const toSuppressedNumberOrNull = (figure: Published | null) =>
  figure ? toSuppressedNumber(figure) : null;

const toSectorJobs = (figures: SectorFigures): SectorJobsModel =>
  Object.assign(new SectorJobsModel(), {
    markt: toSuppressedNumber(figures.markt),
    overheid: toSuppressedNumber(figures.overheid),
    total: toSuppressedNumber(figures.total),
  });

export const toRegionTargetModel = (target: RegionTarget | RegionTargetEntity): RegionTargetModel =>
  Object.assign(new RegionTargetModel(), {
    regionCode: target.regionCode,
    year: target.year,
    jobs: target.jobs,
    marktJobs: target.marktJobs,
    overheidJobs: target.overheidJobs,
  });

export function toBanenafspraakResultsModel({
  region,
  results,
}: {
  region: RegionRef;
  results: BanenafspraakResults;
}): BanenafspraakResultsModel {
  return Object.assign(new BanenafspraakResultsModel(), {
    regionCode: region.code,
    regionName: region.name,
    baselineCountDate: results.baselineCountDate,
    baselineJobs: toSectorJobs(results.baseline),
    quarters: results.quarters.map((quarter) => ({
      quarter: quarter.quarter,
      countDate: quarter.countDate,
      jobs: toSectorJobs(quarter.jobs),
      extraJobs: toSectorJobs(quarter.extraJobs),
      changeFromPreviousQuarter: toSuppressedNumber(quarter.changeFromPreviousQuarter),
      peopleStarted: toSuppressedCount(quarter.peopleStarted),
      peopleLost: toSuppressedCount(quarter.peopleLost),
      target: quarter.target ? toRegionTargetModel(quarter.target) : null,
      percentOfTarget: {
        markt: toSuppressedNumberOrNull(quarter.percentOfTarget.markt),
        overheid: toSuppressedNumberOrNull(quarter.percentOfTarget.overheid),
        total: toSuppressedNumberOrNull(quarter.percentOfTarget.total),
      },
    })),
  });
}

const toTotal = (row: TargetRow): RegionResultTotalModel =>
  Object.assign(new RegionResultTotalModel(), {
    realised: toSuppressedCount(row.realised),
    target: row.target,
    percentOfTarget: toSuppressedNumberOrNull(row.percentOfTarget),
  });

const toMunicipalityRows = (
  rows: BeschutWerkResults['municipalities'],
): MunicipalityResultModel[] =>
  rows.map((row) =>
    Object.assign(new MunicipalityResultModel(), {
      municipalityCode: row.code,
      municipalityName: row.name,
      ...toTotal(row),
    }),
  );

export function toBeschutWerkResultsModel({
  region,
  year,
  results,
}: RegionResults<BeschutWerkResults>): BeschutWerkResultsModel {
  return Object.assign(new BeschutWerkResultsModel(), {
    regionCode: region.code,
    regionName: region.name,
    year,
    countDate: results.countDate,
    municipalities: toMunicipalityRows(results.municipalities),
    total: toTotal(results.total),
  });
}

export function toUitstroomResultsModel({
  region,
  year,
  results,
}: RegionResults<UitstroomResults>): UitstroomResultsModel {
  return Object.assign(new UitstroomResultsModel(), {
    regionCode: region.code,
    regionName: region.name,
    year,
    from: results.period.from,
    to: results.period.to,
    municipalities: toMunicipalityRows(results.municipalities),
    total: {
      ...toTotal(results.total),
      full: toSuppressedCount(results.total.full),
      partial: toSuppressedCount(results.total.partial),
    },
  });
}

export function toPipelineResultsModel({
  region,
  year,
  results,
}: RegionResults<PipelineResults>): PipelineResultsModel {
  return Object.assign(new PipelineResultsModel(), {
    regionCode: region.code,
    regionName: region.name,
    year,
    from: results.period.from,
    to: results.period.to,
    funnel: {
      proposed: toSuppressedCount(results.funnel.PROPOSED),
      introduced: toSuppressedCount(results.funnel.INTRODUCED),
      placed: toSuppressedCount(results.funnel.PLACED),
    },
    placementsByVacancyKind: results.placementsByVacancyKind.map(({ kind, people }) => ({
      kind,
      people: toSuppressedCount(people),
    })),
    placementsTotal: toSuppressedCount(results.placementsTotal),
    instruments: results.instruments.map(({ instrument, people }) => ({
      instrument,
      people: toSuppressedCount(people),
    })),
    averageDaysVacancyToPlacement: toSuppressedNumberOrNull(results.averageDaysVacancyToPlacement),
    aftercareOnTime: {
      checkInsDue: toCheckInCount(results.aftercareOnTime.checkInsDue),
      percentage: toSuppressedNumberOrNull(results.aftercareOnTime.percentage),
    },
  });
}

export function toNationalOverviewModel(view: NationalOverviewView): NationalOverviewModel {
  return Object.assign(new NationalOverviewModel(), {
    quarter: view.quarter,
    countDate: countDateOf(view.quarter),
    regions: view.regions.map(({ region, result }) => ({
      regionCode: region.code,
      regionName: region.name,
      active: region.active,
      inScope: result !== null,
      jobs: result ? toSuppressedNumber(result.jobs) : null,
      extraJobs: result ? toSuppressedNumber(result.extraJobs) : null,
      targetJobs: result?.target?.jobs ?? null,
      percentOfTarget: toSuppressedNumberOrNull(result?.percentOfTarget ?? null),
    })),
  });
}

export const toMunicipalityTargetModel = ({
  target,
  municipality,
}: MunicipalityTargetView): MunicipalityTargetModel =>
  Object.assign(new MunicipalityTargetModel(), {
    municipalityCode: target.municipalityCode,
    municipalityName: municipality.name,
    regionCode: municipality.regionCode,
    year: target.year,
    beschutWerkTaakstelling: target.beschutWerkTaakstelling,
    uitstroomTarget: target.uitstroomTarget,
  });
