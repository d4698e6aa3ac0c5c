import {
  createInputFrom,
  placementWarnings,
  validatePlacement,
  type PlacementValues,
} from './placementForm.js';

const valid: PlacementValues = {
  contractType: 'FIXED_TERM',
  startDate: '2026-12-01',
  endDate: '',
  hoursPerWeek: '25,5',
  instruments: ['LOONKOSTENSUBSIDIE'],
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
  ] as const)('refuses a wrong %s', (field, change) => {
    expect(validatePlacement({ ...valid, ...change } as PlacementValues)).toHaveProperty(field);
  });
});

describe(placementWarnings.name, () => {
  it.each([
    ['a trial placement without an end date', { contractType: 'TRIAL_PLACEMENT', endDate: '' }, 1],
    [
      'a trial placement longer than 2 months',
      { instruments: ['PROEFPLAATSING'], endDate: '2027-02-01' },
      1,
    ],
    [
      'a trial placement of exactly 2 months',
      { instruments: ['PROEFPLAATSING'], endDate: '2027-01-31' },
      0,
    ],
    [
      'work with benefit longer than 6 months',
      { instruments: ['BEHOUD_VAN_UITKERING'], endDate: '2027-06-01' },
      1,
    ],
    ['a regular placement', {}, 0],
  ] as const)('warns about %s', (_case, change, count) => {
    expect(placementWarnings({ ...valid, ...change } as PlacementValues)).toHaveLength(count);
  });

  it('names the last day of a trial placement in Dutch', () => {
    expect(placementWarnings({ ...valid, contractType: 'TRIAL_PLACEMENT' })[0]).toContain(
      'tot en met 31 januari 2027',
    );
  });
});

describe(createInputFrom.name, () => {
  it('sends numbers and no end date when none is given', () => {
    const origin = { introductionId: 'i', jobSeekerId: 'j', employerId: 'e', vacancyId: 'v' };

    expect(createInputFrom(valid, origin)).toEqual({
      ...origin,
      contractType: 'FIXED_TERM',
      startDate: '2026-12-01',
      endDate: null,
      hoursPerWeek: 25.5,
      instruments: ['LOONKOSTENSUBSIDIE'],
    });
  });
});
