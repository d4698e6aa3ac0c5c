import type { TransportMode } from '@werkbrug/domain-rules';
import { findPc4 } from './postcodes.js';

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Mean earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle ("as the crow flies") distance between two WGS84 points, in km. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Straight-line distance in km between the points of two postcodes (PC4 or full postcode), or
 * null when either is unknown. Both points are GeoNames estimates, so treat the result as
 * accurate to a few km at best.
 */
export function distanceBetweenPc4(a: string, b: string): number | null {
  const from = findPc4(a);
  const to = findPc4(b);
  return from && to ? haversineKm(from, to) : null;
}

export interface SpeedBand {
  /** This speed applies to the route distance up to this many km (cumulative); the last band has Infinity. */
  readonly upToKm: number;
  readonly kmh: number;
}

export interface TravelProfile {
  /** Route distance divided by straight-line distance. */
  readonly detourFactor: number;
  /** Fixed minutes per trip: walking to a stop, waiting and transferring, parking. */
  readonly fixedMinutes: number;
  /** Average door-to-door speeds, as consecutive bands of the route distance. */
  readonly speedBands: readonly SpeedBand[];
}

/**
 * The assumptions behind {@link estimateTravelMinutes}, kept together so they can be reviewed.
 * They are rough averages for the Netherlands, meant to rank and filter matches on travel time
 * (the Participatiewet deems up to 3 hours' travel a day acceptable), not to plan a journey.
 *
 * - Detour factors: Dutch road and cycle networks are dense; route distance is typically
 *   1.2-1.4 × the straight line.
 * - WALK: 5 km/h.
 * - BICYCLE: 15 km/h, a normal commuting pace on an ordinary bike; 2 minutes to park.
 * - MOPED: 25 km/h, the speed limit of a snorfiets (most mopeds), which loses little time to
 *   stops; 2 minutes to park.
 * - CAR: 30 km/h for the first 10 km (built-up area, junctions), 80 km/h beyond (provincial
 *   roads and motorways, with some congestion); 5 minutes to park and walk.
 * - PUBLIC_TRANSPORT: 20 km/h for the first 10 km (bus or tram with stops), 75 km/h beyond
 *   (intercity train), plus 15 minutes for walking to the stop, waiting and transferring. This
 *   overestimates long trips between two stations a little, which errs on the safe side.
 */
export const TRAVEL_ASSUMPTIONS: Readonly<Record<TransportMode, TravelProfile>> = {
  WALK: { detourFactor: 1.3, fixedMinutes: 0, speedBands: [{ upToKm: Infinity, kmh: 5 }] },
  BICYCLE: { detourFactor: 1.3, fixedMinutes: 2, speedBands: [{ upToKm: Infinity, kmh: 15 }] },
  MOPED: { detourFactor: 1.3, fixedMinutes: 2, speedBands: [{ upToKm: Infinity, kmh: 25 }] },
  CAR: {
    detourFactor: 1.25,
    fixedMinutes: 5,
    speedBands: [
      { upToKm: 10, kmh: 30 },
      { upToKm: Infinity, kmh: 80 },
    ],
  },
  PUBLIC_TRANSPORT: {
    detourFactor: 1.3,
    fixedMinutes: 15,
    speedBands: [
      { upToKm: 10, kmh: 20 },
      { upToKm: Infinity, kmh: 75 },
    ],
  },
};

/**
 * Estimated one-way door-to-door travel time in minutes (not rounded) for a straight-line
 * distance, using {@link TRAVEL_ASSUMPTIONS}. Non-decreasing in distance for every mode.
 */
export function estimateTravelMinutes(straightLineKm: number, mode: TransportMode): number {
  if (!Number.isFinite(straightLineKm) || straightLineKm < 0) {
    throw new RangeError(`Distance must be a finite number of km >= 0, got ${straightLineKm}`);
  }
  const profile = TRAVEL_ASSUMPTIONS[mode];
  let remainingKm = straightLineKm * profile.detourFactor;
  let coveredKm = 0;
  let minutes = profile.fixedMinutes;
  for (const band of profile.speedBands) {
    const bandKm = Math.min(remainingKm, band.upToKm - coveredKm);
    minutes += (bandKm / band.kmh) * 60;
    remainingKm -= bandKm;
    coveredKm += bandKm;
    if (remainingKm <= 0) break;
  }
  return minutes;
}
