import { bandOf, fillOf, NO_DATA_BAND, PERCENT_BANDS } from './scale.js';

describe('bandOf', () => {
  it.each([
    [120, '100 % of meer'],
    [100, '100 % of meer'],
    [99.9, '90 tot 100 %'],
    [90, '90 tot 100 %'],
    [84, '75 tot 90 %'],
    [50, '50 tot 75 %'],
    [49.9, 'minder dan 50 %'],
    [-3, 'minder dan 50 %'],
    [null, 'Geen gegevens'],
  ])('puts %p in "%s"', (percent, label) => {
    expect(bandOf(percent).label).toBe(label);
  });

  it('gives every band its own pattern, so the map reads without colour', () => {
    const patterns = [...PERCENT_BANDS, NO_DATA_BAND].map((band) => band.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('fills with the pattern, or the plain colour for the solid band', () => {
    expect(fillOf(bandOf(95))).toBe('url(#werkbrug-band-90)');
    expect(fillOf(bandOf(100))).toBe('#08306b');
  });
});
