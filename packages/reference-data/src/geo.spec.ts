import { TRANSPORT_MODES } from '@werkbrug/domain-rules';
import {
  distanceBetweenPc4,
  estimateTravelMinutes,
  haversineKm,
  TRAVEL_ASSUMPTIONS,
} from './geo.js';

describe(haversineKm.name, () => {
  it('is zero between a point and itself', () => {
    expect(haversineKm({ lat: 52.2, lon: 5.2 }, { lat: 52.2, lon: 5.2 })).toBe(0);
  });

  it('measures one degree of latitude as about 111.2 km', () => {
    expect(haversineKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(111.195, 2);
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    expect(haversineKm({ lat: 52, lon: 5 }, { lat: 52, lon: 6 })).toBeCloseTo(
      111.195 * Math.cos((52 * Math.PI) / 180),
      0,
    );
  });

  it('is symmetric', () => {
    const a = { lat: 52.2235, lon: 5.1752 };
    const b = { lat: 53.2194, lon: 6.5665 };
    expect(haversineKm(a, b)).toBe(haversineKm(b, a));
  });
});

describe(distanceBetweenPc4.name, () => {
  it.each([
    ['1211', '9711', 'Hilversum - Groningen', 145],
    ['1011', '3511', 'Amsterdam - Utrecht', 35],
    ['6211', '9711', 'Maastricht - Groningen', 270],
  ])('measures %s - %s (%s) as about %i km in a straight line', (a, b, _route, km) => {
    expect(distanceBetweenPc4(a, b)).toBeGreaterThan(km - 5);
    expect(distanceBetweenPc4(a, b)).toBeLessThan(km + 5);
  });

  it('is zero within one postcode', () => {
    expect(distanceBetweenPc4('1211', '1211 XY')).toBe(0);
  });

  it.each([
    ['0000', '1211'],
    ['1211', '0000'],
  ])('returns null when %s or %s is unknown', (a, b) => {
    expect(distanceBetweenPc4(a, b)).toBeNull();
  });
});

describe(estimateTravelMinutes.name, () => {
  const distances = [0, 0.5, 1, 2, 5, 7.9, 8, 8.1, 10, 15, 25, 50, 100, 200];

  it.each(TRANSPORT_MODES)('grows strictly with distance for %s', (mode) => {
    const minutes = distances.map((km) => estimateTravelMinutes(km, mode));
    for (let i = 1; i < minutes.length; i++) {
      expect(minutes[i]).toBeGreaterThan(minutes[i - 1]);
    }
  });

  it.each(TRANSPORT_MODES)('takes only the fixed minutes for zero distance by %s', (mode) => {
    expect(estimateTravelMinutes(0, mode)).toBe(TRAVEL_ASSUMPTIONS[mode].fixedMinutes);
  });

  it('adds waiting and transfer time to public transport', () => {
    expect(TRAVEL_ASSUMPTIONS.PUBLIC_TRANSPORT.fixedMinutes).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['WALK', 2, 25, 40],
    ['BICYCLE', 5, 20, 35],
    ['MOPED', 10, 25, 40],
    ['CAR', 5, 12, 25],
    ['CAR', 30, 30, 50],
    ['PUBLIC_TRANSPORT', 20, 45, 75],
  ] as const)(
    'estimates %s over %i km straight-line between %i and %i minutes',
    (mode, km, min, max) => {
      const minutes = estimateTravelMinutes(km, mode);
      expect(minutes).toBeGreaterThanOrEqual(min);
      expect(minutes).toBeLessThanOrEqual(max);
    },
  );

  it('ranks walking, cycling, moped and car from slow to fast over 10 km', () => {
    const [walk, bicycle, moped, car] = (['WALK', 'BICYCLE', 'MOPED', 'CAR'] as const).map((mode) =>
      estimateTravelMinutes(10, mode),
    );
    expect(walk).toBeGreaterThan(bicycle);
    expect(bicycle).toBeGreaterThan(moped);
    expect(moped).toBeGreaterThan(car);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a distance of %p', (km) => {
    expect(() => estimateTravelMinutes(km, 'CAR')).toThrow(RangeError);
  });
});
