/** The period a results page shows, kept in its address (?jaar=2025&kwartaal=3) so views are linkable. */
export interface ResultsPeriod {
  year: number;
  /** 1-4, or null for the whole year (to its last completed quarter). */
  quarter: number | null;
}

export const FIRST_YEAR = 2013;

/** The last quarter that has ended on `today`: results are counted at a quarter's close. */
export function lastCompletedQuarter(today: Date): { year: number; quarter: number } {
  const quarter = Math.floor(today.getMonth() / 3);
  return quarter === 0
    ? { year: today.getFullYear() - 1, quarter: 4 }
    : { year: today.getFullYear(), quarter };
}

/** Years with at least one completed quarter, newest first. */
export function yearOptions(today: Date): number[] {
  const last = lastCompletedQuarter(today).year;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, index) => last - index);
}

/** Completed quarters of `year`. */
export function quarterOptions(year: number, today: Date): number[] {
  const last = lastCompletedQuarter(today);
  const count = year < last.year ? 4 : year === last.year ? last.quarter : 0;
  return Array.from({ length: count }, (_, index) => index + 1);
}

/** The period in the address; anything missing or out of range falls back to the latest year. */
export function periodFromParams(params: URLSearchParams, today: Date): ResultsPeriod {
  const years = yearOptions(today);
  const year = Number(params.get('jaar'));
  const chosenYear = years.includes(year) ? year : years[0]!;
  const quarter = Number(params.get('kwartaal'));
  return {
    year: chosenYear,
    quarter: quarterOptions(chosenYear, today).includes(quarter) ? quarter : null,
  };
}

export function periodToParams(period: ResultsPeriod): Record<string, string> {
  return period.quarter === null
    ? { jaar: String(period.year) }
    : { jaar: String(period.year), kwartaal: String(period.quarter) };
}

/** "2025" or "2025, 3e kwartaal". */
export function periodLabel(period: ResultsPeriod): string {
  return period.quarter === null
    ? String(period.year)
    : `${period.year}, ${period.quarter}e kwartaal`;
}

/** The quarters of the banenafspraak trend: the year before and the chosen year, to the chosen quarter. */
export function trendQuarters(
  period: ResultsPeriod,
  today: Date,
): { fromQuarter: string; toQuarter: string } {
  const last = quarterOptions(period.year, today);
  const to = period.quarter ?? last[last.length - 1] ?? 4;
  return { fromQuarter: `${period.year - 1}-Q1`, toQuarter: `${period.year}-Q${to}` };
}

/** "2025-Q3" → "K3 2025". */
export function quarterLabel(quarter: string): string {
  const [year, q] = quarter.split('-Q');
  return `K${q} ${year}`;
}
