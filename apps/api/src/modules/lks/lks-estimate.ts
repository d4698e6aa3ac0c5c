// The employer's LKS estimate on top of the domain rule (calculateLks): a default day, the latest known
// minimum wage for days the table does not cover yet (said out loud in a notice, never silently),
// and the job's whole wage cost beside the subsidy so the net cost shows.
import {
  addDays,
  calculateLks,
  EMPLOYER_COSTS_PERCENT,
  HOLIDAY_PAY_PERCENT,
  LKS_MAX_WAGE_PERCENT_OF_WML,
  parseIsoDate,
  WML_TABLE,
  wmlHourlyOn,
  type IsoDate,
  type LksAmounts,
  type WmlTable,
} from '@werkbrug/domain-rules';
import { LksErrors } from './lks.exception.js';

export interface LksEstimateRequest {
  date: IsoDate;
  hourlyWageCents: number;
  loonwaardePercent: number;
  hoursPerWeek: number;
}

export interface LksEstimate {
  date: IsoDate;
  wmlDate: IsoDate;
  notice: string | null;
  wmlHourlyCents: number;
  jobHourlyWageCents: number;
  loonwaardeHourlyCents: number;
  maximumHourlyCents: number;
  wageSubsidyHourlyCents: number;
  cappedAtMaximum: boolean;
  perWeek: LksAmounts;
  perMonth: LksAmounts;
  wageAboveWmlPerMonthCents: number;
  wageCostPerMonth: LksAmounts;
  netCostPerMonthCents: number;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const WEEKS_PER_MONTH = 52 / 12;

/** '2026-07-01' → '1 juli 2026'. */
export function dutchDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function estimateLks(request: LksEstimateRequest, table: WmlTable = WML_TABLE): LksEstimate {
  const first = table.rates[0].from;
  if (request.date < first) throw LksErrors.dateBeforeWml(first);
  const unknown = request.date > table.knownUntil;
  const on = unknown ? table.knownUntil : request.date;
  const wml = wmlHourlyOn(on, table);
  const wmlDate = table.rates.findLast((rate) => rate.from <= on)!.from;
  if (request.hourlyWageCents < wml) throw LksErrors.wageBelowWml(wml);

  const lks = calculateLks({
    date: on,
    weeklyHours: request.hoursPerWeek,
    loonwaardePercent: request.loonwaardePercent,
    caoHourlyWageCents: request.hourlyWageCents,
    wmlTable: table,
  });
  const wageCostPerMonth = monthlyWageCost(request.hourlyWageCents, request.hoursPerWeek);
  return {
    date: request.date,
    wmlDate,
    notice: unknown
      ? `Berekend met het minimumloon per ${dutchDate(wmlDate)}; het bedrag per ${dutchDate(addDays(table.knownUntil, 1))} is nog niet opgenomen.`
      : null,
    wmlHourlyCents: wml,
    jobHourlyWageCents: lks.jobHourlyWageCents,
    loonwaardeHourlyCents: lks.loonwaardeHourlyCents,
    maximumHourlyCents: Math.round((wml * LKS_MAX_WAGE_PERCENT_OF_WML) / 100),
    wageSubsidyHourlyCents: lks.wageSubsidyHourlyCents,
    cappedAtMaximum: lks.cappedAtMaximum,
    perWeek: lks.perWeek,
    perMonth: lks.perMonth,
    wageAboveWmlPerMonthCents: lks.wageAboveWml.perMonth,
    wageCostPerMonth,
    netCostPerMonthCents: wageCostPerMonth.total - lks.perMonth.total,
  };
}

/** The whole wage with holiday pay and werkgeverslasten, rounded at the same steps as the subsidy. */
function monthlyWageCost(hourlyCents: number, hoursPerWeek: number): LksAmounts {
  const wage = Math.round(hourlyCents * hoursPerWeek);
  const holidayPay = Math.round((wage * HOLIDAY_PAY_PERCENT) / 100);
  const employerCosts = Math.round(((wage + holidayPay) * EMPLOYER_COSTS_PERCENT) / 100);
  const month = (cents: number) => Math.round(cents * WEEKS_PER_MONTH);
  const parts = {
    wage: month(wage),
    holidayPay: month(holidayPay),
    employerCosts: month(employerCosts),
  };
  return { ...parts, total: parts.wage + parts.holidayPay + parts.employerCosts };
}
