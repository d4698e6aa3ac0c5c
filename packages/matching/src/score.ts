// The five factors of a score. Each returns a fit from 0 to 1; a factor gives weight × fit points,
// counted in whole units of 1/10,000 point so that sums are exact and ties are real ties.
import type { CompetenceRequirement } from '@werkbrug/domain-rules';
import type { MatchingConfig } from './config.js';

export const UNITS_PER_POINT = 10_000;

export function factorUnits(weight: number, fit: number): number {
  return Math.round(weight * fit * UNITS_PER_POINT);
}

export function unitsToPoints(units: number): number {
  return units / UNITS_PER_POINT;
}

/** One asked competence: 1 when met, less for every level short (absent = level 0). */
export function askedCompetenceFit(
  level: number,
  minLevel: number,
  gapPenaltyPerLevel: number,
): number {
  if (level >= minLevel) return 1;
  return Math.max(0, 1 - (minLevel - level) * gapPenaltyPerLevel);
}

/** How much one asked competence counts within competence fit. */
export function competenceCredit(
  weight: number,
  requirement: CompetenceRequirement,
  config: MatchingConfig,
): number {
  return weight * config.requirementFactor[requirement];
}

/** Credit-weighted mean of the asked competences' fits; a vacancy that asks nothing fits fully. */
export function competenceFit(creditEarned: number, creditAsked: number): number {
  return creditAsked === 0 ? 1 : creditEarned / creditAsked;
}

/** hoursFitAtMinimum when the person just reaches hoursMin, rising to 1 at hoursMax. */
export function hoursFit(
  hoursAvailable: number,
  hoursMin: number,
  hoursMax: number,
  atMinimum: number,
): number {
  if (hoursAvailable >= hoursMax || hoursMax <= hoursMin) return 1;
  const share = Math.max(0, (hoursAvailable - hoursMin) / (hoursMax - hoursMin));
  return atMinimum + (1 - atMinimum) * share;
}

/** Closer is better, relative to the person's own maximum; exactly at the maximum fits 0. */
export function distanceFit(km: number, maxTravelKm: number): number {
  if (maxTravelKm <= 0) return 1;
  return Math.max(0, 1 - km / maxTravelKm);
}

/** true/false when both sides state a sector, null when either does not. */
export function sectorPreferred(
  vacancySector: string | null,
  preferences: readonly string[],
): boolean | null {
  if (vacancySector === null || preferences.length === 0) return null;
  return preferences.includes(vacancySector);
}

export function sectorFit(preferred: boolean | null, config: MatchingConfig): number {
  if (preferred === null) return config.sectorFit.neutral;
  return preferred ? config.sectorFit.preferred : config.sectorFit.notPreferred;
}

/** Who can start soon fits best; with both a client profile and a group, the higher fit counts. */
export function perspectiveFit(
  clientProfile: 1 | 2 | 3 | 4 | null,
  perspectiveGroup: 1 | 2 | 3 | null,
  config: MatchingConfig,
): number {
  const table = config.perspectiveFit;
  if (clientProfile === null && perspectiveGroup === null) return table.unknown;
  const byProfile = clientProfile === null ? 0 : table.byClientProfile[clientProfile - 1];
  const byGroup = perspectiveGroup === null ? 0 : table.byPerspectiveGroup[perspectiveGroup - 1];
  return Math.max(byProfile, byGroup);
}
