import {
  estimateTravelMinutes as referenceMinutes,
  haversineKm as referenceHaversine,
} from '@werkbrug/reference-data';
import { TRANSPORT_MODES } from '@werkbrug/domain-rules';
import { DEFAULT_MATCHING_CONFIG } from './config.js';
import {
  estimateTravelMinutes,
  haversineKm,
  latitudeSpanDegrees,
  longitudeSpanDegrees,
  reachKm,
} from './geo.js';
import { mulberry32 } from './reference/random.js';

const HILVERSUM = { lat: 52.2235, lon: 5.1752 };
const ZWOLLE = { lat: 52.5125, lon: 6.0944 };

describe(haversineKm.name, () => {
  it('is 0 between a point and itself', () => {
    expect(haversineKm(HILVERSUM.lat, HILVERSUM.lon, HILVERSUM.lat, HILVERSUM.lon)).toBe(0);
  });

  it('gives about 70 km from Hilversum to Zwolle', () => {
    expect(haversineKm(HILVERSUM.lat, HILVERSUM.lon, ZWOLLE.lat, ZWOLLE.lon)).toBeCloseTo(70.2, 1);
  });

  it('is symmetric to the last bit', () => {
    const there = haversineKm(HILVERSUM.lat, HILVERSUM.lon, ZWOLLE.lat, ZWOLLE.lon);
    expect(haversineKm(ZWOLLE.lat, ZWOLLE.lon, HILVERSUM.lat, HILVERSUM.lon)).toBe(there);
  });

  it('gives the same km as @werkbrug/reference-data, so the portals show the same distance', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const a = { lat: 50.8 + random() * 2.5, lon: 3.4 + random() * 3.7 };
      const b = { lat: 50.8 + random() * 2.5, lon: 3.4 + random() * 3.7 };
      expect(haversineKm(a.lat, a.lon, b.lat, b.lon)).toBe(referenceHaversine(a, b));
    }
  });
});

describe(estimateTravelMinutes.name, () => {
  it.each([
    ['WALK', 1, 15.6],
    ['BICYCLE', 5, 28],
    ['CAR', 0, 5],
    ['PUBLIC_TRANSPORT', 20, 15 + 30 + (16 / 75) * 60],
  ] as const)('estimates %s over %d km at %d minutes', (mode, km, minutes) => {
    expect(estimateTravelMinutes(km, DEFAULT_MATCHING_CONFIG.travel[mode])).toBeCloseTo(minutes, 9);
  });

  it.each(TRANSPORT_MODES)(
    'matches @werkbrug/reference-data for %s with the default travel model',
    (mode) => {
      for (const km of [0, 0.5, 3, 7.69, 10, 12.5, 40]) {
        expect(estimateTravelMinutes(km, DEFAULT_MATCHING_CONFIG.travel[mode])).toBe(
          referenceMinutes(km, mode),
        );
      }
    },
  );
});

describe(reachKm.name, () => {
  it.each(TRANSPORT_MODES)('inverts the minutes estimate for %s', (mode) => {
    const model = DEFAULT_MATCHING_CONFIG.travel[mode];
    for (const minutes of [20, 30, 45, 60, 90]) {
      const km = reachKm(Infinity, minutes, model);
      expect(estimateTravelMinutes(km, model)).toBeCloseTo(minutes, 9);
    }
  });

  it('is the km limit when that is the tighter one', () => {
    expect(reachKm(3, 90, DEFAULT_MATCHING_CONFIG.travel.CAR)).toBe(3);
  });

  it('is -1 when even the fixed minutes exceed the limit', () => {
    expect(reachKm(10, 10, DEFAULT_MATCHING_CONFIG.travel.PUBLIC_TRANSPORT)).toBe(-1);
  });
});

describe('bounding spans', () => {
  it('cover every point within the radius', () => {
    const random = mulberry32(11);
    for (let i = 0; i < 500; i++) {
      const lat = 50.8 + random() * 2.5;
      const lon = 3.4 + random() * 3.7;
      const other = { lat: lat + (random() - 0.5), lon: lon + (random() - 0.5) };
      const km = haversineKm(lat, lon, other.lat, other.lon);
      expect(Math.abs(other.lat - lat)).toBeLessThanOrEqual(latitudeSpanDegrees(km) + 1e-12);
      expect(Math.abs(other.lon - lon)).toBeLessThanOrEqual(longitudeSpanDegrees(lat, km) + 1e-12);
    }
  });

  it('has no longitude bound when the radius reaches a pole', () => {
    expect(longitudeSpanDegrees(89.9, 100)).toBe(Infinity);
  });
});
