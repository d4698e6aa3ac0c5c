import {
  centsToEuroInput,
  euroInputToCents,
  formatCents,
  formatDate,
  formatNumber,
} from './format.js';

// Intl puts a no-break space between the euro sign and the amount.
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe(formatCents.name, () => {
  it.each([
    [1450, '€ 14,50'],
    [0, '€ 0,00'],
    [123456, '€ 1.234,56'],
  ])('shows %i cents as %s', (cents, text) => {
    expect(formatCents(cents)).toBe(nbsp(text));
  });
});

describe(centsToEuroInput.name, () => {
  it.each([
    [1450, '14,50'],
    [1400, '14,00'],
    [5, '0,05'],
    [null, ''],
    [undefined, ''],
  ])('puts %p cents in a field as "%s"', (cents, text) => {
    expect(centsToEuroInput(cents)).toBe(text);
  });
});

describe(euroInputToCents.name, () => {
  it.each([
    ['14,50', 1450],
    ['14.5', 1450],
    ['14', 1400],
    ['€ 14,05', 1405],
    [' 0,99 ', 99],
    ['', null],
    ['   ', null],
  ])('reads "%s" as %p cents', (text, cents) => {
    expect(euroInputToCents(text)).toBe(cents);
  });

  it.each(['-3', '14,505', 'veertien', '1.234,56', '14,'])('refuses "%s"', (text) => {
    expect(euroInputToCents(text)).toBeNaN();
  });
});

describe(formatNumber.name, () => {
  it.each([
    [25.5, '25,5'],
    [32, '32'],
    [1.234, '1,23'],
  ])('shows %p as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [1.25, 1, '1,3'],
    [25.5, 1, '25,5'],
    [1.25, 0, '1'],
    [1234.5, 1, '1.234,5'],
  ])('shows %p with at most %i decimals as %s', (value, digits, text) => {
    expect(formatNumber(value, digits as 0 | 1 | 2)).toBe(text);
  });
});

describe(formatDate.name, () => {
  it.each([
    ['2026-03-12', '12 maart 2026'],
    ['2026-01-01T23:30:00.000Z', '2 januari 2026'],
  ])('shows %s as %s', (value, text) => {
    expect(formatDate(value)).toBe(text);
  });
});
