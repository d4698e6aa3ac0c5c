import {
  contractTypesFor,
  createInputFrom,
  EMPTY_PLACEMENT,
  placementWarnings,
  validatePlacement,
  visibleFields,
  type PlacementValues,
} from './placementForm.js';

const valid: PlacementValues = {
  ...EMPTY_PLACEMENT,
  contractType: 'FIXED_TERM',
  startDate: '2026-12-01',
  hoursPerWeek: '25,5',
  hourlyWage: '14,40',
  instruments: ['LOONKOSTENSUBSIDIE'],
  loonwaardePercentage: '60',
};
const trial: Partial<PlacementValues> = {
  arrangement: 'TRIAL_PLACEMENT',
  contractType: 'TRIAL_PLACEMENT',
  hourlyWage: '',
  instruments: [],
};

describe(validatePlacement.name, () => {
  it('accepts a complete placement without an end date', () => {
    expect(validatePlacement(valid)).toEqual({});
  });

  it.each([
    ['contractType', { contractType: '' }],
    ['startDate', { startDate: '' }],
    ['endDate', { endDate: '2026-11-30' }],
    ['hoursPerWeek', { hoursPerWeek: '0' }],
    ['hoursPerWeek', { hoursPerWeek: '41' }],
    ['hoursPerWeek', { hoursPerWeek: '20,25' }],
    ['hourlyWage', { hourlyWage: '' }],
    ['hourlyWage', { hourlyWage: 'veertien' }],
    ['loonwaardePercentage', { loonwaardePercentage: '' }],
    ['loonwaardePercentage', { loonwaardePercentage: '120' }],
    ['jobcoachHours', { instruments: ['JOBCOACH'] }],
    ['endDate', { ...trial, endDate: '2027-02-01' }],
  ] as const)('refuses a wrong %s', (field, change) => {
    expect(validatePlacement({ ...valid, ...change } as PlacementValues)).toHaveProperty(field);
  });

  it('accepts a trial placement of exactly 2 months without a wage', () => {
    expect(validatePlacement({ ...valid, ...trial, endDate: '2027-01-31' })).toEqual({});
  });
});

describe(visibleFields.name, () => {
  it('asks for a wage only for paid work, loonwaarde with LKS and hours with a jobcoach', () => {
    expect(visibleFields({ ...valid, instruments: ['JOBCOACH'] })).toEqual({
      arrangementExtended: false,
      hourlyWage: true,
      loonwaardePercentage: false,
      jobcoachHours: true,
    });
    expect(
      visibleFields({ ...valid, arrangement: 'BEHOUD_VAN_UITKERING', contractType: 'UNPAID' }),
    ).toMatchObject({
      arrangementExtended: true,
      hourlyWage: false,
    });
  });
});

describe(contractTypesFor.name, () => {
  it('offers only the trial contract for a trial placement', () => {
    expect(contractTypesFor('TRIAL_PLACEMENT')).toEqual(['TRIAL_PLACEMENT']);
  });
});

describe(placementWarnings.name, () => {
  it.each([
    ['a trial placement without an end date', trial, 2],
    ['a trial placement with an end date', { ...trial, endDate: '2027-01-31' }, 1],
    [
      'werken met behoud van uitkering',
      { arrangement: 'BEHOUD_VAN_UITKERING', contractType: 'UNPAID', endDate: '2027-02-01' },
      1,
    ],
    ['a regular placement', {}, 0],
  ] as const)('warns about %s', (_case, change, count) => {
    expect(placementWarnings({ ...valid, ...change } as PlacementValues)).toHaveLength(count);
  });

  it('names the last day of a trial placement in Dutch', () => {
    expect(placementWarnings({ ...valid, ...trial })[0]).toContain('tot en met 31 januari 2027');
  });

  it('counts the extension of werken met behoud van uitkering', () => {
    const behoud = {
      ...valid,
      arrangement: 'BEHOUD_VAN_UITKERING',
      contractType: 'UNPAID',
      arrangementExtended: true,
    } as const;
    expect(placementWarnings(behoud)[0]).toContain('tot en met 31 mei 2027');
  });
});

describe(createInputFrom.name, () => {
  const origin = { introductionId: 'i', jobSeekerId: 'j', employerId: 'e', vacancyId: 'v' };

  it('sends numbers and no end date when none is given', () => {
    expect(createInputFrom(valid, origin)).toEqual({
      ...origin,
      arrangement: 'REGULAR',
      arrangementExtended: false,
      contractType: 'FIXED_TERM',
      startDate: '2026-12-01',
      endDate: null,
      hoursPerWeek: 25.5,
      hourlyWage: 14.4,
      instruments: ['LOONKOSTENSUBSIDIE'],
      loonwaardePercentage: 60,
      jobcoachHours: null,
      jobcoachHoursUnit: null,
    });
  });

  it('leaves out what the form no longer shows', () => {
    const input = createInputFrom(
      { ...valid, ...trial, loonwaardePercentage: '60', arrangementExtended: true },
      origin,
    );
    expect(input).toMatchObject({
      hourlyWage: null,
      loonwaardePercentage: null,
      arrangementExtended: false,
    });
  });
});
