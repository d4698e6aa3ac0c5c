// Test factories: a valid job-seeker and vacancy in Hilversum with fresh ids, changed per test.
import {
  resolveMatchingConfig,
  type MatchingConfig,
  type MatchingConfigOverrides,
} from '../config.js';
import { EARTH_RADIUS_KM } from '../geo.js';
import type { SeekerInput, VacancyInput } from '../types.js';

export const NOW = new Date('2026-03-02T09:00:00.000Z');
export const HILVERSUM = { lat: 52.2235, lon: 5.1752 };

let sequence = 0;
const nextId = (prefix: string): string => `${prefix}-${String(++sequence).padStart(5, '0')}`;

export function testConfig(overrides: MatchingConfigOverrides = {}): MatchingConfig {
  return resolveMatchingConfig({ now: () => NOW, ...overrides });
}

export function aSeeker(overrides: Partial<SeekerInput> = {}): SeekerInput {
  return {
    id: nextId('seeker'),
    regionCode: 'AM12',
    ...HILVERSUM,
    competences: [
      { code: 'WA_PUNCTUALITY', level: 4 },
      { code: 'VOC_HOSP_DISHWASHING', level: 3 },
    ],
    hoursAvailable: 24,
    maxTravelKm: 15,
    maxTravelMinutes: 60,
    transport: 'BICYCLE',
    sectorPreferences: ['HOSPITALITY'],
    doelgroepregister: true,
    indicatieBeschutWerk: false,
    consentToMatch: true,
    availabilityConfirmedAt: new Date(NOW.getTime() - 10 * 86_400_000),
    clientProfile: 1,
    perspectiveGroup: null,
    ...overrides,
  };
}

export function aVacancy(overrides: Partial<VacancyInput> = {}): VacancyInput {
  return {
    id: nextId('vacancy'),
    regionCode: 'AM12',
    ...HILVERSUM,
    kind: 'REGULAR',
    sector: 'HOSPITALITY',
    hoursMin: 16,
    hoursMax: 24,
    openings: 1,
    competences: [
      { code: 'WA_PUNCTUALITY', minLevel: 3, weight: 5, requirement: 'REQUIRED' },
      { code: 'VOC_HOSP_DISHWASHING', minLevel: 3, weight: 3, requirement: 'WISHED' },
    ],
    ...overrides,
  };
}

/** The point `km` due north of a point along the meridian. */
export function northOf(
  point: { lat: number; lon: number },
  km: number,
): { lat: number; lon: number } {
  return { lat: point.lat + (km / EARTH_RADIUS_KM) * (180 / Math.PI), lon: point.lon };
}
