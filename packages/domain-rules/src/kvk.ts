// KvK-nummer: exactly 8 digits. The KvK dropped its check digit in 2016, so there is no checksum.
import { checkRule, type RuleViolation } from './validation.js';

/** Removes spaces ('6904 3201' → '69043201'); returns null when not exactly 8 digits remain. */
export function normaliseKvkNumber(value: string): string | null {
  const digits = value.replace(/\s/g, '');
  return /^\d{8}$/.test(digits) ? digits : null;
}

export function isValidKvkNumber(value: string): boolean {
  return normaliseKvkNumber(value) !== null;
}

export function validateKvkNumber(value: string, field = 'kvkNumber'): RuleViolation[] {
  return checkRule(isValidKvkNumber(value), field, 'INVALID_KVK_NUMBER');
}
