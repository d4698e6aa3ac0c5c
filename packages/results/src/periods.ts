// Count dates and reporting windows. Results are reported only for complete quarters: a quarter
// that is still running would change from day to day, and the difference between two days would
// show what happened to single people.
import {
  formatIsoDate,
  isQuarterId,
  quarterOf,
  quarterRange,
  type IsoDate,
  type Period,
  type QuarterId,
} from '@werkbrug/domain-rules';

/** The first year results can be asked for: the banenafspraak counts from 1 January 2013. */
export const FIRST_RESULTS_YEAR = 2013;

function parseQuarter(quarter: string): { year: number; number: 1 | 2 | 3 | 4 } {
  if (!isQuarterId(quarter)) throw new RangeError(`Not a quarter (YYYY-Qn): '${quarter}'`);
  const [year, number] = quarter.split('-Q').map(Number);
  return { year, number: number as 1 | 2 | 3 | 4 };
}

function quarterId(year: number, number: number): QuarterId {
  return `${year}-Q${number as 1 | 2 | 3 | 4}`;
}

export function previousQuarter(quarter: string): QuarterId {
  const { year, number } = parseQuarter(quarter);
  return number === 1 ? quarterId(year - 1, 4) : quarterId(year, number - 1);
}

export function nextQuarter(quarter: string): QuarterId {
  const { year, number } = parseQuarter(quarter);
  return number === 4 ? quarterId(year + 1, 1) : quarterId(year, number + 1);
}

/** The last day of a quarter: its count date. */
export function countDateOf(quarter: string): IsoDate {
  return quarterRange(quarter).to;
}

export function yearOfQuarter(quarter: string): number {
  return parseQuarter(quarter).year;
}

/** Every quarter from `from` to `to`, both included; empty when `to` comes first. */
export function quartersBetween(from: string, to: string): QuarterId[] {
  parseQuarter(from);
  parseQuarter(to);
  const quarters: QuarterId[] = [];
  for (let quarter = from as QuarterId; quarter <= to; quarter = nextQuarter(quarter)) {
    quarters.push(quarter);
  }
  return quarters;
}

/** The most recent quarter that has ended before `today` (a quarter ends at the close of its last day). */
export function lastCompletedQuarter(today: IsoDate): QuarterId {
  return previousQuarter(quarterOf(today));
}

/**
 * The part of a year that results cover on `today`: the whole year once it is over, otherwise up
 * to the end of the last completed quarter; null while no quarter of the year has ended.
 */
export function reportingWindowOfYear(year: number, today: IsoDate): Period | null {
  if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  const from = formatIsoDate(year, 1, 1);
  const yearEnd = formatIsoDate(year, 12, 31);
  const lastCountDate = countDateOf(lastCompletedQuarter(today));
  const to = lastCountDate < yearEnd ? lastCountDate : yearEnd;
  return to < from ? null : { from, to };
}

/** The quarter whose end is a year's count date on `today`; null while no quarter of it has ended. */
export function countQuarterOfYear(year: number, today: IsoDate): QuarterId | null {
  const window = reportingWindowOfYear(year, today);
  return window ? quarterOf(window.to) : null;
}
