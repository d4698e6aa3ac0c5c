import type { WmlTable } from '@werkbrug/domain-rules';
import { DomainError } from '../../common/errors/domain-error.js';
import { dutchDate, estimateLks } from './lks-estimate.js';

const TABLE: WmlTable = {
  rates: [
    { from: '2025-07-01', hourlyCents: 1440 },
    { from: '2026-01-01', hourlyCents: 1471 },
  ],
  knownUntil: '2026-06-30',
};

describe(estimateLks.name, () => {
  it('computes the subsidy on WML with loonwaarde 60 % for 24 hours (hand-computed)', () => {
    const estimate = estimateLks(
      { date: '2026-03-01', hourlyWageCents: 1471, loonwaardePercent: 60, hoursPerWeek: 24 },
      TABLE,
    );
    // loonwaarde 0.60 × 1471 = 882.6 → 883; WML − loonwaarde = 588 ≤ 70 % × 1471 = 1029.7 → 1030.
    expect(estimate).toMatchObject({
      wmlDate: '2026-01-01',
      notice: null,
      wmlHourlyCents: 1471,
      loonwaardeHourlyCents: 883,
      maximumHourlyCents: 1030,
      wageSubsidyHourlyCents: 588,
      cappedAtMaximum: false,
      // 588 × 24 = 14112; 8 % = 1128.96 → 1129; 23.5 % × 15241 = 3581.635 → 3582.
      perWeek: { wage: 14112, holidayPay: 1129, employerCosts: 3582, total: 18823 },
      // × 52/12: 61152; 4892.33 → 4892; 15522.
      perMonth: { wage: 61152, holidayPay: 4892, employerCosts: 15522, total: 81566 },
      wageAboveWmlPerMonthCents: 0,
      // 1471 × 24 = 35304 → 152984; 2824 → 12237; 23.5 % × 38128 = 8960.08 → 8960 → 38827.
      wageCostPerMonth: { wage: 152984, holidayPay: 12237, employerCosts: 38827, total: 204048 },
      netCostPerMonthCents: 204048 - 81566,
    });
  });

  it('caps the wage part at 70 % of WML', () => {
    const estimate = estimateLks(
      { date: '2026-03-01', hourlyWageCents: 1471, loonwaardePercent: 20, hoursPerWeek: 10 },
      TABLE,
    );
    // 1471 − 294 = 1177 > 1030.
    expect(estimate).toMatchObject({
      loonwaardeHourlyCents: 294,
      wageSubsidyHourlyCents: 1030,
      cappedAtMaximum: true,
    });
    expect(estimate.perWeek.wage).toBe(10300);
  });

  it("takes the loonwaarde of a CAO wage above WML, so the subsidy shrinks and the rest is the employer's", () => {
    const estimate = estimateLks(
      { date: '2026-03-01', hourlyWageCents: 1600, loonwaardePercent: 60, hoursPerWeek: 20 },
      TABLE,
    );
    // 0.60 × 1600 = 960; 1471 − 960 = 511; above WML 129 × 20 = 2580 a week → 11180 a month.
    expect(estimate).toMatchObject({
      loonwaardeHourlyCents: 960,
      wageSubsidyHourlyCents: 511,
      wageAboveWmlPerMonthCents: 11180,
    });
  });

  it('uses the rate in force on the date', () => {
    expect(
      estimateLks(
        { date: '2025-12-31', hourlyWageCents: 1500, loonwaardePercent: 50, hoursPerWeek: 20 },
        TABLE,
      ),
    ).toMatchObject({
      wmlDate: '2025-07-01',
      wmlHourlyCents: 1440,
    });
  });

  it('falls back on the latest known WML after the table ends, and says so', () => {
    const estimate = estimateLks(
      { date: '2026-11-23', hourlyWageCents: 1471, loonwaardePercent: 60, hoursPerWeek: 24 },
      TABLE,
    );
    expect(estimate).toMatchObject({
      date: '2026-11-23',
      wmlDate: '2026-01-01',
      wmlHourlyCents: 1471,
      notice:
        'Berekend met het minimumloon per 1 januari 2026; het bedrag per 1 juli 2026 is nog niet opgenomen.',
    });
    expect(estimate.perMonth.total).toBe(81566);
  });

  it.each([
    ['a date before the hourly WML', { date: '2025-06-30', hourlyWageCents: 1500 }, 'input.date'],
    ['a wage below WML', { date: '2026-03-01', hourlyWageCents: 1470 }, 'input.hourlyWage'],
  ])('refuses %s at the field', (_name, request, field) => {
    const act = () => estimateLks({ loonwaardePercent: 50, hoursPerWeek: 20, ...request }, TABLE);
    expect(act).toThrow(DomainError);
    try {
      act();
    } catch (error) {
      expect((error as DomainError).fields.map((f) => f.field)).toEqual([field]);
    }
  });

  it('writes dates the Dutch way', () => {
    expect(dutchDate('2026-07-01')).toBe('1 juli 2026');
  });
});
