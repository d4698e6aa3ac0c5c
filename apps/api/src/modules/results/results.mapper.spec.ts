import {
  toNationalOverviewModel,
  toSuppressedCount,
  toSuppressedNumber,
} from './results.mapper.js';

describe(toSuppressedCount.name, () => {
  it.each([
    [
      { value: 12, suppression: 'NONE' as const },
      { value: 12, display: '12', suppression: 'NONE' },
    ],
    [
      { value: null, suppression: 'SMALL_COUNT' as const },
      { value: null, display: '<5', suppression: 'SMALL_COUNT' },
    ],
    [
      { value: null, suppression: 'COMPLEMENTARY' as const },
      { value: null, display: 'x', suppression: 'COMPLEMENTARY' },
    ],
  ])('maps %p to %p', (figure, model) => {
    expect({ ...toSuppressedCount(figure) }).toEqual(model);
  });
});

describe(toSuppressedNumber.name, () => {
  it.each([
    [
      { value: 90.8256, suppression: 'NONE' as const },
      { value: 90.8256, display: '90,8', suppression: 'NONE' },
    ],
    [
      { value: null, suppression: 'SMALL_COUNT' as const },
      { value: null, display: 'x', suppression: 'SMALL_COUNT' },
    ],
  ])('maps %p to %p', (figure, model) => {
    expect({ ...toSuppressedNumber(figure) }).toEqual(model);
  });
});

describe(toNationalOverviewModel.name, () => {
  it('gives a region outside the viewer’s scope no figures at all', () => {
    const model = toNationalOverviewModel({
      quarter: '2026-Q3',
      regions: [
        { region: { code: 'AM12', name: 'Gooi en Vechtstreek', active: true }, result: null },
      ],
    });
    expect(model.countDate).toBe('2026-09-30');
    expect(model.regions).toEqual([
      {
        regionCode: 'AM12',
        regionName: 'Gooi en Vechtstreek',
        active: true,
        inScope: false,
        jobs: null,
        extraJobs: null,
        targetJobs: null,
        percentOfTarget: null,
      },
    ]);
  });
});
