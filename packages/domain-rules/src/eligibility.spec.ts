import { VACANCY_KINDS, type VacancyKind } from './enums.js';
import {
  checkVacancyKindEligibility,
  eligibleVacancyKinds,
  isEligibleForVacancyKind,
  type EligibilityFacts,
} from './eligibility.js';

const nobody: EligibilityFacts = { inDoelgroepregister: false, hasIndicatieBeschutWerk: false };
const registered: EligibilityFacts = { inDoelgroepregister: true, hasIndicatieBeschutWerk: false };
const beschut: EligibilityFacts = { inDoelgroepregister: false, hasIndicatieBeschutWerk: true };
const both: EligibilityFacts = { inDoelgroepregister: true, hasIndicatieBeschutWerk: true };

describe(checkVacancyKindEligibility.name, () => {
  it.each<[VacancyKind, EligibilityFacts, boolean]>([
    ['GARANTIEBAAN', registered, true],
    ['GARANTIEBAAN', nobody, false],
    ['GARANTIEBAAN', beschut, false],
    ['SHELTERED', beschut, true],
    ['SHELTERED', nobody, false],
    ['SHELTERED', registered, false],
    ['REGULAR', nobody, true],
    ['TRIAL', nobody, true],
    ['WORK_LEARN', nobody, true],
    ['VOLUNTEER', nobody, true],
    ['VOLUNTEER', both, true],
  ])('%s with %p: eligible %p', (kind, facts, expected) => {
    expect(checkVacancyKindEligibility(kind, facts).eligible).toBe(expected);
  });

  it('explains a garantiebaan outside the doelgroepregister in Dutch', () => {
    expect(checkVacancyKindEligibility('GARANTIEBAAN', nobody)).toEqual({
      eligible: false,
      reason: {
        code: 'NOT_IN_DOELGROEPREGISTER',
        message: 'Een garantiebaan is alleen voor inwoners die in het doelgroepregister staan.',
      },
    });
  });

  it('explains a beschutte werkplek without an indicatie in Dutch', () => {
    expect(checkVacancyKindEligibility('SHELTERED', registered)).toEqual({
      eligible: false,
      reason: {
        code: 'NO_INDICATIE_BESCHUT_WERK',
        message: 'Een beschutte werkplek is alleen voor inwoners met een indicatie beschut werk.',
      },
    });
  });
});

describe(isEligibleForVacancyKind.name, () => {
  it.each(VACANCY_KINDS)('lets someone with both flags take %s', (kind) => {
    expect(isEligibleForVacancyKind(kind, both)).toBe(true);
  });
});

describe(eligibleVacancyKinds.name, () => {
  it.each<[EligibilityFacts, VacancyKind[]]>([
    [nobody, ['REGULAR', 'WORK_LEARN', 'TRIAL', 'VOLUNTEER']],
    [registered, ['REGULAR', 'GARANTIEBAAN', 'WORK_LEARN', 'TRIAL', 'VOLUNTEER']],
    [beschut, ['REGULAR', 'SHELTERED', 'WORK_LEARN', 'TRIAL', 'VOLUNTEER']],
    [both, [...VACANCY_KINDS]],
  ])('for %p lists %p', (facts, expected) => {
    expect(eligibleVacancyKinds(facts)).toEqual(expected);
  });
});
