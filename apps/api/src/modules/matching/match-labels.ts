// Dutch words for what the engine reports in codes: factor names and the reasons a pair is not
// suggested. The API adds reasons of its own for records the index does not hold.
import { INELIGIBILITY_MESSAGES } from '@werkbrug/domain-rules';
import type { ExclusionCode, ExclusionReason, FactorName } from '@werkbrug/matching';

export const MATCH_FACTOR_LABELS: Record<FactorName, string> = {
  competence: 'Competenties',
  hours: 'Uren',
  distance: 'Afstand',
  sector: 'Sectorvoorkeur',
  perspective: 'Perspectief op werk',
};

/** Why a pair is not in the index at all (one side is not matchable), beside the engine's hard filters. */
export const STATUS_EXCLUSION_CODES = [
  'VACANCY_NOT_OPEN',
  'VACANCY_REGION_NOT_ACTIVE',
  'JOB_SEEKER_ARCHIVED',
  'JOB_SEEKER_PLACED',
  'JOB_SEEKER_REGION_NOT_ACTIVE',
] as const;
export type StatusExclusionCode = (typeof STATUS_EXCLUSION_CODES)[number];

export const ENGINE_EXCLUSION_CODES = [
  'NO_OPENINGS',
  'VACANCY_KIND_NOT_ELIGIBLE',
  'NO_CONSENT',
  'CONSENT_EXPIRED',
  'AVAILABILITY_NOT_CONFIRMED',
  'AVAILABILITY_OUTDATED',
  'INSUFFICIENT_HOURS',
  'TOO_FAR_KM',
  'TOO_FAR_MINUTES',
  'REQUIRED_COMPETENCE_MISSING',
] as const satisfies readonly ExclusionCode[];

export const MATCH_EXCLUSION_CODES = [
  ...ENGINE_EXCLUSION_CODES,
  ...STATUS_EXCLUSION_CODES,
] as const;
export type MatchExclusionCode = (typeof MATCH_EXCLUSION_CODES)[number];

export const MATCH_EXCLUSION_LABELS: Record<MatchExclusionCode, string> = {
  NO_OPENINGS: 'Geen open plaatsen',
  VACANCY_KIND_NOT_ELIGIBLE: 'Niet in aanmerking voor dit soort plek',
  NO_CONSENT: 'Geen toestemming',
  CONSENT_EXPIRED: 'Toestemming verlopen',
  AVAILABILITY_NOT_CONFIRMED: 'Beschikbaarheid niet bevestigd',
  AVAILABILITY_OUTDATED: 'Beschikbaarheid verouderd',
  INSUFFICIENT_HOURS: 'Te weinig uren beschikbaar',
  TOO_FAR_KM: 'Te ver weg',
  TOO_FAR_MINUTES: 'Reistijd te lang',
  REQUIRED_COMPETENCE_MISSING: 'Vereiste competentie ontbreekt',
  VACANCY_NOT_OPEN: 'Vacature staat niet open',
  VACANCY_REGION_NOT_ACTIVE: 'Regio van de vacature doet niet mee',
  JOB_SEEKER_ARCHIVED: 'Dossier gearchiveerd',
  JOB_SEEKER_PLACED: 'Al aan het werk',
  JOB_SEEKER_REGION_NOT_ACTIVE: 'Regio van de inwoner doet niet mee',
};

const STATUS_MESSAGES: Record<StatusExclusionCode, string> = {
  VACANCY_NOT_OPEN: 'Alleen voor open vacatures worden kandidaten gezocht.',
  VACANCY_REGION_NOT_ACTIVE:
    'De regio van deze werkgever doet (nog) niet mee aan matching in Werkbrug.',
  JOB_SEEKER_ARCHIVED: 'Het dossier van deze inwoner is gearchiveerd.',
  JOB_SEEKER_PLACED: 'Deze inwoner heeft een lopende plaatsing en wordt niet voorgesteld.',
  JOB_SEEKER_REGION_NOT_ACTIVE:
    'De regio van deze inwoner doet (nog) niet mee aan matching in Werkbrug.',
};

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** One sentence on why the engine keeps this pair apart; `competenceLabel` names a competence code. */
export function exclusionMessage(
  reason: ExclusionReason,
  competenceLabel: (code: string) => string,
): string {
  switch (reason.code) {
    case 'NO_OPENINGS':
      return 'Deze vacature heeft geen open plaatsen meer.';
    case 'VACANCY_KIND_NOT_ELIGIBLE':
      return INELIGIBILITY_MESSAGES[reason.ineligibility];
    case 'NO_CONSENT':
      return 'De inwoner heeft de toestemming om gematcht te worden ingetrokken.';
    case 'CONSENT_EXPIRED':
      return `De toestemming om gematcht te worden is op ${longDate.format(new Date(reason.expiredAt))} verlopen; vraag haar opnieuw.`;
    case 'AVAILABILITY_NOT_CONFIRMED':
      return 'De inwoner heeft de beschikbaarheid nog nooit bevestigd.';
    case 'AVAILABILITY_OUTDATED':
      return `De beschikbaarheid is op ${longDate.format(new Date(reason.confirmedAt))} voor het laatst bevestigd, langer dan ${reason.maxAgeDays} dagen geleden.`;
    case 'INSUFFICIENT_HOURS':
      return `Beschikbaar ${number.format(reason.hoursAvailable)} uur per week; de vacature vraagt minstens ${number.format(reason.hoursMin)} uur.`;
    case 'TOO_FAR_KM':
      return `De afstand is ${number.format(reason.distanceKm)} km; de inwoner reist hoogstens ${number.format(reason.maxTravelKm)} km.`;
    case 'TOO_FAR_MINUTES':
      return `De reistijd is naar schatting ${Math.round(reason.travelMinutes)} minuten; de inwoner reist hoogstens ${reason.maxTravelMinutes} minuten.`;
    case 'REQUIRED_COMPETENCE_MISSING': {
      const label = competenceLabel(reason.competenceCode);
      return reason.level === 0
        ? `De vereiste competentie ${label} ontbreekt (gevraagd niveau ${reason.minLevel}).`
        : `De vereiste competentie ${label} is op niveau ${reason.level}; minstens niveau ${reason.lowestAccepted} is nodig (gevraagd niveau ${reason.minLevel}).`;
    }
  }
}

export const statusExclusionMessage = (code: StatusExclusionCode): string => STATUS_MESSAGES[code];
