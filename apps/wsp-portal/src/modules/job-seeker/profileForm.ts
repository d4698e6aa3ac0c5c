import {
  earningCapacityBand,
  normalisePostcode,
  type EarningCapacityBand,
} from '@werkbrug/domain-rules';
import { parseNumber } from '../common/format.js';
import type { TransportMode, UpdateJobSeekerInput, WorkSector } from '../../gql/graphql.js';

/** The profile form's values as typed; numbers stay text until they are checked. */
export interface ProfileValues {
  participationStep: string;
  earningCapacityPercent: string;
  loonwaardePercent: string;
  clientProfile: string;
  perspectiveGroup: string;
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  wswOud: boolean;
  statushouder: boolean;
  hoursAvailable: string;
  maxTravelKm: string;
  maxTravelMinutes: string;
  transportModes: TransportMode[];
  hasDrivingLicence: boolean;
  sectorPreferences: WorkSector[];
  postcode: string;
  email: string;
  phone: string;
  workLimitations: string;
}

export type ProfileField = keyof ProfileValues;
export type ProfileErrors = Partial<Record<ProfileField, string>>;

/** The fields in the order of the form, for the error summary and focusing the first error. */
export const PROFILE_FIELD_ORDER: readonly ProfileField[] = [
  'participationStep',
  'earningCapacityPercent',
  'loonwaardePercent',
  'clientProfile',
  'perspectiveGroup',
  'doelgroepregister',
  'indicatieBeschutWerk',
  'wswOud',
  'statushouder',
  'hoursAvailable',
  'maxTravelKm',
  'maxTravelMinutes',
  'transportModes',
  'hasDrivingLicence',
  'sectorPreferences',
  'postcode',
  'email',
  'phone',
  'workLimitations',
];

export interface ProfileSource {
  participationStep: number;
  earningCapacityPercent: number;
  loonwaardePercent: number | null;
  clientProfile: number | null;
  perspectiveGroup: number | null;
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  wswOud: boolean;
  statushouder: boolean;
  hoursAvailable: number;
  maxTravelKm: number;
  maxTravelMinutes: number;
  transportModes: readonly TransportMode[];
  hasDrivingLicence: boolean;
  sectorPreferences: readonly WorkSector[];
  postcode: string;
  email: string | null;
  phone: string | null;
  workLimitations: string | null;
}

const text = (value: number | string | null) =>
  value === null ? '' : String(value).replace('.', ',');

export function profileValuesFrom(source: ProfileSource): ProfileValues {
  return {
    participationStep: String(source.participationStep),
    earningCapacityPercent: text(source.earningCapacityPercent),
    loonwaardePercent: text(source.loonwaardePercent),
    clientProfile: text(source.clientProfile),
    perspectiveGroup: text(source.perspectiveGroup),
    doelgroepregister: source.doelgroepregister,
    indicatieBeschutWerk: source.indicatieBeschutWerk,
    wswOud: source.wswOud,
    statushouder: source.statushouder,
    hoursAvailable: text(source.hoursAvailable),
    maxTravelKm: text(source.maxTravelKm),
    maxTravelMinutes: text(source.maxTravelMinutes),
    transportModes: [...source.transportModes],
    hasDrivingLicence: source.hasDrivingLicence,
    sectorPreferences: [...source.sectorPreferences],
    postcode: source.postcode,
    email: source.email ?? '',
    phone: source.phone ?? '',
    workLimitations: source.workLimitations ?? '',
  };
}

function wholeNumberIn(value: string, min: number, max: number): boolean {
  const number = parseNumber(value);
  return Number.isInteger(number) && number >= min && number <= max;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Dutch messages per field; the API checks everything again. */
export function validateProfile(values: ProfileValues): ProfileErrors {
  const errors: ProfileErrors = {};
  if (!wholeNumberIn(values.participationStep, 1, 6)) {
    errors.participationStep = 'Kies een trede van de participatieladder.';
  }
  if (!wholeNumberIn(values.earningCapacityPercent, 0, 100)) {
    errors.earningCapacityPercent = 'Vul een heel percentage in van 0 tot en met 100.';
  }
  if (values.loonwaardePercent.trim() !== '' && !wholeNumberIn(values.loonwaardePercent, 0, 100)) {
    errors.loonwaardePercent = 'Vul een heel percentage in van 0 tot en met 100, of laat het leeg.';
  }
  const hours = parseNumber(values.hoursAvailable);
  if (!(Number.isInteger(hours * 2) && hours >= 0 && hours <= 40)) {
    errors.hoursAvailable =
      'Vul 0 tot en met 40 uur in, in hele of halve uren (bijvoorbeeld 25,5).';
  }
  if (!wholeNumberIn(values.maxTravelKm, 0, 250)) {
    errors.maxTravelKm = 'Vul een heel aantal kilometers in van 0 tot en met 250.';
  }
  if (!wholeNumberIn(values.maxTravelMinutes, 0, 180)) {
    errors.maxTravelMinutes = 'Vul een heel aantal minuten in van 0 tot en met 180.';
  }
  if (normalisePostcode(values.postcode) === null) {
    errors.postcode = 'Vul een geldige postcode in, bijvoorbeeld 1211 AB.';
  }
  if (values.email.trim() !== '' && !EMAIL.test(values.email.trim())) {
    errors.email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het leeg.';
  }
  return errors;
}

/** The band an earning capacity falls in, or null while the percentage is not valid. */
export function bandOf(percent: string): EarningCapacityBand | null {
  const value = parseNumber(percent);
  return Number.isInteger(value) && value >= 0 && value <= 100 ? earningCapacityBand(value) : null;
}

const optionalNumber = (value: string) => (value.trim() === '' ? null : parseNumber(value));
const optionalText = (value: string) => (value.trim() === '' ? null : value.trim());

/** The updateJobSeeker input for checked values; work limitations only for the file's owner. */
export function updateInputFrom(
  values: ProfileValues,
  { includeWorkLimitations }: { includeWorkLimitations: boolean },
): UpdateJobSeekerInput {
  return {
    participationStep: parseNumber(values.participationStep),
    earningCapacityPercent: parseNumber(values.earningCapacityPercent),
    loonwaardePercent: optionalNumber(values.loonwaardePercent),
    clientProfile: optionalNumber(values.clientProfile),
    perspectiveGroup: optionalNumber(values.perspectiveGroup),
    doelgroepregister: values.doelgroepregister,
    indicatieBeschutWerk: values.indicatieBeschutWerk,
    wswOud: values.wswOud,
    statushouder: values.statushouder,
    hoursAvailable: parseNumber(values.hoursAvailable),
    maxTravelKm: parseNumber(values.maxTravelKm),
    maxTravelMinutes: parseNumber(values.maxTravelMinutes),
    transportModes: values.transportModes,
    hasDrivingLicence: values.hasDrivingLicence,
    sectorPreferences: values.sectorPreferences,
    postcode: normalisePostcode(values.postcode) ?? values.postcode.trim(),
    email: optionalText(values.email),
    phone: optionalText(values.phone),
    ...(includeWorkLimitations ? { workLimitations: optionalText(values.workLimitations) } : {}),
  };
}
