import { isValidBsn, maskBsn, normaliseBsn, validateBsn } from './bsn.js';

describe(isValidBsn.name, () => {
  it.each([
    ['111222333', 'a real, valid BSN'],
    ['123456782', 'a real, valid BSN'],
    ['10000008', 'an 8-digit number that is valid once padded with a zero'],
    ['010000008', 'the same number written with 9 digits'],
    ['111.222.333', 'dots between the digits'],
    [' 111 222 333 ', 'spaces around and between the digits'],
  ])('accepts %p (%s)', (value) => {
    expect(isValidBsn(value)).toBe(true);
  });

  it.each([
    ['123456789', 'fails the elfproef'],
    ['111222334', 'one digit off'],
    ['000000000', 'all zeros passes the sum but is no BSN'],
    ['00000000', 'all zeros in 8 digits'],
    ['1234567', 'too short'],
    ['1234567820', 'too long'],
    ['12345678a', 'contains a letter'],
    ['', 'empty'],
  ])('rejects %p (%s)', (value) => {
    expect(isValidBsn(value)).toBe(false);
  });
});

describe(normaliseBsn.name, () => {
  it.each([
    ['123456782', '123456782'],
    ['10000008', '010000008'],
    ['123-456-782', '123456782'],
    ['12345', null],
    ['abcdefghi', null],
  ])('normalises %p to %p', (value, expected) => {
    expect(normaliseBsn(value)).toBe(expected);
  });
});

describe(maskBsn.name, () => {
  it.each([
    ['123456782', '*******82'],
    ['111 222 333', '*******33'],
    ['10000008', '*******08'],
    ['not a bsn', '*********'],
  ])('masks %p as %p', (value, expected) => {
    expect(maskBsn(value)).toBe(expected);
  });
});

describe(validateBsn.name, () => {
  it('returns no violations for a valid BSN', () => {
    expect(validateBsn('111222333')).toEqual([]);
  });

  it('returns a Dutch violation on the given field for an invalid BSN', () => {
    expect(validateBsn('123456789', 'jobSeeker.bsn')).toEqual([
      {
        field: 'jobSeeker.bsn',
        code: 'INVALID_BSN',
        message: 'Dit is geen geldig BSN (elfproef).',
      },
    ]);
  });
});
