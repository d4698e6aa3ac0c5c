import { validateVacancyTerms, type VacancyTerms } from './vacancy-rules.js';

const regular: VacancyTerms = {
  kind: 'REGULAR',
  contractType: 'FIXED_TERM',
  hoursMin: 16,
  hoursMax: 24,
  wageMinCents: 1400,
  wageMaxCents: 1600,
  startsOn: '2026-01-01',
  closesOn: '2026-02-01',
};

const fieldsOf = (terms: Partial<VacancyTerms>) =>
  validateVacancyTerms({ ...regular, ...terms }).map((e) => e.field);

describe(validateVacancyTerms.name, () => {
  it('accepts terms that fit together', () => {
    expect(validateVacancyTerms(regular)).toEqual([]);
  });

  it.each<[string, Partial<VacancyTerms>, string[]]>([
    ['hours below 1', { hoursMin: 0.5 }, ['input.hoursMin']],
    ['hours above 40', { hoursMax: 41 }, ['input.hoursMax']],
    ['quarter hours', { hoursMin: 16.25 }, ['input.hoursMin']],
    ['an inverted hours range', { hoursMin: 30, hoursMax: 20 }, ['input.hoursMax']],
    ['an inverted wage range', { wageMinCents: 1700 }, ['input.wageMaxCents']],
    ['a closing date before the start', { closesOn: '2025-12-31' }, ['input.closesOn']],
    [
      'a volunteer place with a contract',
      { kind: 'VOLUNTEER', wageMinCents: null, wageMaxCents: null },
      ['input.contractType'],
    ],
    [
      'a volunteer place with a wage',
      { kind: 'VOLUNTEER', contractType: 'UNPAID', wageMaxCents: null },
      ['input.wageMinCents'],
    ],
    [
      'unpaid regular work',
      { contractType: 'UNPAID', wageMinCents: null, wageMaxCents: null },
      ['input.contractType'],
    ],
    ['a trial placement on a fixed-term contract', { kind: 'TRIAL' }, ['input.contractType']],
    [
      'a trial-placement contract on a regular vacancy',
      { contractType: 'TRIAL_PLACEMENT' },
      ['input.contractType'],
    ],
  ])('rejects %s', (_case, terms, fields) => {
    expect(fieldsOf(terms)).toEqual(fields);
  });

  it.each<[string, Partial<VacancyTerms>]>([
    [
      'a volunteer place, unpaid and without wage',
      { kind: 'VOLUNTEER', contractType: 'UNPAID', wageMinCents: null, wageMaxCents: null },
    ],
    [
      'an unpaid work-learn place',
      { kind: 'WORK_LEARN', contractType: 'UNPAID', wageMinCents: null, wageMaxCents: null },
    ],
    ['a trial placement', { kind: 'TRIAL', contractType: 'TRIAL_PLACEMENT' }],
    [
      'equal bounds',
      {
        hoursMin: 20,
        hoursMax: 20,
        wageMinCents: 1500,
        wageMaxCents: 1500,
        closesOn: '2026-01-01',
      },
    ],
    ['open-ended wage and dates', { wageMinCents: null, wageMaxCents: 2000, startsOn: null }],
  ])('accepts %s', (_case, terms) => {
    expect(fieldsOf(terms)).toEqual([]);
  });

  it('puts the errors under the given argument name', () => {
    expect(
      validateVacancyTerms({ ...regular, hoursMin: 30, hoursMax: 20 }, 'vacancy')[0]?.field,
    ).toBe('vacancy.hoursMax');
  });
});
