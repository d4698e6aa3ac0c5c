import { flag, placement } from './fixtures.js';
import {
  countedSegments,
  countingEmployer,
  flagHistory,
  holdsFlagAtCloseOf,
  isPaidJob,
  placementRoute,
  runsAtCloseOf,
} from './segments.js';

describe(placementRoute.name, () => {
  it.each([
    ['PERMANENT', 'DIRECT'],
    ['FIXED_TERM', 'DIRECT'],
    ['TRIAL_PLACEMENT', 'DIRECT'],
    ['UNPAID', 'DIRECT'],
    ['TEMP_AGENCY', 'TEMP_AGENCY'],
    ['SECONDMENT', 'SECONDMENT'],
  ] as const)('takes a %s contract as %s', (contractType, route) => {
    expect(placementRoute(contractType)).toBe(route);
  });
});

describe(isPaidJob.name, () => {
  it.each([
    ['PERMANENT', true],
    ['FIXED_TERM', true],
    ['TEMP_AGENCY', true],
    ['SECONDMENT', true],
    ['TRIAL_PLACEMENT', false],
    ['UNPAID', false],
  ] as const)('counts a %s contract as paid work: %p', (contractType, paid) => {
    expect(isPaidJob(contractType)).toBe(paid);
  });
});

describe(countingEmployer.name, () => {
  const agency = { sector: 'MARKT', regionCode: 'AM36' } as const;
  const municipality = { sector: 'OVERHEID', regionCode: 'AM12' } as const;

  it('counts a direct contract for the employer', () => {
    expect(countingEmployer(placement({ employer: municipality }))).toEqual(municipality);
  });

  it.each(['TEMP_AGENCY', 'SECONDMENT'] as const)(
    'counts %s work for the inlener',
    (contractType) => {
      expect(
        countingEmployer(
          placement({ contractType, employer: agency, hiringEmployer: municipality }),
        ),
      ).toEqual(municipality);
    },
  );

  it('throws a RangeError for secondment without an inlener', () => {
    expect(() => countingEmployer(placement({ contractType: 'SECONDMENT' }))).toThrow(RangeError);
  });
});

describe(runsAtCloseOf.name, () => {
  it.each([
    [{ from: '2026-07-01', to: null }, '2026-09-30', true],
    [{ from: '2026-09-30', to: null }, '2026-09-30', true],
    [{ from: '2026-10-01', to: null }, '2026-09-30', false],
    [{ from: '2026-07-01', to: '2026-09-30' }, '2026-09-30', false],
    [{ from: '2026-07-01', to: '2026-10-01' }, '2026-09-30', true],
  ])('takes %p as running at the close of %s: %p', (period, day, running) => {
    expect(runsAtCloseOf(period, day)).toBe(running);
  });
});

describe(flagHistory.name, () => {
  it('merges overlapping and touching periods of a person, and keeps gaps', () => {
    const history = flagHistory(
      [
        flag('ans', { validFrom: '2024-03-01', validTo: '2024-12-31' }),
        flag('ans', { validFrom: '2020-01-01', validTo: '2024-06-30' }),
        flag('ans', { validFrom: '2025-01-01', validTo: '2025-03-31' }),
        flag('ans', { validFrom: '2025-06-01', validTo: null }),
        flag('ans', { validFrom: '2025-07-01', validTo: '2025-08-01' }),
      ],
      'DOELGROEPREGISTER',
    );
    expect(history.get('ans')).toEqual([
      { from: '2020-01-01', to: '2025-03-31' },
      { from: '2025-06-01', to: null },
    ]);
  });

  it('keeps only the flag asked for', () => {
    const history = flagHistory(
      [flag('ans'), flag('bert', { flag: 'INDICATIE_BESCHUT_WERK' })],
      'INDICATIE_BESCHUT_WERK',
    );
    expect([...history.keys()]).toEqual(['bert']);
  });

  it('throws a RangeError for a period ending before it starts', () => {
    expect(() =>
      flagHistory(
        [flag('ans', { validFrom: '2026-02-01', validTo: '2026-01-31' })],
        'DOELGROEPREGISTER',
      ),
    ).toThrow(RangeError);
  });
});

describe(holdsFlagAtCloseOf.name, () => {
  const history = flagHistory(
    [flag('ans', { validFrom: '2026-01-01', validTo: '2026-09-30' })],
    'DOELGROEPREGISTER',
  );

  it.each([
    ['2026-09-29', true],
    ['2026-09-30', false],
    ['2025-12-31', false],
  ])('holds the flag at the close of %s: %p', (day, holds) => {
    expect(holdsFlagAtCloseOf(history, 'ans', day)).toBe(holds);
  });

  it('does not hold a flag for someone without periods', () => {
    expect(holdsFlagAtCloseOf(history, 'bert', '2026-06-30')).toBe(false);
  });
});

describe(countedSegments.name, () => {
  it('cuts a placement to the periods its person held the flag', () => {
    const job = placement({ personId: 'ans', start: '2025-01-01', end: '2026-12-31' });
    const history = flagHistory(
      [
        flag('ans', { validFrom: '2024-01-01', validTo: '2025-03-31' }),
        flag('ans', { validFrom: '2026-01-01', validTo: null }),
      ],
      'DOELGROEPREGISTER',
    );
    expect(countedSegments([job], history).map(({ from, to }) => ({ from, to }))).toEqual([
      { from: '2025-01-01', to: '2025-03-31' },
      { from: '2026-01-01', to: '2026-12-31' },
    ]);
  });

  it.each([
    ['a flag that ended before the job', { validFrom: '2020-01-01', validTo: '2025-12-31' }],
    ['a flag that began after the job', { validFrom: '2027-01-01', validTo: null }],
  ])('leaves out a job with %s', (_case, period) => {
    const job = placement({ personId: 'ans', start: '2026-01-01', end: '2026-06-30' });
    expect(countedSegments([job], flagHistory([flag('ans', period)], 'DOELGROEPREGISTER'))).toEqual(
      [],
    );
  });

  it.each(['TRIAL_PLACEMENT', 'UNPAID'] as const)('leaves out a %s placement', (contractType) => {
    const job = placement({ personId: 'ans', contractType });
    expect(countedSegments([job], flagHistory([flag('ans')], 'DOELGROEPREGISTER'))).toEqual([]);
  });
});
