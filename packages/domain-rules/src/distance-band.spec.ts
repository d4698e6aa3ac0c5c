import { distanceBand } from './distance-band.js';

describe(distanceBand.name, () => {
  it.each([
    [0, 5, '< 5 km'],
    [4.99, 5, '< 5 km'],
    [5, 10, '< 10 km'],
    [7, 10, '< 10 km'],
    [19.9, 20, '< 20 km'],
    [29, 30, '< 30 km'],
    [49.99, 50, '< 50 km'],
  ])('puts %p km in the band up to %p km', (km, upToKm, label) => {
    expect(distanceBand(km)).toEqual({ upToKm, label });
  });

  it.each([50, 50.01, 180])('puts %p km in the open last band', (km) => {
    expect(distanceBand(km)).toEqual({ upToKm: null, label: '50 km of meer' });
  });
});
