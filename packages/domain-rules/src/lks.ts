// Loonkostensubsidie (LKS, Participatiewet art. 10d) and the statutory minimum wage (WML) it rests on.
// All amounts are euro cents as integers; rounding to whole cents happens at fixed, named steps.
import { addMonths, isIsoDate, type IsoDate } from './dates.js';
import { validateWeeklyHours } from './hours.js';
import { validatePercentage } from './levels.js';
import { checkRule, createViolation, type RuleViolation } from './validation.js';

export type WmlRate = { from: IsoDate; hourlyCents: number };

/** Dated hourly WML for employees of 21 and older; each rate runs until the next one starts. */
export type WmlTable = {
  /** Ascending by `from`. */
  rates: readonly WmlRate[];
  /** Last day the newest rate is known to apply; later dates have no known WML. */
  knownUntil: IsoDate;
};

// The hourly WML exists since 1 January 2024 (Wet invoering minimumuurloon) and is indexed every
// 1 January and 1 July. Values from the SZW announcements as republished by payroll firms
// (e.g. w-o.nl, 4-vision.nl, grootheddeaccountants.nl), checked November 2026.
// The rate from 1 July 2026 could not be confirmed from the sources at hand, so it is left out and
// knownUntil stops at 30 June 2026: add it here (and move knownUntil) once confirmed.
export const WML_TABLE: WmlTable = {
  rates: [
    { from: '2024-01-01', hourlyCents: 1327 },
    { from: '2024-07-01', hourlyCents: 1368 },
    { from: '2025-01-01', hourlyCents: 1406 },
    { from: '2025-07-01', hourlyCents: 1440 },
    { from: '2026-01-01', hourlyCents: 1471 },
  ],
  knownUntil: '2026-06-30',
};

export function isWmlKnownOn(date: IsoDate, table: WmlTable = WML_TABLE): boolean {
  return isIsoDate(date) && date >= table.rates[0].from && date <= table.knownUntil;
}

/** Hourly WML (21+) in euro cents on a date; throws a RangeError where the table has no rate. */
export function wmlHourlyOn(date: IsoDate, table: WmlTable = WML_TABLE): number {
  const rate = table.rates.findLast((candidate) => candidate.from <= date);
  if (!isWmlKnownOn(date, table) || rate === undefined) {
    throw new RangeError(`No WML known on '${date}'`);
  }
  return rate.hourlyCents;
}

/** The wage part of the subsidy is at most 70 % of WML. */
export const LKS_MAX_WAGE_PERCENT_OF_WML = 70;
export const HOLIDAY_PAY_PERCENT = 8;
/** Werkgeverslasten: a fixed 23.5 % of the subsidised wage including holiday pay. */
export const EMPLOYER_COSTS_PERCENT = 23.5;
export const FORFAITAIRE_LKS_PERCENT_OF_WML = 50;
export const FORFAITAIRE_LKS_MAX_MONTHS = 6;
const WEEKS_PER_MONTH = 52 / 12;

/** In euro cents. */
export type LksAmounts = {
  wage: number;
  holidayPay: number;
  employerCosts: number;
  total: number;
};

export type LksBreakdown = {
  wmlHourlyCents: number;
  /** The wage part of the subsidy per hour worked. */
  wageSubsidyHourlyCents: number;
  perWeek: LksAmounts;
  /** perWeek × 52 / 12, each part rounded; total is the sum of the rounded parts. */
  perMonth: LksAmounts;
};

export type LksCalculation = LksBreakdown & {
  /** The hourly wage for the job: the CAO wage when given, else WML. */
  jobHourlyWageCents: number;
  /** loonwaarde % × the job's hourly wage. */
  loonwaardeHourlyCents: number;
  /** The difference WML − loonwaarde exceeded 70 % of WML and was capped. */
  cappedAtMaximum: boolean;
  /** What the employer pays above WML (CAO wage − WML), not subsidised. */
  wageAboveWml: { hourlyCents: number; perWeek: number; perMonth: number };
};

export type LksInput = {
  date: IsoDate;
  weeklyHours: number;
  /** Measured loonwaarde as % of the wage for the job (0-100). */
  loonwaardePercent: number;
  /** CAO hourly wage for the job in euro cents; WML when left out. */
  caoHourlyWageCents?: number;
  wmlTable?: WmlTable;
};

export function validateLksInput(input: LksInput): RuleViolation[] {
  const table = input.wmlTable ?? WML_TABLE;
  const violations = [
    ...validateWmlDate(input.date, 'date', table),
    ...validateWeeklyHours(input.weeklyHours),
    ...validatePercentage(input.loonwaardePercent, 'loonwaardePercent'),
  ];
  const cao = input.caoHourlyWageCents;
  if (cao !== undefined && isWmlKnownOn(input.date, table)) {
    const valid = Number.isInteger(cao) && cao >= wmlHourlyOn(input.date, table);
    violations.push(...checkRule(valid, 'caoHourlyWageCents', 'WAGE_BELOW_WML'));
  }
  return violations;
}

/**
 * LKS = (WML − loonwaarde) per hour worked, the wage part capped at 70 % of WML, plus 8 % holiday
 * pay, plus 23.5 % werkgeverslasten over wage and holiday pay. The loonwaarde in euros is the
 * measured % of the wage for the job (the CAO wage, or WML without one); so with a CAO wage above
 * WML the subsidy shrinks, and the wage above WML stays the employer's own cost.
 * Throws a RangeError on input that validateLksInput rejects.
 */
export function calculateLks(input: LksInput): LksCalculation {
  assertValid(validateLksInput(input));
  const wml = wmlHourlyOn(input.date, input.wmlTable);
  const jobWage = input.caoHourlyWageCents ?? wml;
  const loonwaarde = Math.round((jobWage * input.loonwaardePercent) / 100);
  const uncapped = Math.max(wml - loonwaarde, 0);
  const cap = Math.round((wml * LKS_MAX_WAGE_PERCENT_OF_WML) / 100);
  const wageAboveWmlHourly = jobWage - wml;
  const wageAboveWmlWeekly = Math.round(wageAboveWmlHourly * input.weeklyHours);
  return {
    ...breakdown(wml, Math.min(uncapped, cap), input.weeklyHours),
    jobHourlyWageCents: jobWage,
    loonwaardeHourlyCents: loonwaarde,
    cappedAtMaximum: uncapped > cap,
    wageAboveWml: {
      hourlyCents: wageAboveWmlHourly,
      perWeek: wageAboveWmlWeekly,
      perMonth: Math.round(wageAboveWmlWeekly * WEEKS_PER_MONTH),
    },
  };
}

export type ForfaitaireLksInput = {
  date: IsoDate;
  weeklyHours: number;
  /** First and last day (inclusive) of the forfaitaire LKS, at most 6 months. */
  periodStart: IsoDate;
  periodEnd: IsoDate;
  wmlTable?: WmlTable;
};

/** At most 6 months: a period from 1 January may run up to and including 30 June. */
export function validateForfaitaireLksInput(input: ForfaitaireLksInput): RuleViolation[] {
  const violations = [
    ...validateWmlDate(input.date, 'date', input.wmlTable ?? WML_TABLE),
    ...validateWeeklyHours(input.weeklyHours),
    ...checkRule(isIsoDate(input.periodStart), 'periodStart', 'INVALID_DATE'),
    ...checkRule(isIsoDate(input.periodEnd), 'periodEnd', 'INVALID_DATE'),
  ];
  if (!isIsoDate(input.periodStart) || !isIsoDate(input.periodEnd)) return violations;
  if (input.periodEnd < input.periodStart) {
    return [...violations, createViolation('periodEnd', 'DATE_RANGE_INVERTED')];
  }
  if (input.periodEnd >= addMonths(input.periodStart, FORFAITAIRE_LKS_MAX_MONTHS)) {
    violations.push(createViolation('periodEnd', 'FORFAITAIRE_LKS_TOO_LONG'));
  }
  if (isIsoDate(input.date) && (input.date < input.periodStart || input.date > input.periodEnd)) {
    violations.push(createViolation('date', 'DATE_OUTSIDE_PERIOD'));
  }
  return violations;
}

/**
 * Before a loonwaarde is measured: 50 % of WML per hour worked, with holiday pay and werkgeverslasten
 * as for the regular LKS. Throws a RangeError on input that validateForfaitaireLksInput rejects.
 */
export function calculateForfaitaireLks(input: ForfaitaireLksInput): LksBreakdown {
  assertValid(validateForfaitaireLksInput(input));
  const wml = wmlHourlyOn(input.date, input.wmlTable);
  const hourly = Math.round((wml * FORFAITAIRE_LKS_PERCENT_OF_WML) / 100);
  return breakdown(wml, hourly, input.weeklyHours);
}

/** Formats cents for Dutch readers: 123456 → '€ 1.234,56'. */
export function formatEuroCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const euros = Math.floor(absolute / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(absolute % 100).padStart(2, '0')}`;
}

function breakdown(wml: number, wageSubsidyHourly: number, weeklyHours: number): LksBreakdown {
  const wage = Math.round(wageSubsidyHourly * weeklyHours);
  const holidayPay = Math.round((wage * HOLIDAY_PAY_PERCENT) / 100);
  const employerCosts = Math.round(((wage + holidayPay) * EMPLOYER_COSTS_PERCENT) / 100);
  const perWeek = amounts(wage, holidayPay, employerCosts);
  const perMonth = amounts(
    Math.round(wage * WEEKS_PER_MONTH),
    Math.round(holidayPay * WEEKS_PER_MONTH),
    Math.round(employerCosts * WEEKS_PER_MONTH),
  );
  return { wmlHourlyCents: wml, wageSubsidyHourlyCents: wageSubsidyHourly, perWeek, perMonth };
}

function amounts(wage: number, holidayPay: number, employerCosts: number): LksAmounts {
  return { wage, holidayPay, employerCosts, total: wage + holidayPay + employerCosts };
}

function validateWmlDate(date: IsoDate, field: string, table: WmlTable): RuleViolation[] {
  if (!isIsoDate(date)) return [createViolation(field, 'INVALID_DATE')];
  return checkRule(isWmlKnownOn(date, table), field, 'WML_UNKNOWN');
}

function assertValid(violations: readonly RuleViolation[]): void {
  if (violations.length > 0) {
    throw new RangeError(violations.map((v) => `${v.field}: ${v.code}`).join(', '));
  }
}
