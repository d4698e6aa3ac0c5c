import { DEFAULT_MATCHING_CONFIG } from './config.js';
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

const config = DEFAULT_MATCHING_CONFIG;

describe(askedCompetenceFit.name, () => {
  it.each([
    [3, 3, 1],
    [5, 3, 1],
    [2, 3, 0.5],
    [1, 3, 0],
    [0, 1, 0.5],
    [0, 3, 0],
  ])('level %d against minimum %d fits %d', (level, minLevel, fit) => {
    expect(askedCompetenceFit(level, minLevel, config.gapPenaltyPerLevel)).toBe(fit);
  });
});

describe(competenceCredit.name, () => {
  it.each([
    [5, 'REQUIRED', 10],
    [5, 'WISHED', 5],
    [1, 'REQUIRED', 2],
  ] as const)('weight %d %s counts %d', (weight, requirement, credit) => {
    expect(competenceCredit(weight, requirement, config)).toBe(credit);
  });
});

describe(competenceFit.name, () => {
  it.each([
    [10, 20, 0.5],
    [20, 20, 1],
    [0, 20, 0],
    [0, 0, 1],
  ])('%d of %d credit fits %d', (earned, asked, fit) => {
    expect(competenceFit(earned, asked)).toBe(fit);
  });
});

describe(hoursFit.name, () => {
  it.each([
    ['just the minimum', 16, 16, 24, 0.5],
    ['half-way the range', 20, 16, 24, 0.75],
    ['the maximum', 24, 16, 24, 1],
    ['more than the maximum', 40, 16, 24, 1],
    ['a fixed number of hours', 24, 24, 24, 1],
  ])('%s (%d of %d-%d) fits %d', (_case, available, min, max, fit) => {
    expect(hoursFit(available, min, max, config.hoursFitAtMinimum)).toBe(fit);
  });
});

describe(distanceFit.name, () => {
  it.each([
    [0, 10, 1],
    [5, 10, 0.5],
    [10, 10, 0],
    [0, 0, 1],
  ])('%d km with a maximum of %d km fits %d', (km, max, fit) => {
    expect(distanceFit(km, max)).toBe(fit);
  });
});

describe(sectorPreferred.name, () => {
  it.each([
    ['CARE', ['CARE', 'GREEN'], true],
    ['ICT', ['CARE'], false],
    ['ICT', [], null],
    [null, ['CARE'], null],
  ] as const)('vacancy sector %s with preferences %j: %s', (sector, preferences, preferred) => {
    expect(sectorPreferred(sector, preferences)).toBe(preferred);
  });
});

describe(sectorFit.name, () => {
  it.each([
    [true, 1],
    [false, 0],
    [null, 0.5],
  ])('preferred %s fits %d', (preferred, fit) => {
    expect(sectorFit(preferred, config)).toBe(fit);
  });
});

describe(perspectiveFit.name, () => {
  it.each([
    [1, null, 1],
    [2, null, 0.6],
    [3, null, 0.3],
    [4, null, 0],
    [null, 1, 1],
    [null, 2, 0.4],
    [null, 3, 0],
    [null, null, 0.5],
    [4, 1, 1],
    [2, 3, 0.6],
  ] as const)('client profile %s, perspective group %s fits %d', (profile, group, fit) => {
    expect(perspectiveFit(profile, group, config)).toBe(fit);
  });

  it('ranks who can start soon highest', () => {
    const fits = ([1, 2, 3, 4] as const).map((profile) => perspectiveFit(profile, null, config));
    expect([...fits].sort((a, b) => b - a)).toEqual(fits);
  });
});

describe(factorUnits.name, () => {
  it.each([
    [45, 1, 450_000],
    [15, 0.75, 112_500],
    [15, 1 / 3, 50_000],
    [10, 0, 0],
  ])('weight %d at fit %d gives %d units', (weight, fit, units) => {
    expect(factorUnits(weight, fit)).toBe(units);
  });

  it('converts back to points', () => {
    expect(unitsToPoints(112_500)).toBe(11.25);
  });
});
