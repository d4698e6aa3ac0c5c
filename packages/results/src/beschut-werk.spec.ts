import { beschutWerkResults, countBeschutWerkPlaces } from './beschut-werk.js';
import { flag, flagsFor, placement, placements } from './fixtures.js';
import type { FlagPeriod, MunicipalityTarget, ResultPlacement } from './rows.js';
import { published } from './suppression.js';

const COUNT_DATE = '2025-12-31';
const sheltered = (overrides: Partial<ResultPlacement> = {}) =>
  placement({ vacancyKind: 'SHELTERED', start: '2025-03-01', ...overrides });
const indicated = (rows: ResultPlacement[]) => flagsFor(rows, 'INDICATIE_BESCHUT_WERK');

describe(countBeschutWerkPlaces.name, () => {
  const ans = (overrides: Partial<ResultPlacement> = {}) => [
    sheltered({ personId: 'ans', ...overrides }),
  ];
  const indication = (overrides: Partial<FlagPeriod> = {}) => [
    flag('ans', { flag: 'INDICATIE_BESCHUT_WERK', validFrom: '2024-01-01', ...overrides }),
  ];

  it.each<[string, ResultPlacement[], FlagPeriod[], number]>([
    ['a person with an indicatie in a sheltered place', ans(), indication(), 1],
    ['a sheltered place ending on the count date', ans({ end: COUNT_DATE }), indication(), 0],
    ['a sheltered place starting on the count date', ans({ start: COUNT_DATE }), indication(), 1],
    [
      'a person whose indicatie ended during the year',
      ans(),
      indication({ validTo: '2025-10-31' }),
      0,
    ],
    [
      'a person whose indicatie ends on the count date',
      ans(),
      indication({ validTo: COUNT_DATE }),
      0,
    ],
    [
      'a person with an indicatie granted after the count date',
      ans(),
      indication({ validFrom: '2026-01-05' }),
      0,
    ],
    ['a person in the doelgroepregister without an indicatie', ans(), [flag('ans')], 0],
    [
      'a garantiebaan instead of a sheltered place',
      ans({ vacancyKind: 'GARANTIEBAAN' }),
      indication(),
      0,
    ],
    ['a placement without a vacancy', ans({ vacancyKind: null }), indication(), 0],
    ['unpaid work on a sheltered vacancy', ans({ contractType: 'UNPAID' }), indication(), 0],
    [
      'a sheltered place at an employer in another region, for the person’s municipality',
      ans({ employer: { sector: 'OVERHEID', regionCode: 'AM36' } }),
      indication(),
      1,
    ],
    [
      'a person in two sheltered places once',
      [...ans(), ...ans({ start: '2025-06-01', weeklyHours: 8 })],
      indication(),
      1,
    ],
  ])('counts %s as %p', (_case, rows, flagPeriods, expected) => {
    const places = countBeschutWerkPlaces({ countDate: COUNT_DATE, placements: rows, flagPeriods });
    expect(places.get('GM0402') ?? 0).toBe(expected);
  });

  it('counts each person for the municipality of their file', () => {
    const rows = [
      sheltered({ municipalityCode: 'GM0402' }),
      sheltered({ municipalityCode: 'GM1942' }),
      sheltered({ municipalityCode: 'GM1942' }),
    ];
    const places = countBeschutWerkPlaces({
      countDate: COUNT_DATE,
      placements: rows,
      flagPeriods: indicated(rows),
    });
    expect(Object.fromEntries(places)).toEqual({ GM0402: 1, GM1942: 2 });
  });
});

describe(beschutWerkResults.name, () => {
  const hilversum = { code: 'GM0402', name: 'Hilversum' };
  const huizen = { code: 'GM0406', name: 'Huizen' };
  const eemnes = { code: 'GM0317', name: 'Eemnes' };
  const targets: MunicipalityTarget[] = [
    { municipalityCode: 'GM0402', year: 2025, beschutWerkTaakstelling: 20, uitstroomTarget: null },
    { municipalityCode: 'GM0406', year: 2025, beschutWerkTaakstelling: 11, uitstroomTarget: null },
    { municipalityCode: 'GM0317', year: 2025, beschutWerkTaakstelling: null, uitstroomTarget: 12 },
  ];

  function results(perMunicipality: Record<string, number>) {
    const rows = Object.entries(perMunicipality).flatMap(([municipalityCode, count]) =>
      Array.from({ length: count }, () => sheltered({ municipalityCode })),
    );
    return beschutWerkResults({
      countDate: COUNT_DATE,
      municipalities: [eemnes, hilversum, huizen],
      targets,
      placements: rows,
      flagPeriods: indicated(rows),
    });
  }

  it('sets realised places against each taakstelling and the region against their sum (18 of 31)', () => {
    const result = results({ GM0402: 12, GM0406: 6, GM0317: 0 });
    expect(result.countDate).toBe(COUNT_DATE);
    expect(result.municipalities[1]).toEqual({
      code: 'GM0402',
      name: 'Hilversum',
      realised: published(12),
      target: 20,
      percentOfTarget: published(60),
    });
    expect(result.total.realised).toEqual(published(18));
    expect(result.total.target).toBe(31);
    expect(result.total.percentOfTarget?.value).toBeCloseTo((18 / 31) * 100, 10);
  });

  it('gives a municipality with no taakstelling no target and no percentage, but counts its places', () => {
    const result = results({ GM0402: 12, GM0406: 6, GM0317: 5 });
    expect(result.municipalities[0]).toEqual({
      code: 'GM0317',
      name: 'Eemnes',
      realised: published(5),
      target: null,
      percentOfTarget: null,
    });
    expect(result.total).toEqual({
      realised: published(23),
      target: 31,
      percentOfTarget: published((23 / 31) * 100),
    });
  });

  it('shows fewer than 5 places as "<5", hides another municipality and the percentages that would give them away', () => {
    const result = results({ GM0402: 12, GM0406: 6, GM0317: 3 });
    expect(result.municipalities.map((row) => [row.code, row.realised])).toEqual([
      ['GM0317', { value: null, suppression: 'SMALL_COUNT' }],
      ['GM0402', published(12)],
      ['GM0406', { value: null, suppression: 'COMPLEMENTARY' }],
    ]);
    expect(result.municipalities[2].percentOfTarget).toEqual({
      value: null,
      suppression: 'COMPLEMENTARY',
    });
    expect(result.total.realised).toEqual(published(21));
  });

  it('gives the region no target when no municipality has one', () => {
    const result = beschutWerkResults({
      countDate: COUNT_DATE,
      municipalities: [hilversum],
      targets: [],
      placements: placements(6, { vacancyKind: 'SHELTERED' }),
      flagPeriods: [],
    });
    expect(result.total).toEqual({
      realised: { value: null, suppression: 'SMALL_COUNT' },
      target: null,
      percentOfTarget: null,
    });
  });
});
