import { DISTANCE_BAND_LIMITS_KM } from '@werkbrug/domain-rules';

/** "Within N km" choices on the candidates page: the bands' bounds, so a filter never splits a band. */
export const DISTANCE_FILTERS = DISTANCE_BAND_LIMITS_KM.filter((km) => km >= 10);
