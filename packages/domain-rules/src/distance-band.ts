// What an employer learns of where a candidate lives: a band, never the exact distance (an exact
// distance from a known location narrows down an address).

/** Upper bounds (exclusive) of the bands, in km. */
export const DISTANCE_BAND_LIMITS_KM = [5, 10, 20, 30, 50] as const;

export interface DistanceBand {
  /** The band's upper bound in km; null for the last, open band. */
  upToKm: number | null;
  /** Dutch: "< 10 km", or "50 km of meer". */
  label: string;
}

/** 7 → { upToKm: 10, label: '< 10 km' }; 50 and more → { upToKm: null, label: '50 km of meer' }. */
export function distanceBand(distanceKm: number): DistanceBand {
  const upToKm = DISTANCE_BAND_LIMITS_KM.find((limit) => distanceKm < limit);
  return upToKm === undefined
    ? { upToKm: null, label: `${DISTANCE_BAND_LIMITS_KM.at(-1)} km of meer` }
    : { upToKm, label: `< ${upToKm} km` };
}
