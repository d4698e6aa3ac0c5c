import { daysBetween } from '../common/dates.js';

/** Availability confirmed this many days ago or longer counts as out of date. */
export const AVAILABILITY_VALID_DAYS = 90;

/**
 * Whether a file needs its availability confirmed: never confirmed, or not in the last 90 days.
 * `confirmedAt` and `today` are YYYY-MM-DD.
 */
export function isAvailabilityStale(confirmedAt: string | null, today: string): boolean {
  return confirmedAt === null || daysBetween(confirmedAt, today) >= AVAILABILITY_VALID_DAYS;
}

/** Dutch: "bevestigd op 1 oktober 2026 (53 dagen geleden)", "nooit bevestigd", ... */
export function availabilityAgeText(confirmedAt: string | null, today: string): string {
  if (confirmedAt === null) return 'Nooit bevestigd';
  const days = daysBetween(confirmedAt, today);
  if (days <= 0) return 'Vandaag bevestigd';
  if (days === 1) return 'Gisteren bevestigd';
  return `${days} dagen geleden bevestigd`;
}
