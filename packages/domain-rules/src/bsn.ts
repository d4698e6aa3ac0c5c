// Burgerservicenummer: 9 digits passing the elfproef. Older numbers are sometimes written with
// 8 digits; they are left-padded with a zero, as is usual.
import { checkRule, type RuleViolation } from './validation.js';

/**
 * Strips spaces, dots and hyphens and left-pads an 8-digit number to 9 digits.
 * Returns null when what is left is not 8 or 9 digits; does not run the elfproef.
 */
export function normaliseBsn(value: string): string | null {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return null;
  return digits.padStart(9, '0');
}

/** The elfproef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is divisible by 11; all zeros is not a BSN. */
export function isValidBsn(value: string): boolean {
  const bsn = normaliseBsn(value);
  if (bsn === null || bsn === '000000000') return false;
  const digits = [...bsn].map(Number);
  const sum = digits.reduce(
    (total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index),
    0,
  );
  return sum % 11 === 0;
}

/** Shows only the last two digits: '*******82'. Input that is not BSN-shaped is masked entirely. */
export function maskBsn(bsn: string): string {
  const normalised = normaliseBsn(bsn);
  return normalised === null ? '*********' : `*******${normalised.slice(7)}`;
}

export function validateBsn(value: string, field = 'bsn'): RuleViolation[] {
  return checkRule(isValidBsn(value), field, 'INVALID_BSN');
}
