// From database rows to the engine's plain input. Pure functions, so the rules of the translation
// (which transport mode counts, what consent means for matching) are tested on their own.
import {
  TRANSPORT_MODES,
  type CompetenceRequirement,
  type Level,
  type TransportMode,
  type VacancyKind,
  type WorkSector,
} from '@werkbrug/domain-rules';
import {
  reachKm,
  type MatchingConfig,
  type SeekerInput,
  type VacancyInput,
} from '@werkbrug/matching';
import { startOfDayInNetherlands } from '../job-seeker/calendar.js';
import type { MatchingProfile } from '../job-seeker/job-seeker.repository.js';

/** Used when a file lists no transport mode: the most common way to get to work in this group. */
export const DEFAULT_TRANSPORT: TransportMode = 'PUBLIC_TRANSPORT';

/**
 * The engine takes one transport mode per person. Of the modes the person has, the one that
 * reaches farthest within their own km and minutes limits counts (ties: the order of
 * TRANSPORT_MODES); without any, DEFAULT_TRANSPORT.
 */
export function primaryTransport(
  modes: readonly TransportMode[],
  maxTravelKm: number,
  maxTravelMinutes: number,
  travel: MatchingConfig['travel'],
): TransportMode {
  let best: TransportMode | null = null;
  let bestReach = -Infinity;
  for (const mode of TRANSPORT_MODES) {
    if (!modes.includes(mode)) continue;
    const reach = reachKm(maxTravelKm, maxTravelMinutes, travel[mode]);
    if (reach > bestReach) {
      best = mode;
      bestReach = reach;
    }
  }
  return best ?? DEFAULT_TRANSPORT;
}

/**
 * Staff may match everyone who did not withdraw consent (consent for an introduction is asked
 * afterwards); employers only see people who GRANTED it (see MatchingService).
 */
export const mayBeMatched = (consentStatus: MatchingProfile['consentStatus']): boolean =>
  consentStatus !== 'WITHDRAWN';

/**
 * When a GRANTED consent stops holding: the start of its expiry day in the Netherlands. The engine
 * compares it with its clock at query time, so an expired consent counts as absent without a
 * re-index. Other statuses carry no expiry (WITHDRAWN already excludes the person).
 */
export const consentExpiry = (
  profile: Pick<MatchingProfile, 'consentStatus' | 'consentExpiresOn'>,
): Date | null =>
  profile.consentStatus === 'GRANTED' && profile.consentExpiresOn
    ? startOfDayInNetherlands(profile.consentExpiresOn)
    : null;

/** An ISO date (yyyy-mm-dd) as the start of that day in UTC. */
const dateOf = (isoDate: string | null): Date | null =>
  isoDate === null ? null : new Date(`${isoDate}T00:00:00.000Z`);

export function toSeekerInput(
  profile: MatchingProfile,
  config: Pick<MatchingConfig, 'travel'>,
): SeekerInput {
  return {
    id: profile.id,
    regionCode: profile.regionCode,
    lat: profile.lat,
    lon: profile.lon,
    competences: profile.competences,
    hoursAvailable: profile.hoursAvailable,
    maxTravelKm: profile.maxTravelKm,
    maxTravelMinutes: profile.maxTravelMinutes,
    transport: primaryTransport(
      profile.transportModes,
      profile.maxTravelKm,
      profile.maxTravelMinutes,
      config.travel,
    ),
    sectorPreferences: profile.sectorPreferences,
    doelgroepregister: profile.doelgroepregister,
    indicatieBeschutWerk: profile.indicatieBeschutWerk,
    consentToMatch: mayBeMatched(profile.consentStatus),
    consentExpiresAt: consentExpiry(profile),
    availabilityConfirmedAt: dateOf(profile.availabilityConfirmedAt),
    clientProfile: profile.clientProfile as SeekerInput['clientProfile'],
    perspectiveGroup: profile.perspectiveGroup as SeekerInput['perspectiveGroup'],
  };
}

/** An OPEN vacancy's matching features, as MatchingData reads them. */
export interface MatchingVacancyRow {
  id: string;
  /** The region whose WSP serves the employer. */
  regionCode: string;
  /** Centroid of the vacancy's location's PC4 area. */
  lat: number;
  lon: number;
  kind: VacancyKind;
  sector: WorkSector | null;
  hoursMin: number;
  hoursMax: number;
  /** Openings less the running placements on this vacancy, at least 0. */
  openPlaces: number;
  competences: {
    code: string;
    minLevel: Level;
    weight: number;
    requirement: CompetenceRequirement;
  }[];
}

export function toVacancyInput(row: MatchingVacancyRow): VacancyInput {
  return {
    id: row.id,
    regionCode: row.regionCode,
    lat: row.lat,
    lon: row.lon,
    kind: row.kind,
    sector: row.sector,
    hoursMin: row.hoursMin,
    hoursMax: row.hoursMax,
    openings: row.openPlaces,
    competences: row.competences,
  };
}
