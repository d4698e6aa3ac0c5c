import type { IsoDate } from '@werkbrug/domain-rules';

const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the Netherlands (a file is confirmed "today" there, whatever the server's zone). */
export function todayInNetherlands(now: Date = new Date()): IsoDate {
  return DUTCH_DATE.format(now);
}

/** The moment a Dutch calendar day starts (midnight in Europe/Amsterdam, CET or CEST). */
export function startOfDayInNetherlands(date: IsoDate): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00.000Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (
      todayInNetherlands(candidate) === date &&
      todayInNetherlands(new Date(candidate.getTime() - 1)) !== date
    )
      return candidate;
  }
  throw new RangeError(`No Dutch midnight found for ${date}`);
}
