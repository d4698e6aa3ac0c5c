import { DEFAULT_MATCHING_CONFIG } from '@werkbrug/matching';
import type { TransportMode } from '@werkbrug/domain-rules';
import type { MatchingProfile } from '../job-seeker/job-seeker.repository.js';
import {
  consentExpiry,
  DEFAULT_TRANSPORT,
  mayBeMatched,
  primaryTransport,
  toSeekerInput,
  toVacancyInput,
} from './matching-input.js';

const travel = DEFAULT_MATCHING_CONFIG.travel;

const profile = (overrides: Partial<MatchingProfile> = {}): MatchingProfile => ({
  id: 'seeker-1',
  candidateNumber: 4711,
  regionCode: 'AM12',
  lat: 52.22,
  lon: 5.17,
  competences: [{ code: 'WA_PUNCTUALITY', level: 4 }],
  hoursAvailable: 24,
  maxTravelKm: 20,
  maxTravelMinutes: 45,
  transportModes: ['BICYCLE'],
  sectorPreferences: ['GREEN'],
  doelgroepregister: true,
  indicatieBeschutWerk: false,
  consentStatus: 'GRANTED',
  consentExpiresOn: null,
  availabilityConfirmedAt: '2026-01-15',
  clientProfile: 2,
  perspectiveGroup: null,
  ...overrides,
});

describe(primaryTransport.name, () => {
  it.each<[TransportMode[], number, number, TransportMode]>([
    [['BICYCLE'], 20, 45, 'BICYCLE'],
    [['WALK', 'BICYCLE'], 20, 45, 'BICYCLE'],
    [['BICYCLE', 'CAR'], 40, 45, 'CAR'],
    [['BICYCLE', 'PUBLIC_TRANSPORT'], 50, 90, 'PUBLIC_TRANSPORT'],
    // Within 20 minutes a bicycle gets farther than a bus with 15 minutes of walking and waiting.
    [['BICYCLE', 'PUBLIC_TRANSPORT'], 50, 20, 'BICYCLE'],
    // Both reach the km limit: the first in TRANSPORT_MODES' order wins.
    [['PUBLIC_TRANSPORT', 'BICYCLE'], 2, 60, 'BICYCLE'],
    [[], 20, 45, DEFAULT_TRANSPORT],
  ])('of %p within %d km and %d minutes takes %s', (modes, km, minutes, expected) => {
    expect(primaryTransport(modes, km, minutes, travel)).toBe(expected);
  });
});

describe(mayBeMatched.name, () => {
  it.each([
    ['GRANTED', true],
    ['NOT_ASKED', true],
    ['WITHDRAWN', false],
  ] as const)('is %s → %p', (status, expected) => {
    expect(mayBeMatched(status)).toBe(expected);
  });
});

describe(consentExpiry.name, () => {
  it.each([
    ['GRANTED', '2027-01-15', '2027-01-14T23:00:00.000Z'],
    ['GRANTED', '2027-07-15', '2027-07-14T22:00:00.000Z'],
    ['GRANTED', null, null],
    ['WITHDRAWN', '2027-01-15', null],
    ['NOT_ASKED', '2027-01-15', null],
  ] as const)('of %s consent expiring on %s is %s', (consentStatus, consentExpiresOn, expected) => {
    expect(consentExpiry({ consentStatus, consentExpiresOn })?.toISOString() ?? null).toBe(
      expected,
    );
  });
});

describe(toSeekerInput.name, () => {
  it('translates a profile into the engine’s input', () => {
    expect(toSeekerInput(profile(), DEFAULT_MATCHING_CONFIG)).toEqual({
      id: 'seeker-1',
      regionCode: 'AM12',
      lat: 52.22,
      lon: 5.17,
      competences: [{ code: 'WA_PUNCTUALITY', level: 4 }],
      hoursAvailable: 24,
      maxTravelKm: 20,
      maxTravelMinutes: 45,
      transport: 'BICYCLE',
      sectorPreferences: ['GREEN'],
      doelgroepregister: true,
      indicatieBeschutWerk: false,
      consentToMatch: true,
      consentExpiresAt: null,
      availabilityConfirmedAt: new Date('2026-01-15T00:00:00.000Z'),
      clientProfile: 2,
      perspectiveGroup: null,
    });
  });

  it('keeps a never confirmed availability as null and withdrawn consent as no consent', () => {
    expect(
      toSeekerInput(
        profile({ availabilityConfirmedAt: null, consentStatus: 'WITHDRAWN' }),
        DEFAULT_MATCHING_CONFIG,
      ),
    ).toMatchObject({
      availabilityConfirmedAt: null,
      consentToMatch: false,
    });
  });
});

describe(toVacancyInput.name, () => {
  it('offers the open places (openings less running placements) as openings', () => {
    const input = toVacancyInput({
      id: 'vacancy-1',
      regionCode: 'AM12',
      lat: 52.2,
      lon: 5.1,
      kind: 'GARANTIEBAAN',
      sector: null,
      hoursMin: 12,
      hoursMax: 20,
      openPlaces: 2,
      competences: [{ code: 'WA_PUNCTUALITY', minLevel: 3, weight: 5, requirement: 'REQUIRED' }],
    });
    expect(input).toMatchObject({
      id: 'vacancy-1',
      kind: 'GARANTIEBAAN',
      openings: 2,
      sector: null,
      hoursMin: 12,
    });
  });
});
