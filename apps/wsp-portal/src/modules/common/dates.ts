// Dates as the API sends them: calendar dates as YYYY-MM-DD, moments as ISO date-times. Users read
// them in Dutch, in Dutch time.
const TIME_ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const momentFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const isoDateInNetherlands = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
});

/** Today in the Netherlands as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return isoDateInNetherlands.format(now);
}

/** The date `days` days after (or, negative, before) a YYYY-MM-DD date. */
export function addDaysIso(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "1 oktober 2026" for 2026-10-01. */
export function formatDate(date: string): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** "1 oktober 2026 om 14:03" for an ISO date-time, in Dutch time. */
export function formatMoment(moment: string): string {
  return momentFormat.format(new Date(moment));
}
