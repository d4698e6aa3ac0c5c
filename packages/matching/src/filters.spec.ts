import { DEFAULT_MATCHING_CONFIG } from './config.js';
import {
  DAY_MS,
  exclusionReasons,
  hasEnoughHours,
  isAvailabilityRecent,
  isWithinLimit,
  lowestAcceptedLevel,
  meetsRequiredLevel,
} from './filters.js';
import { estimateTravelMinutes, haversineKm } from './geo.js';
import { aSeeker, aVacancy, HILVERSUM, northOf, NOW, testConfig } from './testing/factories.js';
import type { ExclusionCode, SeekerInput, VacancyInput } from './types.js';

describe(meetsRequiredLevel.name, () => {
  it.each([
    [3, 3, 0, true],
    [2, 3, 0, false],
    [2, 3, 1, true],
    [1, 3, 1, false],
    [1, 3, 2, true],
    [5, 3, 1, true],
    [1, 1, 1, true],
    [0, 1, 1, false],
    [0, 2, 4, false],
  ])(
    'level %d against minimum %d with tolerance %d passes: %s',
    (level, minLevel, tolerance, passes) => {
      expect(meetsRequiredLevel(level, minLevel, tolerance)).toBe(passes);
    },
  );

  it('never accepts an absent competence, however large the tolerance', () => {
    expect(lowestAcceptedLevel(2, 4)).toBe(1);
  });
});

describe(isAvailabilityRecent.name, () => {
  const now = NOW.getTime();
  it.each([
    ['confirmed today', now, true],
    ['confirmed exactly 180 days ago', now - 180 * DAY_MS, true],
    ['confirmed 180 days and 1 ms ago', now - 180 * DAY_MS - 1, false],
    ['confirmed tomorrow (a clock ahead)', now + DAY_MS, true],
    ['never confirmed', NaN, false],
  ])('is %s → %s', (_case, confirmedAt, recent) => {
    expect(isAvailabilityRecent(confirmedAt, now, 180)).toBe(recent);
  });
});

describe(hasEnoughHours.name, () => {
  it.each([
    [16, 16, true],
    [15.5, 16, false],
    [40, 16, true],
    [0, 0, true],
  ])('%d hours available for a minimum of %d: %s', (available, minimum, enough) => {
    expect(hasEnoughHours(available, minimum)).toBe(enough);
  });
});

describe(isWithinLimit.name, () => {
  it.each([
    [10, 10, true],
    [10.000001, 10, false],
    [0, 0, true],
  ])('%d against a maximum of %d: %s', (value, maximum, within) => {
    expect(isWithinLimit(value, maximum)).toBe(within);
  });
});

describe(exclusionReasons.name, () => {
  const config = testConfig();
  const codesOf = (seeker: SeekerInput, vacancy: VacancyInput): ExclusionCode[] =>
    exclusionReasons(seeker, vacancy, config, NOW.getTime()).map((reason) => reason.code);

  const farVacancy = aVacancy({ ...northOf(HILVERSUM, 8) });
  const farKm = haversineKm(farVacancy.lat, farVacancy.lon, HILVERSUM.lat, HILVERSUM.lon);
  const farMinutes = estimateTravelMinutes(farKm, DEFAULT_MATCHING_CONFIG.travel.BICYCLE);
  const withLevel = (level: number | null): Partial<SeekerInput> => ({
    competences: level === null ? [] : [{ code: 'WA_PUNCTUALITY', level: level as 1 }],
  });

  it.each<[string, Partial<SeekerInput>, Partial<VacancyInput>, ExclusionCode[]]>([
    ['a suitable pair', {}, {}, []],
    ['a vacancy with 0 openings', {}, { openings: 0 }, ['NO_OPENINGS']],
    [
      'a garantiebaan for someone outside the doelgroepregister',
      { doelgroepregister: false },
      { kind: 'GARANTIEBAAN' },
      ['VACANCY_KIND_NOT_ELIGIBLE'],
    ],
    [
      'a garantiebaan for someone in the doelgroepregister',
      { doelgroepregister: true },
      { kind: 'GARANTIEBAAN' },
      [],
    ],
    [
      'a sheltered place without an indicatie beschut werk',
      { indicatieBeschutWerk: false },
      { kind: 'SHELTERED' },
      ['VACANCY_KIND_NOT_ELIGIBLE'],
    ],
    [
      'a sheltered place with an indicatie beschut werk',
      { indicatieBeschutWerk: true },
      { kind: 'SHELTERED' },
      [],
    ],
    [
      'a volunteer place for anyone',
      { doelgroepregister: false, indicatieBeschutWerk: false },
      { kind: 'VOLUNTEER' },
      [],
    ],
    [
      'a work-learn place for anyone',
      { doelgroepregister: false, indicatieBeschutWerk: false },
      { kind: 'WORK_LEARN' },
      [],
    ],
    ['a trial placement for anyone', { doelgroepregister: false }, { kind: 'TRIAL' }, []],
    ['no consent to be matched', { consentToMatch: false }, {}, ['NO_CONSENT']],
    [
      'consent that expired a moment ago',
      { consentExpiresAt: new Date(NOW.getTime() - 1) },
      {},
      ['CONSENT_EXPIRED'],
    ],
    ['consent expiring right now', { consentExpiresAt: NOW }, {}, ['CONSENT_EXPIRED']],
    ['consent expiring tomorrow', { consentExpiresAt: new Date(NOW.getTime() + DAY_MS) }, {}, []],
    [
      'withdrawn consent that had also expired',
      { consentToMatch: false, consentExpiresAt: new Date(NOW.getTime() - DAY_MS) },
      {},
      ['NO_CONSENT'],
    ],
    [
      'availability never confirmed',
      { availabilityConfirmedAt: null },
      {},
      ['AVAILABILITY_NOT_CONFIRMED'],
    ],
    [
      'availability confirmed 181 days ago',
      { availabilityConfirmedAt: new Date(NOW.getTime() - 181 * DAY_MS) },
      {},
      ['AVAILABILITY_OUTDATED'],
    ],
    [
      'availability confirmed exactly 180 days ago',
      { availabilityConfirmedAt: new Date(NOW.getTime() - 180 * DAY_MS) },
      {},
      [],
    ],
    ['hours exactly at the minimum', { hoursAvailable: 16 }, { hoursMin: 16 }, []],
    ['hours below the minimum', { hoursAvailable: 12 }, { hoursMin: 16 }, ['INSUFFICIENT_HOURS']],
    ['distance exactly at the maximum', { maxTravelKm: farKm }, { ...farVacancy }, []],
    [
      'distance just over the maximum',
      { maxTravelKm: farKm - 1e-9 },
      { ...farVacancy },
      ['TOO_FAR_KM'],
    ],
    [
      'travel minutes exactly at the maximum',
      { maxTravelMinutes: farMinutes },
      { ...farVacancy },
      [],
    ],
    [
      'travel minutes just over the maximum',
      { maxTravelMinutes: farMinutes - 1e-9 },
      { ...farVacancy },
      ['TOO_FAR_MINUTES'],
    ],
    [
      'a public-transport trip of 0 km that still takes 15 minutes',
      { transport: 'PUBLIC_TRANSPORT', maxTravelMinutes: 10 },
      {},
      ['TOO_FAR_MINUTES'],
    ],
    ['a required competence exactly at the minimum', withLevel(3), {}, []],
    ['a required competence one level short (within tolerance)', withLevel(2), {}, []],
    ['a required competence two levels short', withLevel(1), {}, ['REQUIRED_COMPETENCE_MISSING']],
    ['a required competence absent', withLevel(null), {}, ['REQUIRED_COMPETENCE_MISSING']],
    [
      'several problems at once, in a fixed order',
      { consentToMatch: false, hoursAvailable: 8, doelgroepregister: false, ...withLevel(null) },
      { kind: 'GARANTIEBAAN', openings: 0 },
      [
        'NO_OPENINGS',
        'VACANCY_KIND_NOT_ELIGIBLE',
        'NO_CONSENT',
        'INSUFFICIENT_HOURS',
        'REQUIRED_COMPETENCE_MISSING',
      ],
    ],
  ])('for %s gives %j', (_case, seekerOverrides, vacancyOverrides, codes) => {
    expect(codesOf(aSeeker(seekerOverrides), aVacancy(vacancyOverrides))).toEqual(codes);
  });

  it('does not exclude for a WISHED competence that is absent', () => {
    const vacancy = aVacancy({
      competences: [{ code: 'CERT_VCA', minLevel: 5, weight: 2, requirement: 'WISHED' }],
    });
    expect(codesOf(aSeeker(), vacancy)).toEqual([]);
  });

  it('uses a tolerance of 0 as a strict minimum', () => {
    const strict = testConfig({ requiredLevelTolerance: 0 });
    const reasons = exclusionReasons(aSeeker(withLevel(2)), aVacancy(), strict, NOW.getTime());
    expect(reasons).toEqual([
      {
        code: 'REQUIRED_COMPETENCE_MISSING',
        competenceCode: 'WA_PUNCTUALITY',
        level: 2,
        minLevel: 3,
        lowestAccepted: 3,
      },
    ]);
  });

  it('says why, with the numbers the portal shows', () => {
    const seeker = aSeeker({ maxTravelKm: 5, hoursAvailable: 12, doelgroepregister: false });
    const vacancy = aVacancy({ ...northOf(HILVERSUM, 8), kind: 'GARANTIEBAAN', hoursMin: 16 });
    expect(exclusionReasons(seeker, vacancy, config, NOW.getTime())).toEqual([
      {
        code: 'VACANCY_KIND_NOT_ELIGIBLE',
        kind: 'GARANTIEBAAN',
        ineligibility: 'NOT_IN_DOELGROEPREGISTER',
      },
      { code: 'INSUFFICIENT_HOURS', hoursAvailable: 12, hoursMin: 16 },
      { code: 'TOO_FAR_KM', distanceKm: 8, maxTravelKm: 5 },
    ]);
  });

  it('gives the date of an outdated confirmation', () => {
    const confirmedAt = new Date('2025-01-15T10:00:00.000Z');
    const reasons = exclusionReasons(
      aSeeker({ availabilityConfirmedAt: confirmedAt }),
      aVacancy(),
      config,
      NOW.getTime(),
    );
    expect(reasons).toEqual([
      { code: 'AVAILABILITY_OUTDATED', confirmedAt: '2025-01-15T10:00:00.000Z', maxAgeDays: 180 },
    ]);
  });
});
