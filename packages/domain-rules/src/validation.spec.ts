import {
  RULE_VIOLATION_CODES,
  RULE_VIOLATION_MESSAGES,
  checkRule,
  createViolation,
  hasViolations,
} from './validation.js';

describe(createViolation.name, () => {
  it('uses the Dutch message for the code', () => {
    expect(createViolation('bsn', 'INVALID_BSN')).toEqual({
      field: 'bsn',
      code: 'INVALID_BSN',
      message: 'Dit is geen geldig BSN (elfproef).',
    });
  });

  it('takes a more specific message when given one', () => {
    expect(createViolation('postcode', 'INVALID_POSTCODE', 'Andere tekst').message).toBe(
      'Andere tekst',
    );
  });

  it.each(RULE_VIOLATION_CODES)('has a Dutch message for %s', (code) => {
    expect(RULE_VIOLATION_MESSAGES[code].length).toBeGreaterThan(0);
  });
});

describe(checkRule.name, () => {
  it.each([
    [true, []],
    [false, [{ field: 'level', code: 'INVALID_LEVEL' }]],
  ])('when the rule holds is %p, returns %p', (holds, expected) => {
    expect(checkRule(holds, 'level', 'INVALID_LEVEL')).toMatchObject(expected);
  });
});

describe(hasViolations.name, () => {
  it.each([
    [[], false],
    [[createViolation('kvkNumber', 'INVALID_KVK_NUMBER')], true],
  ])('%p has violations: %p', (violations, expected) => {
    expect(hasViolations(violations)).toBe(expected);
  });
});
