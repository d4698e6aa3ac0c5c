import {
  arrangementLimitDate,
  arrangementWarning,
  CHOSEN_INSTRUMENTS,
  formatDutchDate,
  instrumentsOfArrangement,
  validatePlacementTerms,
  type PlacementTermsInput,
} from './placement-terms.js';

describe(arrangementLimitDate.name, () => {
  it.each([
    ['REGULAR', '2026-01-15', false, null],
    ['TRIAL_PLACEMENT', '2026-01-15', false, '2026-03-14'],
    ['TRIAL_PLACEMENT', '2025-12-31', false, '2026-02-27'],
    ['BEHOUD_VAN_UITKERING', '2026-01-15', false, '2026-04-14'],
    ['BEHOUD_VAN_UITKERING', '2026-01-15', true, '2026-07-14'],
  ] as const)(
    '%s from %s (extended %p) runs to %p',
    (arrangement, startDate, extended, expected) => {
      expect(arrangementLimitDate({ arrangement, startDate, extended })).toBe(expected);
    },
  );
});

describe(arrangementWarning.name, () => {
  const trial = {
    arrangement: 'TRIAL_PLACEMENT',
    startDate: '2026-01-15',
    extended: false,
    endDate: null,
  } as const;

  it.each([
    ['more than 14 days before the limit', '2026-02-27', null],
    [
      '14 days before the limit',
      '2026-02-28',
      'De proefplaatsing eindigt uiterlijk op 14 maart 2026. Zet om naar een baan of beëindig de plaatsing.',
    ],
    [
      'on the limit',
      '2026-03-14',
      'De proefplaatsing eindigt uiterlijk op 14 maart 2026. Zet om naar een baan of beëindig de plaatsing.',
    ],
    [
      'after the limit',
      '2026-03-15',
      'De proefplaatsing had uiterlijk op 14 maart 2026 moeten eindigen. Zet om naar een baan of beëindig de plaatsing.',
    ],
  ])('a running trial placement %s warns %p', (_when, today, expected) => {
    expect(arrangementWarning({ ...trial, today })).toBe(expected);
  });

  it('stays quiet once the placement has ended within its limit', () => {
    expect(arrangementWarning({ ...trial, endDate: '2026-03-01', today: '2026-03-10' })).toBeNull();
  });

  it('offers the extension for behoud van uitkering until it is used', () => {
    const behoud = {
      arrangement: 'BEHOUD_VAN_UITKERING',
      startDate: '2026-01-15',
      endDate: null,
      today: '2026-04-10',
    } as const;
    expect(arrangementWarning({ ...behoud, extended: false })).toContain(
      'Verleng eenmalig met 3 maanden',
    );
    expect(arrangementWarning({ ...behoud, extended: true })).toBeNull();
  });

  it('never warns for a regular job', () => {
    expect(
      arrangementWarning({
        arrangement: 'REGULAR',
        startDate: '2020-01-01',
        extended: false,
        endDate: null,
        today: '2026-01-01',
      }),
    ).toBeNull();
  });
});

describe(validatePlacementTerms.name, () => {
  const regular: PlacementTermsInput = {
    arrangement: 'REGULAR',
    startDate: '2026-01-15',
    extended: false,
    contractType: 'PERMANENT',
    endDate: null,
    instruments: [],
    hourlyWage: 14.4,
    loonwaardePercentage: null,
    jobcoachHours: null,
    jobcoachHoursUnit: null,
  };
  const fields = (terms: Partial<PlacementTermsInput>) =>
    validatePlacementTerms({ ...regular, ...terms }).map((violation) => violation.field);

  it('accepts a complete regular job', () => {
    expect(fields({})).toEqual([]);
  });

  it.each<[string, Partial<PlacementTermsInput>, string[]]>([
    ['a paid job without wage', { hourlyWage: null }, ['hourlyWage']],
    ['a negative wage', { hourlyWage: -1 }, ['hourlyWage']],
    ['a wage in fractions of cents', { hourlyWage: 14.405 }, ['hourlyWage']],
    ['a wage above 200', { hourlyWage: 200.01 }, ['hourlyWage']],
    ['unpaid work with a wage', { contractType: 'UNPAID' }, ['hourlyWage']],
    ['LKS without loonwaarde', { instruments: ['LOONKOSTENSUBSIDIE'] }, ['loonwaardePercentage']],
    [
      'a loonwaarde above 100',
      { instruments: ['LOONKOSTENSUBSIDIE'], loonwaardePercentage: 101 },
      ['loonwaardePercentage'],
    ],
    ['a loonwaarde with decimals', { loonwaardePercentage: 55.5 }, ['loonwaardePercentage']],
    ['a jobcoach without hours', { instruments: ['JOBCOACH'] }, ['jobcoachHours']],
    [
      'jobcoach hours without the instrument',
      { jobcoachHours: 4, jobcoachHoursUnit: 'WEEK' },
      ['jobcoachHours'],
    ],
    ['jobcoach hours without a unit', { jobcoachHours: 4 }, ['jobcoachHoursUnit']],
    [
      'too many jobcoach hours a week',
      { instruments: ['JOBCOACH'], jobcoachHours: 41, jobcoachHoursUnit: 'WEEK' },
      ['jobcoachHours'],
    ],
    [
      'a trial placement as a permanent contract',
      { arrangement: 'TRIAL_PLACEMENT', hourlyWage: null },
      ['contractType'],
    ],
    [
      'a regular job on a trial contract',
      { contractType: 'TRIAL_PLACEMENT', hourlyWage: null },
      ['contractType'],
    ],
    [
      'a trial placement past 2 months',
      {
        arrangement: 'TRIAL_PLACEMENT',
        contractType: 'TRIAL_PLACEMENT',
        hourlyWage: null,
        endDate: '2026-03-15',
      },
      ['endDate'],
    ],
    ['an extended regular job', { extended: true }, ['extended']],
    [
      'a regular job with the instrument proefplaatsing',
      { instruments: ['PROEFPLAATSING'] },
      ['instruments'],
    ],
    [
      'a regular job with the instrument behoud van uitkering',
      {
        instruments: ['JOBCOACH', 'BEHOUD_VAN_UITKERING'],
        jobcoachHours: 4,
        jobcoachHoursUnit: 'WEEK',
      },
      ['instruments'],
    ],
    [
      'a trial placement with the instrument behoud van uitkering',
      {
        arrangement: 'TRIAL_PLACEMENT',
        contractType: 'TRIAL_PLACEMENT',
        hourlyWage: null,
        instruments: ['BEHOUD_VAN_UITKERING'],
      },
      ['instruments'],
    ],
    [
      'behoud van uitkering with the instrument proefplaatsing',
      {
        arrangement: 'BEHOUD_VAN_UITKERING',
        contractType: 'UNPAID',
        hourlyWage: null,
        instruments: ['PROEFPLAATSING', 'BEHOUD_VAN_UITKERING'],
      },
      ['instruments'],
    ],
    [
      'behoud van uitkering past 6 months',
      {
        arrangement: 'BEHOUD_VAN_UITKERING',
        contractType: 'UNPAID',
        hourlyWage: null,
        extended: true,
        endDate: '2026-07-15',
      },
      ['endDate'],
    ],
  ])('refuses %s', (_case, terms, expected) => {
    expect(fields(terms)).toEqual(expected);
  });

  it.each<[string, Partial<PlacementTermsInput>]>([
    [
      'LKS with loonwaarde',
      { instruments: ['LOONKOSTENSUBSIDIE', 'NO_RISK_POLIS'], loonwaardePercentage: 60 },
    ],
    [
      'a jobcoach 8 hours a month',
      {
        instruments: ['JOBCOACH', 'WERKPLEKAANPASSING'],
        jobcoachHours: 8,
        jobcoachHoursUnit: 'MONTH',
      },
    ],
    [
      'a trial placement of 2 months',
      {
        arrangement: 'TRIAL_PLACEMENT',
        contractType: 'TRIAL_PLACEMENT',
        hourlyWage: null,
        endDate: '2026-03-14',
      },
    ],
    [
      'behoud van uitkering extended to 6 months',
      {
        arrangement: 'BEHOUD_VAN_UITKERING',
        contractType: 'UNPAID',
        hourlyWage: null,
        extended: true,
        endDate: '2026-07-14',
      },
    ],
    [
      'a trial placement that lists its own instrument',
      {
        arrangement: 'TRIAL_PLACEMENT',
        contractType: 'TRIAL_PLACEMENT',
        hourlyWage: null,
        instruments: ['PROEFPLAATSING', 'NO_RISK_POLIS'],
      },
    ],
    [
      'behoud van uitkering without its instrument listed',
      {
        arrangement: 'BEHOUD_VAN_UITKERING',
        contractType: 'UNPAID',
        hourlyWage: null,
        instruments: [],
      },
    ],
  ])('accepts %s', (_case, terms) => {
    expect(fields(terms)).toEqual([]);
  });
});

describe(instrumentsOfArrangement.name, () => {
  it.each([
    ['REGULAR', ['JOBCOACH', 'LOONKOSTENSUBSIDIE'], ['LOONKOSTENSUBSIDIE', 'JOBCOACH']],
    ['REGULAR', ['PROEFPLAATSING', 'BEHOUD_VAN_UITKERING', 'NO_RISK_POLIS'], ['NO_RISK_POLIS']],
    ['TRIAL_PLACEMENT', [], ['PROEFPLAATSING']],
    ['TRIAL_PLACEMENT', ['NO_RISK_POLIS', 'PROEFPLAATSING'], ['NO_RISK_POLIS', 'PROEFPLAATSING']],
    ['TRIAL_PLACEMENT', ['BEHOUD_VAN_UITKERING'], ['PROEFPLAATSING']],
    ['BEHOUD_VAN_UITKERING', ['JOBCOACH'], ['JOBCOACH', 'BEHOUD_VAN_UITKERING']],
  ] as const)('%s with %p stores %p', (arrangement, instruments, expected) => {
    expect(instrumentsOfArrangement(arrangement, instruments)).toEqual(expected);
  });

  it('leaves only the instruments without an arrangement to choose', () => {
    expect(CHOSEN_INSTRUMENTS).toEqual([
      'LOONKOSTENSUBSIDIE',
      'NO_RISK_POLIS',
      'JOBCOACH',
      'WERKPLEKAANPASSING',
    ]);
  });
});

describe(formatDutchDate.name, () => {
  it('writes the month in Dutch without a leading zero on the day', () => {
    expect(formatDutchDate('2026-03-01')).toBe('1 maart 2026');
  });
});
