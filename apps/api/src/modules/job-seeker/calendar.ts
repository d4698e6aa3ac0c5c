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
