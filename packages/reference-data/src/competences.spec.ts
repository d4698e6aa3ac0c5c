import { COMPETENCE_GROUPS, WORK_SECTORS, type WorkSector } from '@werkbrug/domain-rules';
import {
  COMPETENCE_TAXONOMY_VERSION,
  COMPETENCES,
  competencesOfGroup,
  competencesOfSector,
  findCompetence,
  GROUP_LEVELS,
} from './competences.js';

describe('COMPETENCES', () => {
  it('is version 2025.1 of the taxonomy', () => {
    expect(COMPETENCE_TAXONOMY_VERSION).toBe('2025.1');
  });

  it('holds between 90 and 130 competences', () => {
    expect(COMPETENCES.length).toBeGreaterThanOrEqual(90);
    expect(COMPETENCES.length).toBeLessThanOrEqual(130);
  });

  it('has unique codes', () => {
    const codes = COMPETENCES.map((competence) => competence.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each([
    ['WORK_ATTITUDE', /^WA_[A-Z0-9_]+$/],
    ['SOCIAL', /^SOC_[A-Z0-9_]+$/],
    ['PHYSICAL', /^PHY_[A-Z0-9_]+$/],
    ['COGNITIVE_LANGUAGE', /^CL_[A-Z0-9_]+$/],
    ['VOCATIONAL', /^VOC_[A-Z]+_[A-Z0-9_]+$/],
    ['CERTIFICATE', /^CERT_[A-Z0-9_]+$/],
  ] as const)('names every %s competence with its group prefix', (group, pattern) => {
    const misnamed = competencesOfGroup(group).filter(
      (competence) => !pattern.test(competence.code),
    );
    expect(misnamed).toEqual([]);
  });

  it.each(COMPETENCE_GROUPS)('has competences in group %s', (group) => {
    expect(competencesOfGroup(group).length).toBeGreaterThan(0);
  });

  it.each(WORK_SECTORS)('has at least three vocational competences for sector %s', (sector) => {
    expect(competencesOfSector(sector).length).toBeGreaterThanOrEqual(3);
  });

  it.each<[WorkSector, string]>([
    ['HOSPITALITY', 'VOC_HOSP_'],
    ['CLEANING', 'VOC_CLEAN_'],
    ['LOGISTICS', 'VOC_LOG_'],
    ['PRODUCTION', 'VOC_PROD_'],
    ['GREEN', 'VOC_GREEN_'],
    ['RETAIL', 'VOC_RETAIL_'],
    ['CARE', 'VOC_CARE_'],
    ['ADMIN', 'VOC_ADMIN_'],
    ['ICT', 'VOC_ICT_'],
    ['CONSTRUCTION', 'VOC_CONSTR_'],
  ])('names every %s competence with the prefix %s', (sector, prefix) => {
    const misnamed = competencesOfSector(sector).filter(
      (competence) => !competence.code.startsWith(prefix),
    );
    expect(misnamed).toEqual([]);
  });

  it('gives a sector to vocational competences and to no others', () => {
    const wrong = COMPETENCES.filter(
      (competence) => (competence.group === 'VOCATIONAL') !== (competence.sector !== null),
    );
    expect(wrong).toEqual([]);
  });

  it('gives every competence five distinct, non-empty level texts', () => {
    const wrong = COMPETENCES.filter(
      (competence) =>
        competence.levels.length !== 5 ||
        new Set(competence.levels).size !== 5 ||
        competence.levels.some((text) => text.trim() === ''),
    );
    expect(wrong).toEqual([]);
  });

  it('gives every competence a label and a one-sentence description', () => {
    const wrong = COMPETENCES.filter(
      (competence) =>
        competence.label.trim() === '' || !/^[A-Z][^.]*[^.\s]\.$/.test(competence.description),
    );
    expect(wrong).toEqual([]);
  });

  it('uses unique labels', () => {
    const labels = COMPETENCES.map((competence) => competence.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('lists the competences grouped in the order of the groups', () => {
    const groupOrder = COMPETENCES.map((competence) => COMPETENCE_GROUPS.indexOf(competence.group));
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
  });
});

describe('GROUP_LEVELS', () => {
  it('gives every group five level texts', () => {
    expect(COMPETENCE_GROUPS.map((group) => GROUP_LEVELS[group].length)).toEqual(
      COMPETENCE_GROUPS.map(() => 5),
    );
  });

  it('uses the group scale unless a competence overrides it', () => {
    expect(findCompetence('WA_PUNCTUALITY')?.levels).toBe(GROUP_LEVELS.WORK_ATTITUDE);
    expect(findCompetence('CL_DUTCH_SPEAKING')?.levels).not.toBe(GROUP_LEVELS.COGNITIVE_LANGUAGE);
  });

  it('reads certificate levels from not present (1) to obtained (5)', () => {
    const certificates = competencesOfGroup('CERTIFICATE');
    expect(certificates.every((competence) => competence.levels[0] === 'Niet aanwezig.')).toBe(
      true,
    );
    expect(certificates.every((competence) => competence.levels[4].startsWith('Behaald'))).toBe(
      true,
    );
  });
});

describe(findCompetence.name, () => {
  it.each([
    ['WA_PUNCTUALITY', 'WORK_ATTITUDE', null],
    ['VOC_HOSP_DISHWASHING', 'VOCATIONAL', 'HOSPITALITY'],
    ['CERT_DRIVING_B', 'CERTIFICATE', null],
    ['CERT_FORKLIFT', 'CERTIFICATE', null],
    ['CERT_VCA_BASIC', 'CERTIFICATE', null],
  ])('finds %s in group %s', (code, group, sector) => {
    expect(findCompetence(code)).toMatchObject({ code, group, sector });
  });

  it('returns null for an unknown code', () => {
    expect(findCompetence('WA_UNKNOWN')).toBeNull();
  });
});
