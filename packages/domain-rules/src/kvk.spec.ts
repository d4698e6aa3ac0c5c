import { isValidKvkNumber, normaliseKvkNumber, validateKvkNumber } from './kvk.js';

describe(isValidKvkNumber.name, () => {
  it.each(['69043201', ' 69043201 ', '6904 3201', '00000001'])('accepts %p', (value) => {
    expect(isValidKvkNumber(value)).toBe(true);
  });

  it.each(['6904320', '690432011', '6904320a', '69-043201', ''])('rejects %p', (value) => {
    expect(isValidKvkNumber(value)).toBe(false);
  });
});

describe(normaliseKvkNumber.name, () => {
  it.each([
    [' 6904 3201', '69043201'],
    ['1234567', null],
  ])('normalises %p to %p', (value, expected) => {
    expect(normaliseKvkNumber(value)).toBe(expected);
  });
});

describe(validateKvkNumber.name, () => {
  it('returns no violations for 8 digits', () => {
    expect(validateKvkNumber('69043201')).toEqual([]);
  });

  it('returns a violation on the kvkNumber field by default', () => {
    expect(validateKvkNumber('123')).toEqual([
      {
        field: 'kvkNumber',
        code: 'INVALID_KVK_NUMBER',
        message: 'Een KvK-nummer bestaat uit precies 8 cijfers.',
      },
    ]);
  });
});
