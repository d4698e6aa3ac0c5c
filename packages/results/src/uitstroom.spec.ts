import { exit } from './fixtures.js';
import type { BenefitExit, MunicipalityTarget } from './rows.js';
import { published } from './suppression.js';
import { countExitsToWork, uitstroomResults } from './uitstroom.js';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };

describe(countExitsToWork.name, () => {
  const ans = (overrides: Partial<BenefitExit> = {}) =>
    exit({ personId: 'ans', date: '2025-05-01', ...overrides });

  it.each<[string, BenefitExit[], { full: number; partial: number } | undefined]>([
    ['a full exit because of work', [ans()], { full: 1, partial: 0 }],
    ['a partial exit because of work', [ans({ kind: 'PARTIAL' })], { full: 0, partial: 1 }],
    ['an exit for another reason', [ans({ reason: 'OTHER' })], undefined],
    [
      'a partial, then a full exit of one person as one full exit',
      [ans({ kind: 'PARTIAL' }), ans({ date: '2025-09-01' })],
      { full: 1, partial: 0 },
    ],
    [
      'a full, then a partial exit of one person as one full exit',
      [ans(), ans({ kind: 'PARTIAL', date: '2025-09-01' })],
      { full: 1, partial: 0 },
    ],
    [
      'an exit on the last day of the period',
      [ans({ date: '2025-12-31' })],
      { full: 1, partial: 0 },
    ],
    ['an exit the day after the period', [ans({ date: '2026-01-01' })], undefined],
    ['two people', [ans(), exit({ date: '2025-02-01', kind: 'PARTIAL' })], { full: 1, partial: 1 }],
  ])('counts %s', (_case, exits, expected) => {
    expect(countExitsToWork({ period: YEAR, exits }).get('GM0402')).toEqual(expected);
  });

  it('counts a person for each municipality they left benefit in', () => {
    const exits = [
      ans({ municipalityCode: 'GM0402' }),
      ans({ municipalityCode: 'GM0406', date: '2025-10-01' }),
    ];
    expect(Object.fromEntries(countExitsToWork({ period: YEAR, exits }))).toEqual({
      GM0402: { full: 1, partial: 0 },
      GM0406: { full: 1, partial: 0 },
    });
  });
});

describe(uitstroomResults.name, () => {
  const hilversum = { code: 'GM0402', name: 'Hilversum' };
  const huizen = { code: 'GM0406', name: 'Huizen' };
  const targets: MunicipalityTarget[] = [
    { municipalityCode: 'GM0402', year: 2025, beschutWerkTaakstelling: 20, uitstroomTarget: 267 },
  ];
  const exits = (municipalityCode: string, full: number, partial: number) => [
    ...Array.from({ length: full }, () => exit({ municipalityCode })),
    ...Array.from({ length: partial }, () => exit({ municipalityCode, kind: 'PARTIAL' })),
  ];

  it('sets exits to work against the target: 214 of 267 (seed 003)', () => {
    const result = uitstroomResults({
      period: YEAR,
      municipalities: [hilversum, huizen],
      targets,
      exits: [...exits('GM0402', 150, 64), ...exits('GM0406', 30, 10)],
    });
    expect(result.municipalities[0]).toEqual({
      code: 'GM0402',
      name: 'Hilversum',
      realised: published(214),
      target: 267,
      percentOfTarget: published((214 / 267) * 100),
    });
    expect(result.municipalities[1]).toEqual({
      code: 'GM0406',
      name: 'Huizen',
      realised: published(40),
      target: null,
      percentOfTarget: null,
    });
    expect(result.total).toEqual({
      realised: published(254),
      target: 267,
      percentOfTarget: published((254 / 267) * 100),
      full: published(180),
      partial: published(74),
    });
  });

  it('protects a small municipality and a small split of the total', () => {
    const result = uitstroomResults({
      period: YEAR,
      municipalities: [hilversum, huizen],
      targets,
      exits: [...exits('GM0402', 20, 2), ...exits('GM0406', 3, 0)],
    });
    expect(result.municipalities.map((row) => row.realised)).toEqual([
      { value: null, suppression: 'COMPLEMENTARY' },
      { value: null, suppression: 'SMALL_COUNT' },
    ]);
    expect(result.total.realised).toEqual(published(25));
    expect(result.total.full).toEqual({ value: null, suppression: 'COMPLEMENTARY' });
    expect(result.total.partial).toEqual({ value: null, suppression: 'SMALL_COUNT' });
  });
});
