import {
  competenceRowOf,
  competencesChanged,
  EMPTY_VACANCY,
  parseDecimal,
  toCreateVacancyInput,
  toUpdateVacancyInput,
  vacancyFieldKey,
  vacancyValuesOf,
  validateVacancy,
  type CompetenceChoice,
  type VacancyValues,
} from './vacancyForm.js';

const punctuality: CompetenceChoice = {
  code: 'WA_PUNCTUALITY',
  label: 'Stiptheid',
  group: 'WORK_ATTITUDE',
  minLevel: 3,
  requirement: 'REQUIRED',
  weight: 3,
};

const valid: VacancyValues = {
  kind: 'REGULAR',
  title: 'Medewerker magazijn',
  description: 'Orders verzamelen en inpakken.',
  sector: 'LOGISTICS',
  hoursMin: '24',
  hoursMax: '32,5',
  openings: '2',
  contractType: 'FIXED_TERM',
  wageMin: '14,50',
  wageMax: '16',
  locationId: 'location-1',
  startsOn: '2026-09-01',
  closesOn: '2026-08-15',
  competences: [punctuality],
};

describe(validateVacancy.name, () => {
  it('accepts a complete vacancy', () => {
    expect(validateVacancy({ ...valid, closesOn: '' })).toEqual({});
  });

  it('asks for every required field of an empty form', () => {
    expect(validateVacancy(EMPTY_VACANCY)).toEqual({
      kind: 'Kies een soort vacature.',
      title: 'Geef de vacature een titel.',
      description: 'Beschrijf het werk.',
      hoursMin: 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
      hoursMax: 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
      contractType: 'Kies een contractvorm.',
      locationId: 'Kies een vestiging.',
    });
  });

  it.each<[Partial<VacancyValues>, string, string]>([
    [
      { hoursMin: '0' },
      'hoursMin',
      'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
    ],
    [
      { hoursMax: '24,25' },
      'hoursMax',
      'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
    ],
    [
      { hoursMin: '36', hoursMax: '24' },
      'hoursMax',
      'Het minimum aantal uren mag niet hoger zijn dan het maximum.',
    ],
    [{ openings: '0' }, 'openings', 'Het aantal plaatsen is een heel getal van 1 tot en met 500.'],
    [
      { openings: '1,5' },
      'openings',
      'Het aantal plaatsen is een heel getal van 1 tot en met 500.',
    ],
    [{ wageMin: 'veel' }, 'wageMin', 'Vul een bruto uurloon in euro in, zoals 14,50.'],
    [{ wageMax: '1500' }, 'wageMax', 'Vul een bruto uurloon in euro in, zoals 14,50.'],
    [
      { wageMin: '17', wageMax: '16' },
      'wageMax',
      'Het maximumloon mag niet lager zijn dan het minimumloon.',
    ],
    [
      { closesOn: '2026-08-31', startsOn: '2026-09-01' },
      'closesOn',
      'De sluitingsdatum mag niet voor de startdatum liggen.',
    ],
    [
      { kind: 'VOLUNTEER', contractType: 'FIXED_TERM', wageMin: '', wageMax: '' },
      'contractType',
      'Een vrijwilligersplek is onbetaald: kies "Onbetaald".',
    ],
    [
      { kind: 'REGULAR', contractType: 'UNPAID', wageMin: '', wageMax: '' },
      'contractType',
      'Alleen een vrijwilligersplek of werkleerplek kan onbetaald zijn.',
    ],
    [
      { kind: 'TRIAL', contractType: 'FIXED_TERM' },
      'contractType',
      'Een proefplaatsing heeft als contractvorm "Proefplaatsing".',
    ],
    [
      { kind: 'REGULAR', contractType: 'TRIAL_PLACEMENT' },
      'contractType',
      'De contractvorm "Proefplaatsing" hoort bij een proefplaatsing.',
    ],
    [
      { kind: 'WORK_LEARN', contractType: 'UNPAID', wageMax: '' },
      'wageMin',
      'Onbetaald werk heeft geen loon.',
    ],
  ])('refuses %j at %s', (change, field, message) => {
    expect(validateVacancy({ ...valid, closesOn: '', ...change })).toMatchObject({
      [field]: message,
    });
  });

  it('refuses a title longer than 160 characters', () => {
    expect(validateVacancy({ ...valid, closesOn: '', title: 'x'.repeat(161) }).title).toBe(
      'Hoogstens 160 tekens.',
    );
  });

  it('refuses more than 30 competences', () => {
    const competences = Array.from({ length: 31 }, (_, i) => ({ ...punctuality, code: `C${i}` }));

    expect(validateVacancy({ ...valid, closesOn: '', competences }).competences).toBe(
      'Hoogstens 30 competenties.',
    );
  });
});

describe(parseDecimal.name, () => {
  it.each([
    ['24', 24],
    ['24,5', 24.5],
    [' 24.5 ', 24.5],
  ])('reads "%s" as %p', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', 'veel', '-3', '24,5,5'])('refuses "%s"', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });
});

describe(toCreateVacancyInput.name, () => {
  it('sends hours as numbers, the wage in cents and the competences as the API names them', () => {
    expect(toCreateVacancyInput({ ...valid, closesOn: '' }, 'employer-1')).toEqual({
      employerId: 'employer-1',
      kind: 'REGULAR',
      title: 'Medewerker magazijn',
      description: 'Orders verzamelen en inpakken.',
      sector: 'LOGISTICS',
      hoursMin: 24,
      hoursMax: 32.5,
      openings: 2,
      contractType: 'FIXED_TERM',
      wageMinCents: 1450,
      wageMaxCents: 1600,
      locationId: 'location-1',
      startsOn: '2026-09-01',
      closesOn: null,
      competences: [
        { competenceCode: 'WA_PUNCTUALITY', minLevel: 3, requirement: 'REQUIRED', weight: 3 },
      ],
    });
  });

  it('sends empty optional fields as null', () => {
    const input = toUpdateVacancyInput({
      ...valid,
      sector: '',
      wageMin: '',
      wageMax: '',
      startsOn: '',
      closesOn: '',
    });

    expect(input).toMatchObject({
      sector: null,
      wageMinCents: null,
      wageMaxCents: null,
      startsOn: null,
      closesOn: null,
    });
  });
});

describe(vacancyValuesOf.name, () => {
  it('shows a saved vacancy as the form typed it', () => {
    const values = vacancyValuesOf({
      kind: 'GARANTIEBAAN',
      title: 'Inpakker',
      description: 'Inpakken.',
      sector: null,
      hoursMin: 20,
      hoursMax: 25.5,
      openings: 1,
      contractType: 'PERMANENT',
      wageMinCents: 1405,
      wageMaxCents: null,
      location: { id: 'location-2' },
      startsOn: null,
      closesOn: '2026-12-31',
      competences: [
        {
          minLevel: 4,
          requirement: 'WISHED',
          weight: 2,
          competence: { code: 'SO_TEAMWORK', label: 'Samenwerken', group: 'SOCIAL' },
        },
      ],
    });

    expect(values).toEqual({
      kind: 'GARANTIEBAAN',
      title: 'Inpakker',
      description: 'Inpakken.',
      sector: '',
      hoursMin: '20',
      hoursMax: '25,5',
      openings: '1',
      contractType: 'PERMANENT',
      wageMin: '14,05',
      wageMax: '',
      locationId: 'location-2',
      startsOn: '',
      closesOn: '2026-12-31',
      competences: [
        {
          code: 'SO_TEAMWORK',
          label: 'Samenwerken',
          group: 'SOCIAL',
          minLevel: 4,
          requirement: 'WISHED',
          weight: 2,
        },
      ],
    });
  });
});

describe(vacancyFieldKey.name, () => {
  it.each([
    ['input.title', 'title'],
    ['input.hoursMin', 'hoursMin'],
    ['input.wageMinCents', 'wageMin'],
    ['input.wageMaxCents', 'wageMax'],
    ['input.competences', 'competences'],
    ['input.employerId', null],
    ['input.competences.2.minLevel', null],
  ])('puts %s at %p', (path, key) => {
    expect(vacancyFieldKey(path)).toBe(key);
  });
});

describe(competenceRowOf.name, () => {
  it.each([
    ['input.competences.2.minLevel', 2],
    ['competences.0.weight', 0],
    ['competences.11', 11],
    ['input.competences', null],
    ['input.title', null],
  ])('puts %s in row %p', (path, row) => {
    expect(competenceRowOf(path)).toBe(row);
  });
});

describe(competencesChanged.name, () => {
  it('sees no change in an equal set', () => {
    expect(competencesChanged([punctuality], [{ ...punctuality }])).toBe(false);
  });

  it.each<[string, CompetenceChoice[]]>([
    ['a level', [{ ...punctuality, minLevel: 4 }]],
    ['the requirement', [{ ...punctuality, requirement: 'WISHED' }]],
    ['the weight', [{ ...punctuality, weight: 5 }]],
    ['a removal', []],
  ])('sees a change in %s', (_what, current) => {
    expect(competencesChanged([punctuality], current)).toBe(true);
  });
});
