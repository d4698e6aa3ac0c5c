// The engine's input and output shapes: plain data, so the API can feed it from the database and the
// portals can draw its explanations without knowing how it ranks.
import type {
  CompetenceRequirement,
  Level,
  TransportMode,
  VacancyKind,
  WorkSector,
} from '@werkbrug/domain-rules';

export interface SeekerCompetence {
  code: string;
  level: Level;
}

/** A job-seeker as the engine sees it; the API resolves the PC4 to coordinates and the region. */
export interface SeekerInput {
  id: string;
  /** `AMnn` code of the labour-market region the person lives in. */
  regionCode: string;
  /** Coordinate of the person's PC4 (WGS84). */
  lat: number;
  lon: number;
  competences: readonly SeekerCompetence[];
  /** Hours a week the person can work. */
  hoursAvailable: number;
  maxTravelKm: number;
  /** One way, door to door, estimated with the config's travel model. */
  maxTravelMinutes: number;
  transport: TransportMode;
  /** Empty means no preference. */
  sectorPreferences: readonly WorkSector[];
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  consentToMatch: boolean;
  /**
   * From this moment on the consent counts as not given (checked against the config's clock at
   * query time, like availability); null or absent: it holds until withdrawn.
   */
  consentExpiresAt?: Date | null;
  availabilityConfirmedAt: Date | null;
  /** Westerveld's client profile 1-4 (1 = paid work within 4 months). */
  clientProfile: 1 | 2 | 3 | 4 | null;
  /** Hilversum's perspective group 1-3 (1 = can work now). */
  perspectiveGroup: 1 | 2 | 3 | null;
}

export interface VacancyCompetence {
  code: string;
  minLevel: Level;
  /** 1 (nice to have) to 5 (core of the job). */
  weight: number;
  requirement: CompetenceRequirement;
}

/** A vacancy as the engine sees it; the API gives the location's PC4 coordinates and region. */
export interface VacancyInput {
  id: string;
  regionCode: string;
  lat: number;
  lon: number;
  kind: VacancyKind;
  sector: WorkSector | null;
  hoursMin: number;
  hoursMax: number;
  /** Open places; 0 means the vacancy is filled and takes no one. */
  openings: number;
  competences: readonly VacancyCompetence[];
  /** Codes the employer trains on the job, on top of what the config calls trainable. */
  trainableCompetences?: readonly string[];
}

/** Narrowing a vacancy's candidate list; these are choices of the user, not hard filters. */
export interface SeekerQueryFilters {
  /** Only people living in these regions. */
  regionCodes?: readonly string[];
  /** Tighter than the person's own maximum. */
  maxDistanceKm?: number;
  minScore?: number;
  doelgroepregisterOnly?: boolean;
  /** For instance people already introduced or placed. */
  excludeSeekerIds?: readonly string[];
}

/** Narrowing a job-seeker's vacancy list. */
export interface VacancyQueryFilters {
  regionCodes?: readonly string[];
  kinds?: readonly VacancyKind[];
  maxDistanceKm?: number;
  minScore?: number;
  excludeVacancyIds?: readonly string[];
}

export const FACTOR_NAMES = ['competence', 'hours', 'distance', 'sector', 'perspective'] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

export interface FactorContribution {
  factor: FactorName;
  /** The factor's weight in the config: the most points it can give. */
  weight: number;
  /** 0-1: how well this pair does on the factor. */
  fit: number;
  /** weight × fit, rounded to 4 decimals; the points add up to the score. */
  points: number;
}

export interface CompetenceMet {
  code: string;
  level: Level;
  minLevel: Level;
  weight: number;
  requirement: CompetenceRequirement;
}

export interface CompetenceGap {
  code: string;
  /** 0 when the person does not have the competence at all. */
  level: number;
  minLevel: Level;
  /** Levels short: minLevel − level. */
  gap: number;
  weight: number;
  requirement: CompetenceRequirement;
  /** Typically closed on the job or with a short course. */
  trainable: boolean;
}

/** Why a pair scores what it scores; the same data the portals draw. */
export interface MatchExplanation {
  score: number;
  factors: FactorContribution[];
  competencesMet: CompetenceMet[];
  gaps: CompetenceGap[];
  distanceKm: number;
  travelMinutes: number;
  transport: TransportMode;
  maxTravelKm: number;
  maxTravelMinutes: number;
  hoursAvailable: number;
  hoursMin: number;
  hoursMax: number;
  /** null when the person has no preference or the vacancy has no sector. */
  sectorPreferred: boolean | null;
  seekerRegionCode: string;
  vacancyRegionCode: string;
}

export interface RankedSeeker {
  seekerId: string;
  score: number;
}

export interface RankedVacancy {
  vacancyId: string;
  score: number;
}

export interface SeekerSuggestion {
  seekerId: string;
  score: number;
  explanation: MatchExplanation;
}

export interface VacancySuggestion {
  vacancyId: string;
  score: number;
  explanation: MatchExplanation;
}

/** Why a hard filter removes a pair; the portals turn the code into Dutch. */
export type ExclusionReason =
  | { code: 'NO_OPENINGS' }
  | {
      code: 'VACANCY_KIND_NOT_ELIGIBLE';
      kind: VacancyKind;
      ineligibility: 'NOT_IN_DOELGROEPREGISTER' | 'NO_INDICATIE_BESCHUT_WERK';
    }
  | { code: 'NO_CONSENT' }
  | { code: 'CONSENT_EXPIRED'; expiredAt: string }
  | { code: 'AVAILABILITY_NOT_CONFIRMED' }
  | { code: 'AVAILABILITY_OUTDATED'; confirmedAt: string; maxAgeDays: number }
  | { code: 'INSUFFICIENT_HOURS'; hoursAvailable: number; hoursMin: number }
  | { code: 'TOO_FAR_KM'; distanceKm: number; maxTravelKm: number }
  | { code: 'TOO_FAR_MINUTES'; travelMinutes: number; maxTravelMinutes: number }
  | {
      code: 'REQUIRED_COMPETENCE_MISSING';
      competenceCode: string;
      /** 0 when absent. */
      level: number;
      minLevel: Level;
      /** The lowest level that would pass (minLevel − tolerance, at least 1). */
      lowestAccepted: number;
    };

export type ExclusionCode = ExclusionReason['code'];
