// The full explanation of one pair, computed from the plain inputs. The ranked queries compute the
// same score on typed arrays; tests hold the two to the same number.
import type { MatchingConfig } from './config.js';
import { estimateTravelMinutes, haversineKm } from './geo.js';
import {
  askedCompetenceFit,
  competenceCredit,
  competenceFit,
  distanceFit,
  factorUnits,
  hoursFit,
  perspectiveFit,
  sectorFit,
  sectorPreferred,
  unitsToPoints,
} from './score.js';
import {
  FACTOR_NAMES,
  type CompetenceGap,
  type CompetenceMet,
  type FactorName,
  type MatchExplanation,
  type SeekerInput,
  type VacancyInput,
} from './types.js';

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** The person's level (0 when absent) for each of the vacancy's competences, in the vacancy's order. */
function askedLevels(seeker: SeekerInput, vacancy: VacancyInput): number[] {
  const levels = new Map<string, number>();
  for (const competence of seeker.competences) levels.set(competence.code, competence.level);
  return vacancy.competences.map((asked) => levels.get(asked.code) ?? 0);
}

/**
 * Scores and explains a pair; it does not apply the hard filters (see exclusionReasons). A caller
 * that already knows the person's levels for the vacancy's competences (the index) passes them.
 */
export function explainMatch(
  seeker: SeekerInput,
  vacancy: VacancyInput,
  config: MatchingConfig,
  levels: ArrayLike<number> = askedLevels(seeker, vacancy),
): MatchExplanation {
  const trainableHere = vacancy.trainableCompetences ?? [];
  const competencesMet: CompetenceMet[] = [];
  const gaps: CompetenceGap[] = [];
  let creditAsked = 0;
  let creditEarned = 0;
  vacancy.competences.forEach((asked, i) => {
    const level = levels[i];
    const credit = competenceCredit(asked.weight, asked.requirement, config);
    creditAsked += credit;
    creditEarned += credit * askedCompetenceFit(level, asked.minLevel, config.gapPenaltyPerLevel);
    const { code, minLevel, weight, requirement } = asked;
    if (level >= minLevel) {
      competencesMet.push({
        code,
        level: level as CompetenceMet['level'],
        minLevel,
        weight,
        requirement,
      });
    } else {
      const trainable = trainableHere.includes(code) || config.isTrainable(code);
      gaps.push({ code, level, minLevel, gap: minLevel - level, weight, requirement, trainable });
    }
  });
  const km = haversineKm(vacancy.lat, vacancy.lon, seeker.lat, seeker.lon);
  const minutes = estimateTravelMinutes(km, config.travel[seeker.transport]);
  const preferred = sectorPreferred(vacancy.sector, seeker.sectorPreferences);
  const fits: Record<FactorName, number> = {
    competence: competenceFit(creditEarned, creditAsked),
    hours: hoursFit(
      seeker.hoursAvailable,
      vacancy.hoursMin,
      vacancy.hoursMax,
      config.hoursFitAtMinimum,
    ),
    distance: distanceFit(km, seeker.maxTravelKm),
    sector: sectorFit(preferred, config),
    perspective: perspectiveFit(seeker.clientProfile, seeker.perspectiveGroup, config),
  };
  let scoreUnits = 0;
  const factors = FACTOR_NAMES.map((factor) => {
    const weight = config.weights[factor];
    const units = factorUnits(weight, fits[factor]);
    scoreUnits += units;
    return { factor, weight, fit: round(fits[factor], 4), points: unitsToPoints(units) };
  });
  return {
    score: unitsToPoints(scoreUnits),
    factors,
    competencesMet,
    gaps,
    distanceKm: round(km, 2),
    travelMinutes: round(minutes, 1),
    transport: seeker.transport,
    maxTravelKm: seeker.maxTravelKm,
    maxTravelMinutes: seeker.maxTravelMinutes,
    hoursAvailable: seeker.hoursAvailable,
    hoursMin: vacancy.hoursMin,
    hoursMax: vacancy.hoursMax,
    sectorPreferred: preferred,
    seekerRegionCode: seeker.regionCode,
    vacancyRegionCode: vacancy.regionCode,
  };
}
