import {
  formatPostcode,
  isValidPostcode,
  normalisePostcode,
  parsePostcode,
  toPc4,
  validatePostcode,
} from './postcode.js';

describe(parsePostcode.name, () => {
  it.each([
    ['1211 AB', { pc4: '1211', letters: 'AB' }],
    ['1211ab', { pc4: '1211', letters: 'AB' }],
    [' 1211  Ab ', { pc4: '1211', letters: 'AB' }],
    ['9999 ZZ', { pc4: '9999', letters: 'ZZ' }],
    ['1000 AA', { pc4: '1000', letters: 'AA' }],
  ])('parses %p', (value, expected) => {
    expect(parsePostcode(value)).toEqual(expected);
  });

  it.each([
    ['0211 AB', 'PC4 starts with 0'],
    ['1211 SA', 'SA is not issued'],
    ['1211 sd', 'SD is not issued'],
    ['1211SS', 'SS is not issued'],
    ['1211', 'PC4 only, not allowed by default'],
    ['121 AB', 'three digits'],
    ['12111 AB', 'five digits'],
    ['1211 A', 'one letter'],
    ['1211 ABC', 'three letters'],
    ['1211-AB', 'hyphen'],
    ['', 'empty'],
  ])('rejects %p (%s)', (value) => {
    expect(parsePostcode(value)).toBeNull();
  });

  it('accepts PC4 only where allowed', () => {
    expect(parsePostcode('1211', { allowPc4: true })).toEqual({ pc4: '1211', letters: null });
  });

  it('still rejects a PC4 starting with 0 where PC4 is allowed', () => {
    expect(parsePostcode('0999', { allowPc4: true })).toBeNull();
  });
});

describe(normalisePostcode.name, () => {
  it.each([
    ['1211ab', {}, '1211 AB'],
    ['1211 AB', {}, '1211 AB'],
    ['1211', { allowPc4: true }, '1211'],
    ['1211', {}, null],
    ['1211 SA', {}, null],
  ])('normalises %p with %p to %p', (value, options, expected) => {
    expect(normalisePostcode(value, options)).toBe(expected);
  });
});

describe(formatPostcode.name, () => {
  it.each([
    [{ pc4: '1211', letters: 'AB' }, '1211 AB'],
    [{ pc4: '1211', letters: null }, '1211'],
  ])('formats %p as %p', (postcode, expected) => {
    expect(formatPostcode(postcode)).toBe(expected);
  });
});

describe(toPc4.name, () => {
  it.each([
    ['1211 AB', '1211'],
    ['1211ab', '1211'],
    ['1211', '1211'],
    ['0211 AB', null],
    ['nonsense', null],
  ])('takes the PC4 of %p: %p', (value, expected) => {
    expect(toPc4(value)).toBe(expected);
  });
});

describe(isValidPostcode.name, () => {
  it.each([
    ['1211 AB', {}, true],
    ['1211', {}, false],
    ['1211', { allowPc4: true }, true],
  ])('%p with %p is valid: %p', (value, options, expected) => {
    expect(isValidPostcode(value, options)).toBe(expected);
  });
});

describe(validatePostcode.name, () => {
  it('returns no violations for a valid postcode', () => {
    expect(validatePostcode('1211 AB')).toEqual([]);
  });

  it('names the field and gives an example in the message', () => {
    expect(validatePostcode('1211 SS', { field: 'address.postcode' })).toEqual([
      {
        field: 'address.postcode',
        code: 'INVALID_POSTCODE',
        message: 'Dit is geen geldige postcode, bijvoorbeeld 1211 AB.',
      },
    ]);
  });

  it('mentions PC4 in the message where PC4 is allowed', () => {
    expect(validatePostcode('0211', { allowPc4: true })[0].message).toBe(
      'Dit is geen geldige postcode, bijvoorbeeld 1211 AB of 1211.',
    );
  });
});
