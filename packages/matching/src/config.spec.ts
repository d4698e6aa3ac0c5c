import {
  DEFAULT_MATCHING_CONFIG,
  resolveMatchingConfig,
  validateMatchingConfig,
} from './config.js';
import { MatchingError } from './errors.js';
import { FACTOR_NAMES } from './types.js';

describe('DEFAULT_MATCHING_CONFIG', () => {
  it('has factor weights that sum to 100, so a score is 0-100', () => {
    const total = FACTOR_NAMES.reduce(
      (sum, factor) => sum + DEFAULT_MATCHING_CONFIG.weights[factor],
      0,
    );
    expect(total).toBe(100);
  });

  it('weighs competence fit most', () => {
    const { competence, ...others } = DEFAULT_MATCHING_CONFIG.weights;
    expect(Math.max(...Object.values(others))).toBeLessThan(competence);
  });

  it('lets a REQUIRED competence one level below the minimum through', () => {
    expect(DEFAULT_MATCHING_CONFIG.requiredLevelTolerance).toBe(1);
  });

  it('passes its own validation', () => {
    expect(() => validateMatchingConfig(DEFAULT_MATCHING_CONFIG)).not.toThrow();
  });
});

describe(resolveMatchingConfig.name, () => {
  it('keeps the defaults for fields not given', () => {
    const now = () => new Date('2026-01-01T00:00:00Z');
    const config = resolveMatchingConfig({ now });
    expect(config.now).toBe(now);
    expect(config.weights).toEqual(DEFAULT_MATCHING_CONFIG.weights);
  });

  it.each([
    [
      'weights not summing to 100',
      { weights: { competence: 50, hours: 15, distance: 15, sector: 10, perspective: 15 } },
    ],
    [
      'a negative weight',
      { weights: { competence: 115, hours: -15, distance: 0, sector: 0, perspective: 0 } },
    ],
    ['a tolerance that is not a whole number of levels', { requiredLevelTolerance: 0.5 }],
    ['a tolerance of 5 levels', { requiredLevelTolerance: 5 }],
    ['a gap penalty of 0', { gapPenaltyPerLevel: 0 }],
    ['a fit above 1', { hoursFitAtMinimum: 1.5 }],
    ['an availability age of 0 days', { availabilityMaxAgeDays: 0 }],
    ['a top-k of 0', { assignmentTopK: 0 }],
    ['a grid cell of 0 km', { gridCellKm: 0 }],
    [
      'a travel model whose last band is not open-ended',
      {
        travel: {
          ...DEFAULT_MATCHING_CONFIG.travel,
          WALK: { detourFactor: 1.3, fixedMinutes: 0, speedBands: [{ upToKm: 10, kmh: 5 }] },
        },
      },
    ],
  ])('rejects %s', (_case, overrides) => {
    expect(() => resolveMatchingConfig(overrides)).toThrow(MatchingError);
  });

  it('accepts other weights that sum to 100', () => {
    const weights = { competence: 60, hours: 10, distance: 10, sector: 10, perspective: 10 };
    expect(resolveMatchingConfig({ weights }).weights).toEqual(weights);
  });
});
