// The pipeline of a region over a period: how many people were proposed for a vacancy, introduced
// to the employer and placed (from the introductions' status history), which kinds of vacancy the
// placements that started filled, which instruments they used, and how long a vacancy took to
// fill, and whether aftercare check-ins took place on time. Every count is of people; a person
// placed twice on one kind of vacancy counts once there.
import {
  isAftercareOnTime,
  isAftercarePending,
  isWithin,
  PLACEMENT_INSTRUMENTS,
  VACANCY_KINDS,
  type IntroductionStatus,
  type IsoDate,
  type Period,
  type PlacementInstrument,
  type VacancyKind,
} from '@werkbrug/domain-rules';
import type { AftercareCheckInRow, IntroductionStep, ResultPlacement } from './rows.js';
import { countingEmployer } from './segments.js';
import {
  suppressCount,
  suppressFigure,
  suppressTable,
  type CellInput,
  type Published,
} from './suppression.js';

/** Funnel steps: proposed for a vacancy, introduced to the employer (after consent), placed. */
export const FUNNEL_STEPS = [
  'PROPOSED',
  'INTRODUCED',
  'PLACED',
] as const satisfies readonly IntroductionStatus[];
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** Every vacancy kind, then placements without a vacancy (null). */
export const PLACEMENT_KINDS: readonly (VacancyKind | null)[] = [...VACANCY_KINDS, null];

export type PipelineCounts = {
  period: Period;
  funnel: Record<FunnelStep, number>;
  /** In the order of PLACEMENT_KINDS. */
  byVacancyKind: number[];
  /** In the order of PLACEMENT_INSTRUMENTS. */
  byInstrument: number[];
  /**
   * Mean days from a vacancy's creation to the start of its placement; null without any. Placements
   * that began before their vacancy was entered are left out.
   */
  averageDaysVacancyToPlacement: { days: number; people: number } | null;
  /**
   * Check-ins due in the period (cancelled ones left out), those done within 7 days of their due
   * date, and the people behind them. Counted as on the count date, the period's last day (results
   * cover complete quarters only, see periods.ts): a check-in not done by then whose 7 days had not
   * yet run out is pending and left out of both; one whose 7 days had run out counts as late.
   */
  aftercare: { due: number; onTime: number; people: number };
};

/** The counts, unsuppressed. */
export function countPipelineFigures(options: {
  regionCode: string;
  period: Period;
  steps: readonly IntroductionStep[];
  placements: readonly ResultPlacement[];
  aftercare: readonly AftercareCheckInRow[];
}): PipelineCounts {
  const { period, regionCode } = options;
  const reached = (status: FunnelStep) =>
    distinctPeople(
      options.steps.filter(
        (step) =>
          step.regionCode === regionCode && step.status === status && isWithin(step.on, period),
      ),
    );
  const started = options.placements.filter(
    (placement) =>
      countingEmployer(placement).regionCode === regionCode && isWithin(placement.start, period),
  );
  // A placement that began before its vacancy was entered (recorded afterwards) says nothing about
  // the time to fill: left out.
  const withVacancy = started.filter(
    (placement) =>
      placement.vacancyOpenedOn !== null && placement.vacancyOpenedOn <= placement.start,
  );
  const days = withVacancy.map((placement) =>
    daysBetween(placement.vacancyOpenedOn!, placement.start),
  );
  const due = options.aftercare.filter(
    (checkIn) =>
      checkIn.regionCode === regionCode &&
      checkIn.status !== 'CANCELLED' &&
      isWithin(checkIn.dueDate, period) &&
      !isAftercarePending(checkIn, period.to),
  );
  return {
    period,
    funnel: {
      PROPOSED: reached('PROPOSED'),
      INTRODUCED: reached('INTRODUCED'),
      PLACED: reached('PLACED'),
    },
    byVacancyKind: PLACEMENT_KINDS.map((kind) =>
      distinctPeople(started.filter((placement) => placement.vacancyKind === kind)),
    ),
    byInstrument: PLACEMENT_INSTRUMENTS.map((instrument) =>
      distinctPeople(started.filter((placement) => placement.instruments.includes(instrument))),
    ),
    averageDaysVacancyToPlacement:
      days.length === 0
        ? null
        : {
            days: days.reduce((sum, day) => sum + day, 0) / days.length,
            people: distinctPeople(withVacancy),
          },
    aftercare: {
      due: due.length,
      onTime: due.filter(isAftercareOnTime).length,
      people: distinctPeople(due),
    },
  };
}

export type PipelineResults = {
  period: Period;
  funnel: Record<FunnelStep, Published>;
  /** They add up to placementsTotal, so they are suppressed as one table. */
  placementsByVacancyKind: { kind: VacancyKind | null; people: Published }[];
  placementsTotal: Published;
  /** A placement may use several instruments: no total, each count on its own. */
  instruments: { instrument: PlacementInstrument; people: Published }[];
  averageDaysVacancyToPlacement: Published | null;
  /**
   * Aftercare done on time: check-ins due and the percentage done within 7 days of their due
   * date, both hidden when 1-4 people stand behind them; the percentage null without any due.
   */
  aftercareOnTime: { checkInsDue: Published; percentage: Published | null };
};

export function publishPipeline(counts: PipelineCounts): PipelineResults {
  const kindId = (index: number) => `kind:${index}`;
  const cells: Record<string, CellInput> = {
    total: { kind: 'count', value: counts.byVacancyKind.reduce((sum, count) => sum + count, 0) },
  };
  counts.byVacancyKind.forEach((value, index) => (cells[kindId(index)] = { kind: 'count', value }));
  const byKind = suppressTable<string>(cells, [
    { total: 'total', parts: counts.byVacancyKind.map((_, index) => kindId(index)) },
  ]);
  const average = counts.averageDaysVacancyToPlacement;
  return {
    period: counts.period,
    funnel: {
      PROPOSED: suppressCount(counts.funnel.PROPOSED),
      INTRODUCED: suppressCount(counts.funnel.INTRODUCED),
      PLACED: suppressCount(counts.funnel.PLACED),
    },
    placementsByVacancyKind: PLACEMENT_KINDS.map((kind, index) => ({
      kind,
      people: byKind[kindId(index)],
    })),
    placementsTotal: byKind.total,
    instruments: PLACEMENT_INSTRUMENTS.map((instrument, index) => ({
      instrument,
      people: suppressCount(counts.byInstrument[index]),
    })),
    averageDaysVacancyToPlacement: average ? suppressFigure(average.days, average.people) : null,
    aftercareOnTime: {
      checkInsDue: suppressFigure(counts.aftercare.due, counts.aftercare.people),
      percentage:
        counts.aftercare.due === 0
          ? null
          : suppressFigure(
              (100 * counts.aftercare.onTime) / counts.aftercare.due,
              counts.aftercare.people,
            ),
    },
  };
}

export function pipelineResults(
  options: Parameters<typeof countPipelineFigures>[0],
): PipelineResults {
  return publishPipeline(countPipelineFigures(options));
}

function distinctPeople(rows: readonly { personId: string }[]): number {
  return new Set(rows.map((row) => row.personId)).size;
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
