// Every tunable of the matching engine, in one place. A score is the sum of five factors; each
// factor gives `weight × fit` points where fit is 0-1, and the weights add up to 100, so a score is
// 0-100. Change a number here, run the tests, and say why in the commit.
import type { CompetenceRequirement, TransportMode } from '@werkbrug/domain-rules';
import { MatchingError } from './errors.js';
import { FACTOR_NAMES, type FactorName } from './types.js';

export interface SpeedBand {
  /** This speed applies to the route distance up to this many km (cumulative); the last band has Infinity. */
  readonly upToKm: number;
  readonly kmh: number;
}

/** minutes = fixedMinutes + (straight-line km × detourFactor) driven through the speed bands. */
export interface TravelModel {
  /** Route distance divided by straight-line distance. */
  readonly detourFactor: number;
  /** Walking to a stop, waiting, parking. */
  readonly fixedMinutes: number;
  readonly speedBands: readonly SpeedBand[];
}

export interface MatchingConfig {
  /** Most points each factor can give; they sum to 100. */
  readonly weights: Readonly<Record<FactorName, number>>;
  /**
   * A REQUIRED competence passes the hard filter when the person has it at (minLevel − tolerance)
   * or higher; 1 means one level short is still shown (as a gap), 0 means the minimum is strict.
   */
  readonly requiredLevelTolerance: number;
  /** Fit of one asked competence = max(0, 1 − levels short × this); met is 1, absent is a gap of minLevel. */
  readonly gapPenaltyPerLevel: number;
  /** How much an asked competence counts within competence fit, on top of its weight 1-5. */
  readonly requirementFactor: Readonly<Record<CompetenceRequirement, number>>;
  /** Hours fit when the person just reaches hoursMin; it rises linearly to 1 at hoursMax. */
  readonly hoursFitAtMinimum: number;
  /** Sector fit: the vacancy's sector is among the person's preferences, is not, or one side has none. */
  readonly sectorFit: {
    readonly preferred: number;
    readonly notPreferred: number;
    readonly neutral: number;
  };
  /**
   * Perspective fit (who can start soon). Client profile 1-4 and perspective group 1-3 by index;
   * when a person has both, the higher fit counts.
   */
  readonly perspectiveFit: {
    readonly byClientProfile: readonly [number, number, number, number];
    readonly byPerspectiveGroup: readonly [number, number, number];
    readonly unknown: number;
  };
  /** Availability must have been confirmed at most this many days ago. */
  readonly availabilityMaxAgeDays: number;
  /** Estimated travel minutes per mode; the same assumptions as @werkbrug/reference-data's TRAVEL_ASSUMPTIONS. */
  readonly travel: Readonly<Record<TransportMode, TravelModel>>;
  /** Candidates per vacancy (at least its openings) in the regional assignment graph. */
  readonly assignmentTopK: number;
  /** Edge of a spatial grid cell; only affects speed, never results. */
  readonly gridCellKm: number;
  /** Whether a gap in this competence is typically trainable (the taxonomy's `trainable`). */
  readonly isTrainable: (competenceCode: string) => boolean;
  /** The clock for "availability confirmed recently"; injectable for tests. */
  readonly now: () => Date;
}

export type MatchingConfigOverrides = Partial<MatchingConfig>;

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  // What the person can do weighs most; then whether the hours, the trip and the timing work out.
  weights: { competence: 45, hours: 15, distance: 15, sector: 10, perspective: 15 },
  requiredLevelTolerance: 1,
  gapPenaltyPerLevel: 0.5,
  requirementFactor: { REQUIRED: 2, WISHED: 1 },
  hoursFitAtMinimum: 0.5,
  sectorFit: { preferred: 1, notPreferred: 0, neutral: 0.5 },
  perspectiveFit: {
    byClientProfile: [1, 0.6, 0.3, 0],
    byPerspectiveGroup: [1, 0.4, 0],
    unknown: 0.5,
  },
  availabilityMaxAgeDays: 180,
  travel: {
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
  },
  assignmentTopK: 10,
  gridCellKm: 5,
  isTrainable: () => false,
  now: () => new Date(),
};

/** The defaults with the given fields replaced (whole fields: give all weights, not one). */
export function resolveMatchingConfig(overrides: MatchingConfigOverrides = {}): MatchingConfig {
  const config: MatchingConfig = { ...DEFAULT_MATCHING_CONFIG, ...overrides };
  validateMatchingConfig(config);
  return config;
}

const isFraction = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= 1;

function fail(message: string): never {
  throw new MatchingError('INVALID_CONFIG', message);
}

export function validateMatchingConfig(config: MatchingConfig): void {
  const weights = FACTOR_NAMES.map((factor) => config.weights[factor]);
  if (weights.some((weight) => !Number.isFinite(weight) || weight < 0)) {
    fail('Factor weights must be numbers >= 0');
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (Math.abs(total - 100) > 1e-9) fail(`Factor weights must sum to 100, got ${total}`);
  if (![0, 1, 2, 3, 4].includes(config.requiredLevelTolerance)) {
    fail('requiredLevelTolerance must be a whole number of levels from 0 to 4');
  }
  if (!(config.gapPenaltyPerLevel > 0 && config.gapPenaltyPerLevel <= 1)) {
    fail('gapPenaltyPerLevel must be in (0, 1]');
  }
  if (!(config.requirementFactor.REQUIRED > 0 && config.requirementFactor.WISHED > 0)) {
    fail('requirementFactor values must be > 0');
  }
  const fractions = [
    config.hoursFitAtMinimum,
    config.sectorFit.preferred,
    config.sectorFit.notPreferred,
    config.sectorFit.neutral,
    config.perspectiveFit.unknown,
    ...config.perspectiveFit.byClientProfile,
    ...config.perspectiveFit.byPerspectiveGroup,
  ];
  if (!fractions.every(isFraction)) fail('Fits must be between 0 and 1');
  if (!(config.availabilityMaxAgeDays > 0)) fail('availabilityMaxAgeDays must be > 0');
  for (const [mode, model] of Object.entries(config.travel)) {
    const bandsValid =
      model.speedBands.length > 0 &&
      model.speedBands.every(
        (band, i, bands) => band.kmh > 0 && (i === 0 || band.upToKm > bands[i - 1].upToKm),
      ) &&
      model.speedBands[model.speedBands.length - 1].upToKm === Infinity;
    if (!(model.detourFactor >= 1 && model.fixedMinutes >= 0 && bandsValid)) {
      fail(
        `Travel model for ${mode} needs detourFactor >= 1, fixedMinutes >= 0 and ascending bands ending at Infinity`,
      );
    }
  }
  if (!(Number.isInteger(config.assignmentTopK) && config.assignmentTopK >= 1)) {
    fail('assignmentTopK must be a whole number >= 1');
  }
  if (!(config.gridCellKm > 0)) fail('gridCellKm must be > 0');
}
