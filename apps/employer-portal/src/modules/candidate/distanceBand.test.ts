import { distanceBand } from './distanceBand.js';

describe(distanceBand.name, () => {
  it.each([
    [0, '< 5 km'],
    [4, '< 5 km'],
    [5, '< 10 km'],
    [9.6, '< 10 km'],
    [10, '< 20 km'],
    [29, '< 30 km'],
    [49, '< 50 km'],
    [50, '50 km of meer'],
    [120, '50 km of meer'],
  ])('puts %p km in the band %s', (km, band) => {
    expect(distanceBand(km)).toBe(band);
  });
});
