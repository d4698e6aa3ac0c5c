import {
  isValidWeeklyHours,
  isValidWeeklyHoursRange,
  validateWeeklyHours,
  validateWeeklyHoursRange,
} from './hours.js';

describe(isValidWeeklyHours.name, () => {
  it.each([1, 1.5, 8, 25.5, 36, 39.5, 40])('accepts %p hours', (hours) => {
    expect(isValidWeeklyHours(hours)).toBe(true);
  });

  it.each([0, 0.5, 40.5, 41, -8, 25.25, 25.3, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects %p hours',
    (hours) => {
      expect(isValidWeeklyHours(hours)).toBe(false);
    },
  );
});

describe(validateWeeklyHours.name, () => {
  it('returns a violation on the given field', () => {
    expect(validateWeeklyHours(41, 'availability.hours')).toEqual([
      {
        field: 'availability.hours',
        code: 'INVALID_WEEKLY_HOURS',
        message: 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
      },
    ]);
  });
});

describe(validateWeeklyHoursRange.name, () => {
  it.each([[{ min: 8, max: 24 }], [{ min: 24, max: 24 }], [{ min: 1, max: 40 }]])(
    'accepts %p',
    (range) => {
      expect(validateWeeklyHoursRange(range)).toEqual([]);
    },
  );

  it.each([
    [{ min: 24, max: 16 }, [['maxWeeklyHours', 'HOURS_RANGE_INVERTED']]],
    [{ min: 0, max: 16 }, [['minWeeklyHours', 'INVALID_WEEKLY_HOURS']]],
    [{ min: 8, max: 45 }, [['maxWeeklyHours', 'INVALID_WEEKLY_HOURS']]],
    [
      { min: 50, max: 0 },
      [
        ['minWeeklyHours', 'INVALID_WEEKLY_HOURS'],
        ['maxWeeklyHours', 'INVALID_WEEKLY_HOURS'],
      ],
    ],
  ])('reports %p as %p', (range, expected) => {
    const found = validateWeeklyHoursRange(range).map((v) => [v.field, v.code]);
    expect(found).toEqual(expected);
  });

  it('uses the field names it is given', () => {
    expect(
      validateWeeklyHoursRange({ min: 30, max: 20 }, { min: 'hours.min', max: 'hours.max' }),
    ).toMatchObject([{ field: 'hours.max', code: 'HOURS_RANGE_INVERTED' }]);
  });
});

describe(isValidWeeklyHoursRange.name, () => {
  it.each([
    [{ min: 16, max: 24 }, true],
    [{ min: 24, max: 16 }, false],
    [{ min: 16, max: 24.25 }, false],
  ])('%p is valid: %p', (range, expected) => {
    expect(isValidWeeklyHoursRange(range)).toBe(expected);
  });
});
