// One result shape for every rule, so the API can turn failures into BAD_USER_INPUT with a field
// path, and the portals can show the same Dutch message next to the same field.

export const RULE_VIOLATION_CODES = [
  'INVALID_BSN',
  'INVALID_KVK_NUMBER',
  'INVALID_POSTCODE',
  'INVALID_WEEKLY_HOURS',
  'HOURS_RANGE_INVERTED',
  'INVALID_LEVEL',
  'INVALID_PERCENTAGE',
  'INVALID_DATE',
  'DATE_RANGE_INVERTED',
  'DATE_OUTSIDE_PERIOD',
  'WML_UNKNOWN',
  'WAGE_BELOW_WML',
  'FORFAITAIRE_LKS_TOO_LONG',
] as const;
export type RuleViolationCode = (typeof RULE_VIOLATION_CODES)[number];

export type RuleViolation = {
  /** Path of the offending input field, e.g. 'bsn' or 'hours.max'. */
  field: string;
  code: RuleViolationCode;
  /** Dutch, shown to the user as is. */
  message: string;
};

export const RULE_VIOLATION_MESSAGES: Record<RuleViolationCode, string> = {
  INVALID_BSN: 'Dit is geen geldig BSN (elfproef).',
  INVALID_KVK_NUMBER: 'Een KvK-nummer bestaat uit precies 8 cijfers.',
  INVALID_POSTCODE: 'Dit is geen geldige postcode, bijvoorbeeld 1211 AB.',
  INVALID_WEEKLY_HOURS: 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
  HOURS_RANGE_INVERTED: 'Het minimum aantal uren mag niet hoger zijn dan het maximum.',
  INVALID_LEVEL: 'Het niveau is een heel getal van 1 tot en met 5.',
  INVALID_PERCENTAGE: 'Het percentage ligt tussen 0 en 100.',
  INVALID_DATE: 'Dit is geen geldige datum (JJJJ-MM-DD).',
  DATE_RANGE_INVERTED: 'De einddatum mag niet voor de begindatum liggen.',
  DATE_OUTSIDE_PERIOD: 'De datum ligt buiten de periode.',
  WML_UNKNOWN: 'Voor deze datum is het wettelijk minimumloon niet bekend.',
  WAGE_BELOW_WML: 'Het cao-uurloon mag niet lager zijn dan het wettelijk minimumloon.',
  FORFAITAIRE_LKS_TOO_LONG:
    'Forfaitaire loonkostensubsidie wordt voor ten hoogste 6 maanden verstrekt.',
};

export function createViolation(
  field: string,
  code: RuleViolationCode,
  message: string = RULE_VIOLATION_MESSAGES[code],
): RuleViolation {
  return { field, code, message };
}

/** Runs a boolean rule and returns one violation when it fails, none when it holds. */
export function checkRule(
  holds: boolean,
  field: string,
  code: RuleViolationCode,
  message?: string,
): RuleViolation[] {
  return holds ? [] : [createViolation(field, code, message)];
}

export function hasViolations(violations: readonly RuleViolation[]): boolean {
  return violations.length > 0;
}
