import { formatHoursRange, parseNumber, personName } from './format.js';

describe(parseNumber.name, () => {
  it.each([
    ['25,5', 25.5],
    ['25.5', 25.5],
    [' 40 ', 40],
    ['', Number.NaN],
    ['twintig', Number.NaN],
    ['1e3', Number.NaN],
  ])('reads %j as %d', (text, number) => {
    expect(parseNumber(text)).toBe(number);
  });
});

describe(formatHoursRange.name, () => {
  it.each([
    [20, 28, '20-28 uur'],
    [24, 24, '24 uur'],
    [25.5, 32, '25,5-32 uur'],
  ])('writes %d to %d hours as %s', (min, max, text) => {
    expect(formatHoursRange(min, max)).toBe(text);
  });
});

describe(personName.name, () => {
  it('uses the name, or the candidate label when the name is withheld', () => {
    expect(
      personName({ firstName: 'Jan', lastName: 'de Vries', candidateLabel: 'Kandidaat 4711' }),
    ).toBe('Jan de Vries');
    expect(personName({ firstName: null, lastName: null, candidateLabel: 'Kandidaat 4711' })).toBe(
      'Kandidaat 4711',
    );
  });
});
