// The hard filters: a pair that fails one is not suggested at all. Each rule is a small function the
// fast path (queries.ts) and the explained path (exclusionReasons) share, so they cannot drift.
import { checkVacancyKindEligibility } from '@werkbrug/domain-rules';
import type { MatchingConfig } from './config.js';
import { estimateTravelMinutes, haversineKm } from './geo.js';
import type { ExclusionReason, SeekerInput, VacancyInput } from './types.js';

export const DAY_MS = 86_400_000;

/** The lowest level that still passes for a REQUIRED competence; absent (0) never passes. */
export function lowestAcceptedLevel(minLevel: number, tolerance: number): number {
  return Math.max(1, minLevel - tolerance);
}

export function meetsRequiredLevel(level: number, minLevel: number, tolerance: number): boolean {
  return level >= lowestAcceptedLevel(minLevel, tolerance);
}

/** `confirmedAtMs` is NaN when availability was never confirmed. A date in the future counts as recent. */
export function isAvailabilityRecent(
  confirmedAtMs: number,
  nowMs: number,
  maxAgeDays: number,
): boolean {
  return confirmedAtMs >= nowMs - maxAgeDays * DAY_MS;
}

/** `untilMs` is Infinity when the consent has no expiry; at the expiry moment itself it no longer holds. */
export function isConsentCurrent(untilMs: number, nowMs: number): boolean {
  return nowMs < untilMs;
}

export function hasEnoughHours(hoursAvailable: number, hoursMin: number): boolean {
  return hoursAvailable >= hoursMin;
}

/** Both limits are inclusive: exactly at the maximum passes. */
export function isWithinLimit(value: number, maximum: number): boolean {
  return value <= maximum;
}

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** Every hard filter the pair fails, in a fixed order; empty when the pair may be suggested. */
export function exclusionReasons(
  seeker: SeekerInput,
  vacancy: VacancyInput,
  config: MatchingConfig,
  nowMs: number,
): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (vacancy.openings <= 0) reasons.push({ code: 'NO_OPENINGS' });
  const eligibility = checkVacancyKindEligibility(vacancy.kind, {
    inDoelgroepregister: seeker.doelgroepregister,
    hasIndicatieBeschutWerk: seeker.indicatieBeschutWerk,
  });
  if (!eligibility.eligible) {
    reasons.push({
      code: 'VACANCY_KIND_NOT_ELIGIBLE',
      kind: vacancy.kind,
      ineligibility: eligibility.reason.code,
    });
  }
  if (!seeker.consentToMatch) reasons.push({ code: 'NO_CONSENT' });
  else if (seeker.consentExpiresAt && !isConsentCurrent(seeker.consentExpiresAt.getTime(), nowMs)) {
    reasons.push({ code: 'CONSENT_EXPIRED', expiredAt: seeker.consentExpiresAt.toISOString() });
  }
  if (seeker.availabilityConfirmedAt === null) {
    reasons.push({ code: 'AVAILABILITY_NOT_CONFIRMED' });
  } else if (
    !isAvailabilityRecent(
      seeker.availabilityConfirmedAt.getTime(),
      nowMs,
      config.availabilityMaxAgeDays,
    )
  ) {
    reasons.push({
      code: 'AVAILABILITY_OUTDATED',
      confirmedAt: seeker.availabilityConfirmedAt.toISOString(),
      maxAgeDays: config.availabilityMaxAgeDays,
    });
  }
  if (!hasEnoughHours(seeker.hoursAvailable, vacancy.hoursMin)) {
    reasons.push({
      code: 'INSUFFICIENT_HOURS',
      hoursAvailable: seeker.hoursAvailable,
      hoursMin: vacancy.hoursMin,
    });
  }
  const km = haversineKm(vacancy.lat, vacancy.lon, seeker.lat, seeker.lon);
  if (!isWithinLimit(km, seeker.maxTravelKm)) {
    reasons.push({ code: 'TOO_FAR_KM', distanceKm: round(km, 2), maxTravelKm: seeker.maxTravelKm });
  }
  const minutes = estimateTravelMinutes(km, config.travel[seeker.transport]);
  if (!isWithinLimit(minutes, seeker.maxTravelMinutes)) {
    reasons.push({
      code: 'TOO_FAR_MINUTES',
      travelMinutes: round(minutes, 1),
      maxTravelMinutes: seeker.maxTravelMinutes,
    });
  }
  const levels = new Map(
    seeker.competences.map((competence) => [competence.code, competence.level as number]),
  );
  for (const asked of vacancy.competences) {
    if (asked.requirement !== 'REQUIRED') continue;
    const level = levels.get(asked.code) ?? 0;
    if (!meetsRequiredLevel(level, asked.minLevel, config.requiredLevelTolerance)) {
      reasons.push({
        code: 'REQUIRED_COMPETENCE_MISSING',
        competenceCode: asked.code,
        level,
        minLevel: asked.minLevel,
        lowestAccepted: lowestAcceptedLevel(asked.minLevel, config.requiredLevelTolerance),
      });
    }
  }
  return reasons;
}
