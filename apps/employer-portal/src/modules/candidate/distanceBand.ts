/** Upper bounds of the bands an employer sees instead of an exact distance (which hints at an address). */
const BANDS_KM = [5, 10, 20, 30, 50] as const;

/** 7 → "< 10 km"; 50 and more → "50 km of meer". */
export function distanceBand(distanceKm: number): string {
  const band = BANDS_KM.find((limit) => distanceKm < limit);
  return band === undefined ? `${BANDS_KM.at(-1)} km of meer` : `< ${band} km`;
}

export const DISTANCE_FILTERS = [10, 20, 30, 50] as const;
