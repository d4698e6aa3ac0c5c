// Competence levels (1-5, whole numbers) and percentages (0-100) for earning capacity and loonwaarde.
import { LEVELS, type Level } from './enums.js';
import { checkRule, type RuleViolation } from './validation.js';

export function isValidLevel(value: number): value is Level {
  return (LEVELS as readonly number[]).includes(value);
}

export function validateLevel(value: number, field = 'level'): RuleViolation[] {
  return checkRule(isValidLevel(value), field, 'INVALID_LEVEL');
}

/** 0 to 100 inclusive; fractions such as 45.5 are allowed. */
export function isValidPercentage(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 100;
}

export function validatePercentage(value: number, field: string): RuleViolation[] {
  return checkRule(isValidPercentage(value), field, 'INVALID_PERCENTAGE');
}
