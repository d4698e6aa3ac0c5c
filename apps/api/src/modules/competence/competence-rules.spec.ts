import { COMPETENCE_CODE, sectorProblem } from './competence-rules.js';

describe('sectorProblem', () => {
  it.each([
    ['VOCATIONAL', 'HOSPITALITY', null],
    ['WORK_ATTITUDE', null, null],
    ['CERTIFICATE', null, null],
    ['VOCATIONAL', null, 'Kies de sector van deze vakvaardigheid.'],
    ['SOCIAL', 'CARE', 'Alleen vakvaardigheden (VOCATIONAL) hebben een sector.'],
  ] as const)('group %s with sector %s → %s', (group, sector, expected) => {
    expect(sectorProblem(group, sector)).toBe(expected);
  });
});

describe('COMPETENCE_CODE', () => {
  it.each([
    ['WA_PUNCTUALITY', true],
    ['CERT_DRIVING_B', true],
    ['ABC', true],
    [`A${'B'.repeat(63)}`, true],
    [`A${'B'.repeat(64)}`, false],
    ['AB', false],
    ['1ABC', false],
    ['_ABC', false],
    ['wa_punctuality', false],
    ['WA-PUNCTUALITY', false],
  ])('%s → %s', (code, valid) => {
    expect(COMPETENCE_CODE.test(code)).toBe(valid);
  });
});
