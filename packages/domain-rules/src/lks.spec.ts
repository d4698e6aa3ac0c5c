import {
  calculateForfaitaireLks,
  calculateLks,
  formatEuroCents,
  isWmlKnownOn,
  validateForfaitaireLksInput,
  validateLksInput,
  wmlHourlyOn,
  type WmlTable,
} from './lks.js';

describe(wmlHourlyOn.name, () => {
  it.each([
    ['2024-01-01', 1327],
    ['2024-06-30', 1327],
    ['2024-07-01', 1368],
    ['2024-12-31', 1368],
    ['2025-01-01', 1406],
    ['2025-07-01', 1440],
    ['2025-12-31', 1440],
    ['2026-01-01', 1471],
    ['2026-06-30', 1471],
  ])('is %s: %p cents an hour', (date, cents) => {
    expect(wmlHourlyOn(date)).toBe(cents);
  });

  it.each([
    ['2023-12-31', 'before the hourly WML existed'],
    ['2026-07-01', 'after the last confirmed rate'],
    ['2026-02-30', 'not a date'],
  ])('throws a RangeError on %s (%s)', (date) => {
    expect(() => wmlHourlyOn(date)).toThrow(RangeError);
  });

  it('reads a newer table when given one', () => {
    const table: WmlTable = {
      rates: [
        { from: '2026-01-01', hourlyCents: 1471 },
        { from: '2026-07-01', hourlyCents: 1500 },
      ],
      knownUntil: '2026-12-31',
    };
    expect(wmlHourlyOn('2026-09-01', table)).toBe(1500);
  });
});

describe(isWmlKnownOn.name, () => {
  it.each([
    ['2024-01-01', true],
    ['2026-06-30', true],
    ['2023-12-31', false],
    ['2026-07-01', false],
  ])('%s: %p', (date, expected) => {
    expect(isWmlKnownOn(date)).toBe(expected);
  });
});

describe(calculateLks.name, () => {
  it('pays WML minus loonwaarde with holiday pay and werkgeverslasten (60 %, 32 hours)', () => {
    // WML 14.71; loonwaarde 60 % = 8.83 (882.6 rounded); subsidy 5.88 an hour.
    expect(calculateLks({ date: '2026-03-01', weeklyHours: 32, loonwaardePercent: 60 })).toEqual({
      wmlHourlyCents: 1471,
      jobHourlyWageCents: 1471,
      loonwaardeHourlyCents: 883,
      wageSubsidyHourlyCents: 588,
      cappedAtMaximum: false,
      perWeek: { wage: 18816, holidayPay: 1505, employerCosts: 4775, total: 25096 },
      perMonth: { wage: 81536, holidayPay: 6522, employerCosts: 20692, total: 108750 },
      wageAboveWml: { hourlyCents: 0, perWeek: 0, perMonth: 0 },
    });
  });

  it.each([
    // [loonwaarde %, subsidy cents an hour, capped]
    [0, 1030, true],
    [20, 1030, true],
    [29, 1030, true],
    [30, 1030, false],
    [30.5, 1022, false],
    [50, 735, false],
    [99, 15, false],
    [100, 0, false],
  ])('at %p %% loonwaarde pays %p cents an hour (capped: %p)', (percent, hourly, capped) => {
    const result = calculateLks({
      date: '2026-03-01',
      weeklyHours: 20,
      loonwaardePercent: percent,
    });
    expect(result.wageSubsidyHourlyCents).toBe(hourly);
    expect(result.cappedAtMaximum).toBe(capped);
    expect(result.perWeek.wage).toBe(hourly * 20);
  });

  it.each([
    ['2024-03-01', 1327, 663],
    ['2024-09-01', 1368, 684],
    ['2025-03-01', 1406, 703],
    ['2025-09-01', 1440, 720],
    ['2026-03-01', 1471, 735],
  ])('uses the WML on %s (%p cents) at 50 %%: %p cents an hour', (date, wml, hourly) => {
    const result = calculateLks({ date, weeklyHours: 25.5, loonwaardePercent: 50 });
    expect(result.wmlHourlyCents).toBe(wml);
    expect(result.wageSubsidyHourlyCents).toBe(hourly);
  });

  it('measures the loonwaarde against the CAO wage and leaves the wage above WML to the employer', () => {
    const result = calculateLks({
      date: '2026-03-01',
      weeklyHours: 32,
      loonwaardePercent: 60,
      caoHourlyWageCents: 2000,
    });
    expect(result.loonwaardeHourlyCents).toBe(1200);
    expect(result.wageSubsidyHourlyCents).toBe(271);
    expect(result.wageAboveWml).toEqual({ hourlyCents: 529, perWeek: 16928, perMonth: 73355 });
  });

  it('pays nothing when the loonwaarde on the CAO wage reaches WML', () => {
    const result = calculateLks({
      date: '2026-03-01',
      weeklyHours: 32,
      loonwaardePercent: 80,
      caoHourlyWageCents: 2000,
    });
    expect(result.perWeek.total).toBe(0);
    expect(result.perMonth.total).toBe(0);
  });

  it('keeps every amount in whole cents and the totals equal to their parts', () => {
    const result = calculateLks({ date: '2025-09-01', weeklyHours: 17.5, loonwaardePercent: 37.5 });
    for (const amounts of [result.perWeek, result.perMonth]) {
      expect(Object.values(amounts).every(Number.isInteger)).toBe(true);
      expect(amounts.total).toBe(amounts.wage + amounts.holidayPay + amounts.employerCosts);
    }
  });

  it.each([
    [{ weeklyHours: 0 }, 'weeklyHours: INVALID_WEEKLY_HOURS'],
    [{ loonwaardePercent: 120 }, 'loonwaardePercent: INVALID_PERCENTAGE'],
    [{ date: '2026-08-01' }, 'date: WML_UNKNOWN'],
    [{ caoHourlyWageCents: 1400 }, 'caoHourlyWageCents: WAGE_BELOW_WML'],
  ])('throws a RangeError for %p', (overrides, message) => {
    const input = { date: '2026-03-01', weeklyHours: 32, loonwaardePercent: 60, ...overrides };
    expect(() => calculateLks(input)).toThrow(new RangeError(message));
  });
});

describe(validateLksInput.name, () => {
  it('accepts valid input', () => {
    expect(
      validateLksInput({ date: '2026-03-01', weeklyHours: 32, loonwaardePercent: 60 }),
    ).toEqual([]);
  });

  it('reports every problem with its field and a Dutch message', () => {
    expect(
      validateLksInput({ date: '2026-13-01', weeklyHours: 41, loonwaardePercent: -5 }),
    ).toEqual([
      { field: 'date', code: 'INVALID_DATE', message: 'Dit is geen geldige datum (JJJJ-MM-DD).' },
      {
        field: 'weeklyHours',
        code: 'INVALID_WEEKLY_HOURS',
        message: 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
      },
      {
        field: 'loonwaardePercent',
        code: 'INVALID_PERCENTAGE',
        message: 'Het percentage ligt tussen 0 en 100.',
      },
    ]);
  });
});

describe(calculateForfaitaireLks.name, () => {
  it('pays 50 % of WML with holiday pay and werkgeverslasten', () => {
    expect(
      calculateForfaitaireLks({
        date: '2026-03-01',
        weeklyHours: 20,
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
      }),
    ).toEqual({
      wmlHourlyCents: 1471,
      wageSubsidyHourlyCents: 736,
      perWeek: { wage: 14720, holidayPay: 1178, employerCosts: 3736, total: 19634 },
      perMonth: { wage: 63787, holidayPay: 5105, employerCosts: 16189, total: 85081 },
    });
  });

  it('throws a RangeError for a period over 6 months', () => {
    expect(() =>
      calculateForfaitaireLks({
        date: '2026-03-01',
        weeklyHours: 20,
        periodStart: '2026-01-01',
        periodEnd: '2026-07-01',
      }),
    ).toThrow(RangeError);
  });
});

describe(validateForfaitaireLksInput.name, () => {
  const valid = {
    date: '2026-03-01',
    weeklyHours: 20,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
  };

  it.each([
    [{}, []],
    [{ date: '2026-01-01', periodEnd: '2026-01-01' }, []],
    [{ periodStart: '2025-12-15', periodEnd: '2026-06-14' }, []],
    [{ periodEnd: '2026-07-01' }, [['periodEnd', 'FORFAITAIRE_LKS_TOO_LONG']]],
    [
      { periodStart: '2025-12-15', periodEnd: '2026-06-15' },
      [['periodEnd', 'FORFAITAIRE_LKS_TOO_LONG']],
    ],
    [{ periodEnd: '2025-12-31', date: '2025-12-31' }, [['periodEnd', 'DATE_RANGE_INVERTED']]],
    [{ date: '2026-06-30', periodEnd: '2026-05-31' }, [['date', 'DATE_OUTSIDE_PERIOD']]],
    [{ date: '2025-12-31' }, [['date', 'DATE_OUTSIDE_PERIOD']]],
    [{ periodStart: 'soon' }, [['periodStart', 'INVALID_DATE']]],
    [
      { date: '2026-09-01', periodStart: '2026-07-01', periodEnd: '2026-12-31' },
      [['date', 'WML_UNKNOWN']],
    ],
  ])('with %p reports %p', (overrides, expected) => {
    const found = validateForfaitaireLksInput({ ...valid, ...overrides }).map((v) => [
      v.field,
      v.code,
    ]);
    expect(found).toEqual(expected);
  });

  it('explains the 6-month limit in Dutch', () => {
    expect(validateForfaitaireLksInput({ ...valid, periodEnd: '2026-12-31' })[0].message).toBe(
      'Forfaitaire loonkostensubsidie wordt voor ten hoogste 6 maanden verstrekt.',
    );
  });
});

describe(formatEuroCents.name, () => {
  it.each([
    [1471, '€ 14,71'],
    [5, '€ 0,05'],
    [108750, '€ 1.087,50'],
    [123456789, '€ 1.234.567,89'],
    [-2500, '-€ 25,00'],
  ])('formats %p cents as %p', (cents, expected) => {
    expect(formatEuroCents(cents)).toBe(expected);
  });
});
