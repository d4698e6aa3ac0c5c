import { EARNING_CAPACITY_BANDS } from './enums.js';
import {
  EARNING_CAPACITY_BAND_RANGES,
  earningCapacityBand,
  isJongere,
} from './earning-capacity.js';

describe(earningCapacityBand.name, () => {
  it.each([
    [0, 'SOCIAL_PARTICIPATION'],
    [29.9, 'SOCIAL_PARTICIPATION'],
    [30, 'SHELTERED_WORK'],
    [49.9, 'SHELTERED_WORK'],
    [50, 'SUPPORTED_REGULAR_WORK'],
    [79.9, 'SUPPORTED_REGULAR_WORK'],
    [80, 'INDEPENDENT'],
    [100, 'INDEPENDENT'],
  ])('puts %p %% in %p', (percent, band) => {
    expect(earningCapacityBand(percent)).toBe(band);
  });

  it.each([-1, 100.5, Number.NaN])('throws a RangeError for %p %%', (percent) => {
    expect(() => earningCapacityBand(percent)).toThrow(RangeError);
  });

  it.each(EARNING_CAPACITY_BANDS)('agrees with the published range of %s', (band) => {
    const { from, to } = EARNING_CAPACITY_BAND_RANGES[band];
    expect(earningCapacityBand(from)).toBe(band);
    expect(earningCapacityBand(to - 0.01)).toBe(band);
  });
});

describe(isJongere.name, () => {
  it.each([
    ['2000-07-01', '2027-06-30', true, 'the day before the 27th birthday'],
    ['2000-07-01', '2027-07-01', false, 'on the 27th birthday'],
    ['2008-01-15', '2026-01-15', true, 'an 18-year-old'],
    ['1999-02-28', '2026-02-27', true, 'one day short of 27'],
    ['1972-03-10', '2026-03-10', false, 'a 54-year-old'],
    ['2000-02-29', '2027-02-28', true, 'born on 29 February, before 1 March in a common year'],
    ['2000-02-29', '2027-03-01', false, 'born on 29 February, on 1 March in a common year'],
  ])('born %s, on %s: %p (%s)', (birthDate, on, expected) => {
    expect(isJongere(birthDate, on)).toBe(expected);
  });

  it.each([
    ['2026-02-30', '2026-03-01'],
    ['2000-01-01', '01-01-2026'],
    ['2026-01-02', '2026-01-01'],
  ])('throws a RangeError for birth date %p on %p', (birthDate, on) => {
    expect(() => isJongere(birthDate, on)).toThrow(RangeError);
  });
});
