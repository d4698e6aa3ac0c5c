// Earning capacity (verdiencapaciteit, arbeidsvermogen) as % of the minimum wage, in the seeds' bands.
// Boundary rule: each band includes its lower bound and excludes its upper bound, except that 100 %
// belongs to INDEPENDENT. So 30 % is SHELTERED_WORK, 50 % SUPPORTED_REGULAR_WORK, 80 % INDEPENDENT.
import { type EarningCapacityBand } from './enums.js';
import { ageOn, type IsoDate } from './dates.js';
import { isValidPercentage } from './levels.js';

export const EARNING_CAPACITY_BAND_RANGES: Record<
  EarningCapacityBand,
  { from: number; to: number }
> = {
  SOCIAL_PARTICIPATION: { from: 0, to: 30 },
  SHELTERED_WORK: { from: 30, to: 50 },
  SUPPORTED_REGULAR_WORK: { from: 50, to: 80 },
  INDEPENDENT: { from: 80, to: 100 },
};

/** Throws a RangeError outside 0-100; validate user input with validatePercentage first. */
export function earningCapacityBand(percent: number): EarningCapacityBand {
  if (!isValidPercentage(percent)) {
    throw new RangeError(`Earning capacity must be 0-100 %, got ${percent}`);
  }
  if (percent < 30) return 'SOCIAL_PARTICIPATION';
  if (percent < 50) return 'SHELTERED_WORK';
  if (percent < 80) return 'SUPPORTED_REGULAR_WORK';
  return 'INDEPENDENT';
}

export const JONGERE_AGE_LIMIT = 27;

/** A jongere is younger than 27 on the given date. */
export function isJongere(birthDate: IsoDate, on: IsoDate): boolean {
  return ageOn(birthDate, on) < JONGERE_AGE_LIMIT;
}
