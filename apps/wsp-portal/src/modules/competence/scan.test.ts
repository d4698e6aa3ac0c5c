import { bySector, changedCodes, scanGroups, scanInput } from './scan.js';

describe(scanGroups.name, () => {
  it('gives the groups that have competences, in the taxonomy order', () => {
    expect(
      scanGroups([
        { code: 'CERT_VCA', group: 'CERTIFICATE', sector: null },
        { code: 'WA_PUNCTUALITY', group: 'WORK_ATTITUDE', sector: null },
      ]),
    ).toEqual(['WORK_ATTITUDE', 'CERTIFICATE']);
  });
});

describe(bySector.name, () => {
  it('puts vocational competences under their sector, in the sectors order', () => {
    const groups = bySector([
      { code: 'VOC_GREEN_MOWING', group: 'VOCATIONAL', sector: 'GREEN' },
      { code: 'VOC_HOSP_DISHWASHING', group: 'VOCATIONAL', sector: 'HOSPITALITY' },
    ]);

    expect(groups.map((group) => group.sector)).toEqual(['HOSPITALITY', 'GREEN']);
  });
});

describe(changedCodes.name, () => {
  it('finds added, changed and removed levels', () => {
    const saved = [
      { code: 'A', level: 3, assessedAt: '2026-01-01' },
      { code: 'B', level: 2, assessedAt: '2026-01-01' },
      { code: 'C', level: 4, assessedAt: '2026-01-01' },
    ];

    expect(changedCodes(saved, { A: 3, B: 4, D: 1 }).sort()).toEqual(['B', 'C', 'D']);
  });
});

describe(scanInput.name, () => {
  const saved = [
    { code: 'A', level: 3, assessedAt: '2026-01-01' },
    { code: 'B', level: 2, assessedAt: '2026-01-01' },
    { code: 'OLD', level: 5, assessedAt: '2025-01-01' },
  ];

  it.each([
    [
      'keeps the date of an unchanged level',
      'A',
      { code: 'A', level: 3, assessedAt: '2026-01-01' },
    ],
    ['dates a changed level today', 'B', { code: 'B', level: 4, assessedAt: '2026-11-23' }],
    ['dates a new level today', 'N', { code: 'N', level: 1, assessedAt: '2026-11-23' }],
  ])('%s', (_rule, code, expected) => {
    const input = scanInput(
      saved,
      { A: 3, B: 4, N: 1, OLD: 5 },
      new Set(['A', 'B', 'N']),
      '2026-11-23',
    );

    expect(input.find((entry) => entry.code === code)).toEqual(expected);
  });

  it('leaves out competences no longer in the taxonomy', () => {
    const input = scanInput(saved, { A: 3, OLD: 5 }, new Set(['A']), '2026-11-23');

    expect(input.map((entry) => entry.code)).toEqual(['A']);
  });
});
