// Aftercare (nazorg): contact moments after a placement starts, at 2 weeks and 1, 3, 6 and 12
// months, and when a placement is at risk. Pure rules; the API stores the schedule.
import { addDays, addMonths, type IsoDate } from './dates.js';
import type { AftercareKind, AftercareOutcome, AftercareStatus } from './enums.js';
import { AFTERCARE_KINDS } from './enums.js';

/** A check-in done within this many days of its due date was on time. */
export const AFTERCARE_ON_TIME_DAYS = 7;
/** An open check-in this many days past its due date puts the placement at risk. */
export const AFTERCARE_OVERDUE_RISK_DAYS = 14;

const OFFSETS: Record<AftercareKind, { days?: number; months?: number }> = {
  WEEK_2: { days: 14 },
  MONTH_1: { months: 1 },
  MONTH_3: { months: 3 },
  MONTH_6: { months: 6 },
  MONTH_12: { months: 12 },
};

export function aftercareDueDate(startDate: IsoDate, kind: AftercareKind): IsoDate {
  const offset = OFFSETS[kind];
  return offset.days !== undefined
    ? addDays(startDate, offset.days)
    : addMonths(startDate, offset.months!);
}

/** The schedule of a placement starting on `startDate`, in order. */
export function aftercareSchedule(startDate: IsoDate): { kind: AftercareKind; dueDate: IsoDate }[] {
  return AFTERCARE_KINDS.map((kind) => ({ kind, dueDate: aftercareDueDate(startDate, kind) }));
}

/**
 * The status a check-in that was not done should have: cancelled when it falls after the last
 * working day, open otherwise (so clearing an end date reopens it).
 */
export function scheduledStatus(
  dueDate: IsoDate,
  endDate: IsoDate | null,
): Exclude<AftercareStatus, 'DONE'> {
  return endDate !== null && dueDate > endDate ? 'CANCELLED' : 'OPEN';
}

export function isAftercareOverdue(
  checkIn: { status: AftercareStatus; dueDate: IsoDate },
  today: IsoDate,
): boolean {
  return checkIn.status === 'OPEN' && checkIn.dueDate < today;
}

export function isAftercareOnTime(checkIn: {
  dueDate: IsoDate;
  completedOn: IsoDate | null;
}): boolean {
  return (
    checkIn.completedOn !== null &&
    checkIn.completedOn <= addDays(checkIn.dueDate, AFTERCARE_ON_TIME_DAYS)
  );
}

/**
 * Whether a check-in was still undecided on a count date: not done by then (open, or done only
 * afterwards) while its 7 days to be done on time had not yet run out. The count date itself is
 * the last day of such a window, so a check-in due exactly 7 days before it is still pending.
 * Judging by the count date rather than by today keeps a published figure the same whatever day
 * it is computed on. Cancelled check-ins are never pending (they are not due at all).
 */
export function isAftercarePending(
  checkIn: { status: AftercareStatus; dueDate: IsoDate; completedOn: IsoDate | null },
  countDate: IsoDate,
): boolean {
  if (checkIn.status === 'CANCELLED') return false;
  const doneByCountDate = checkIn.completedOn !== null && checkIn.completedOn <= countDate;
  return !doneByCountDate && addDays(checkIn.dueDate, AFTERCARE_ON_TIME_DAYS) >= countDate;
}

export type AftercareRiskInput = {
  kind: AftercareKind;
  status: AftercareStatus;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
  outcome: AftercareOutcome | null;
};

/**
 * A running placement is at risk when its latest done check-in says AT_RISK, or when a check-in is
 * open more than 14 days after its due date. Returns the Dutch reason, or null.
 */
export function aftercareRisk(
  checkIns: readonly AftercareRiskInput[],
  today: IsoDate,
): string | null {
  const done = checkIns
    .filter((checkIn) => checkIn.status === 'DONE' && checkIn.completedOn !== null)
    .sort((a, b) =>
      a.completedOn! < b.completedOn!
        ? -1
        : a.completedOn! > b.completedOn!
          ? 1
          : a.dueDate < b.dueDate
            ? -1
            : 1,
    );
  const latest = done.at(-1);
  if (latest?.outcome === 'AT_RISK')
    return 'Bij het laatste nazorgcontact is de plaatsing in gevaar gemeld.';
  const overdue = checkIns.filter(
    (checkIn) =>
      checkIn.status === 'OPEN' && addDays(checkIn.dueDate, AFTERCARE_OVERDUE_RISK_DAYS) < today,
  );
  if (overdue.length > 0) {
    return `Een nazorgcontact is meer dan ${AFTERCARE_OVERDUE_RISK_DAYS} dagen te laat.`;
  }
  return null;
}
