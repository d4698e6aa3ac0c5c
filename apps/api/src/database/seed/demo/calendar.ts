import { addDays, type IsoDate } from '@werkbrug/domain-rules';
import type { Random } from './prng.js';

/**
 * "Today" for the demo data. Every date is derived from it (never from the clock), so every run
 * gives the same rows. Keep it close to when the demo is shown: matching counts an availability
 * confirmed more than 180 days before the real today as outdated.
 */
export const REFERENCE_DATE: IsoDate = '2026-11-01';

/** A date between `min` and `max` days before the reference date. */
export function daysAgo(rng: Random, min: number, max: number): IsoDate {
  return addDays(REFERENCE_DATE, -rng.int(min, max));
}

/** A moment during Dutch office hours (07:00-16:00 UTC) on the given date. */
export function duringOfficeHours(rng: Random, date: IsoDate): Date {
  const minutes = rng.int(7 * 60, 16 * 60 - 1);
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
