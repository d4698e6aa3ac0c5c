// Working hours a week: 1 to 40, in whole or half hours (25.5 is one banenafspraak job).
import { checkRule, createViolation, type RuleViolation } from './validation.js';

export const MIN_WEEKLY_HOURS = 1;
export const MAX_WEEKLY_HOURS = 40;

export function isValidWeeklyHours(hours: number): boolean {
  return Number.isInteger(hours * 2) && hours >= MIN_WEEKLY_HOURS && hours <= MAX_WEEKLY_HOURS;
}

export function validateWeeklyHours(hours: number, field = 'weeklyHours'): RuleViolation[] {
  return checkRule(isValidWeeklyHours(hours), field, 'INVALID_WEEKLY_HOURS');
}

export type WeeklyHoursRange = { min: number; max: number };

export function isValidWeeklyHoursRange(range: WeeklyHoursRange): boolean {
  return validateWeeklyHoursRange(range).length === 0;
}

/** Checks both bounds; an inverted range is reported on the max field. */
export function validateWeeklyHoursRange(
  range: WeeklyHoursRange,
  fields: { min?: string; max?: string } = {},
): RuleViolation[] {
  const minField = fields.min ?? 'minWeeklyHours';
  const maxField = fields.max ?? 'maxWeeklyHours';
  const violations = [
    ...validateWeeklyHours(range.min, minField),
    ...validateWeeklyHours(range.max, maxField),
  ];
  if (violations.length === 0 && range.min > range.max) {
    violations.push(createViolation(maxField, 'HOURS_RANGE_INVERTED'));
  }
  return violations;
}
