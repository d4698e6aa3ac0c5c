import { isValidLevel, isValidPercentage, validateLevel, validatePercentage } from './levels.js';

describe(isValidLevel.name, () => {
  it.each([1, 2, 3, 4, 5])('accepts level %p', (level) => {
    expect(isValidLevel(level)).toBe(true);
  });

  it.each([0, 6, 2.5, -1, Number.NaN])('rejects level %p', (level) => {
    expect(isValidLevel(level)).toBe(false);
  });
});

describe(validateLevel.name, () => {
  it('returns a violation on the given field', () => {
    expect(validateLevel(6, 'competences.0.level')).toEqual([
      {
        field: 'competences.0.level',
        code: 'INVALID_LEVEL',
        message: 'Het niveau is een heel getal van 1 tot en met 5.',
      },
    ]);
  });
});

describe(isValidPercentage.name, () => {
  it.each([0, 0.5, 30, 45.5, 100])('accepts %p %%', (value) => {
    expect(isValidPercentage(value)).toBe(true);
  });

  it.each([-0.1, 100.1, 150, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p %%', (value) => {
    expect(isValidPercentage(value)).toBe(false);
  });
});

describe(validatePercentage.name, () => {
  it.each([
    [50, []],
    [101, [{ field: 'loonwaardePercent', code: 'INVALID_PERCENTAGE' }]],
  ])('reports %p as %p', (value, expected) => {
    expect(validatePercentage(value, 'loonwaardePercent')).toMatchObject(expected);
  });
});
