import type { ExclusionReason } from '@werkbrug/matching';
import {
  exclusionMessage,
  MATCH_EXCLUSION_CODES,
  MATCH_EXCLUSION_LABELS,
  STATUS_EXCLUSION_CODES,
  statusExclusionMessage,
} from './match-labels.js';

const label = (code: string) => (code === 'CERT_VCA' ? 'VCA-certificaat' : code);

describe(exclusionMessage.name, () => {
  it.each<[ExclusionReason, string]>([
    [{ code: 'NO_OPENINGS' }, 'Deze vacature heeft geen open plaatsen meer.'],
    [
      {
        code: 'VACANCY_KIND_NOT_ELIGIBLE',
        kind: 'GARANTIEBAAN',
        ineligibility: 'NOT_IN_DOELGROEPREGISTER',
      },
      'Een garantiebaan is alleen voor inwoners die in het doelgroepregister staan.',
    ],
    [
      {
        code: 'VACANCY_KIND_NOT_ELIGIBLE',
        kind: 'SHELTERED',
        ineligibility: 'NO_INDICATIE_BESCHUT_WERK',
      },
      'Een beschutte werkplek is alleen voor inwoners met een indicatie beschut werk.',
    ],
    [{ code: 'NO_CONSENT' }, 'De inwoner heeft de toestemming om gematcht te worden ingetrokken.'],
    [
      { code: 'CONSENT_EXPIRED', expiredAt: '2026-11-22T23:00:00.000Z' },
      'De toestemming om gematcht te worden is op 23 november 2026 verlopen; vraag haar opnieuw.',
    ],
    [
      { code: 'AVAILABILITY_NOT_CONFIRMED' },
      'De inwoner heeft de beschikbaarheid nog nooit bevestigd.',
    ],
    [
      { code: 'AVAILABILITY_OUTDATED', confirmedAt: '2025-03-01T00:00:00.000Z', maxAgeDays: 180 },
      'De beschikbaarheid is op 1 maart 2025 voor het laatst bevestigd, langer dan 180 dagen geleden.',
    ],
    [
      { code: 'INSUFFICIENT_HOURS', hoursAvailable: 12.5, hoursMin: 16 },
      'Beschikbaar 12,5 uur per week; de vacature vraagt minstens 16 uur.',
    ],
    [
      { code: 'TOO_FAR_KM', distanceKm: 23.46, maxTravelKm: 20 },
      'De afstand is 23,5 km; de inwoner reist hoogstens 20 km.',
    ],
    [
      { code: 'TOO_FAR_MINUTES', travelMinutes: 61.6, maxTravelMinutes: 45 },
      'De reistijd is naar schatting 62 minuten; de inwoner reist hoogstens 45 minuten.',
    ],
    [
      {
        code: 'REQUIRED_COMPETENCE_MISSING',
        competenceCode: 'CERT_VCA',
        level: 0,
        minLevel: 3,
        lowestAccepted: 2,
      },
      'De vereiste competentie VCA-certificaat ontbreekt (gevraagd niveau 3).',
    ],
    [
      {
        code: 'REQUIRED_COMPETENCE_MISSING',
        competenceCode: 'CERT_VCA',
        level: 1,
        minLevel: 4,
        lowestAccepted: 3,
      },
      'De vereiste competentie VCA-certificaat is op niveau 1; minstens niveau 3 is nodig (gevraagd niveau 4).',
    ],
  ])('explains %o in Dutch', (reason, message) => {
    expect(exclusionMessage(reason, label)).toBe(message);
  });
});

describe('MATCH_EXCLUSION_LABELS', () => {
  it('has a distinct Dutch label for every reason code', () => {
    const labels = MATCH_EXCLUSION_CODES.map((code) => MATCH_EXCLUSION_LABELS[code]);
    expect(labels.every((text) => text.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(MATCH_EXCLUSION_CODES.length);
  });

  it.each(STATUS_EXCLUSION_CODES)('has a sentence for %s', (code) => {
    expect(statusExclusionMessage(code)).toMatch(/^[A-Z].+\.$/);
  });
});
