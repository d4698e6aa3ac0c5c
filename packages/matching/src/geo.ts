// Distances between PC4 points and estimated travel time; the engine gets coordinates, never looks
// them up. The formulas are the same as @werkbrug/reference-data's, so the portals show the same km.
import type { TravelModel } from './config.js';

/** Mean earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS_PER_DEGREE = Math.PI / 180;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle ("as the crow flies") distance between two WGS84 points, in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated one-way minutes for a straight-line distance; non-decreasing in the distance. */
export function estimateTravelMinutes(straightLineKm: number, model: TravelModel): number {
  let remainingKm = straightLineKm * model.detourFactor;
  let coveredKm = 0;
  let minutes = model.fixedMinutes;
  for (const band of model.speedBands) {
    const bandKm = Math.min(remainingKm, band.upToKm - coveredKm);
    minutes += (bandKm / band.kmh) * 60;
    remainingKm -= bandKm;
    coveredKm += bandKm;
    if (remainingKm <= 0) break;
  }
  return minutes;
}

/**
 * The farthest straight-line km a person can go within both limits, or -1 when even 0 km takes
 * too long. Used to prune the search only; the hard filter itself compares the exact estimate.
 */
export function reachKm(maxTravelKm: number, maxTravelMinutes: number, model: TravelModel): number {
  let minutesLeft = maxTravelMinutes - model.fixedMinutes;
  if (minutesLeft < 0) return -1;
  let routeKm = 0;
  let coveredKm = 0;
  for (const band of model.speedBands) {
    const bandKm = band.upToKm - coveredKm;
    const bandMinutes = (bandKm / band.kmh) * 60;
    if (minutesLeft <= bandMinutes) {
      routeKm += (minutesLeft / 60) * band.kmh;
      break;
    }
    routeKm += bandKm;
    minutesLeft -= bandMinutes;
    coveredKm = band.upToKm;
  }
  return Math.min(maxTravelKm, routeKm / model.detourFactor);
}

/** Any point within `radiusKm` of a point differs at most this much in latitude. */
export function latitudeSpanDegrees(radiusKm: number): number {
  return radiusKm / (EARTH_RADIUS_KM * RADIANS_PER_DEGREE);
}

/**
 * Any point within `radiusKm` of (lat, ·) differs at most this much in longitude (the tangent of a
 * spherical cap); Infinity when the cap reaches a pole.
 */
export function longitudeSpanDegrees(lat: number, radiusKm: number): number {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const latRad = lat * RADIANS_PER_DEGREE;
  if (angular >= Math.PI / 2 - Math.abs(latRad)) return Infinity;
  return Math.asin(Math.sin(angular) / Math.cos(latRad)) / RADIANS_PER_DEGREE;
}
