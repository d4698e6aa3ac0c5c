import {
  validateWeeklyHoursRange,
  type CompetenceGroup,
  type CompetenceRequirement,
  type ContractType,
  type VacancyKind,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { centsToEuroInput, euroInputToCents, type FieldErrors } from '@werkbrug/ui';

/** A competence the vacancy asks for, as the picker holds it. */
export interface CompetenceChoice {
  code: string;
  label: string;
  group: CompetenceGroup;
  minLevel: number;
  requirement: CompetenceRequirement;
  weight: number;
}

/** What the employer typed, as typed: numbers stay text until they are sent. */
export interface VacancyValues {
  kind: VacancyKind | '';
  title: string;
  description: string;
  sector: WorkSector | '';
  hoursMin: string;
  hoursMax: string;
  openings: string;
  contractType: ContractType | '';
  /** Gross hourly wage in euros, e.g. "14,50". */
  wageMin: string;
  wageMax: string;
  locationId: string;
  /** YYYY-MM-DD from a date input, or empty. */
  startsOn: string;
  closesOn: string;
  competences: CompetenceChoice[];
}

export type VacancyField = Exclude<keyof VacancyValues, 'competences'> | 'competences';

/** The form's order: of the fields, the error summary and the focus. */
export const VACANCY_FIELDS: readonly VacancyField[] = [
  'kind',
  'title',
  'description',
  'sector',
  'hoursMin',
  'hoursMax',
  'openings',
  'contractType',
  'wageMin',
  'wageMax',
  'locationId',
  'startsOn',
  'closesOn',
  'competences',
];

export const MAX_COMPETENCES = 30;
const MAX_WAGE_CENTS = 100_000;

export const EMPTY_VACANCY: VacancyValues = {
  kind: '',
  title: '',
  description: '',
  sector: '',
  hoursMin: '',
  hoursMax: '',
  openings: '1',
  contractType: '',
  wageMin: '',
  wageMax: '',
  locationId: '',
  startsOn: '',
  closesOn: '',
  competences: [],
};

/** Kinds with exactly one fitting contract type, as the API requires. */
export const CONTRACT_FOR_KIND: Partial<Record<VacancyKind, ContractType>> = {
  VOLUNTEER: 'UNPAID',
  TRIAL: 'TRIAL_PLACEMENT',
};

const UNPAID_KINDS: readonly VacancyKind[] = ['VOLUNTEER', 'WORK_LEARN'];

/** "24", "24,5" or "24.5" → 24.5; empty or not a number → NaN. */
export function parseDecimal(value: string): number {
  const text = value.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

function checkWage(errors: FieldErrors<VacancyField>, field: 'wageMin' | 'wageMax', value: string) {
  const cents = euroInputToCents(value);
  if (cents !== null && (Number.isNaN(cents) || cents > MAX_WAGE_CENTS)) {
    errors[field] = 'Vul een bruto uurloon in euro in, zoals 14,50.';
  }
  return cents;
}

function checkTerms(values: VacancyValues, errors: FieldErrors<VacancyField>) {
  const { kind, contractType } = values;
  if (kind === 'VOLUNTEER' && contractType !== 'UNPAID') {
    errors.contractType ??= 'Een vrijwilligersplek is onbetaald: kies "Onbetaald".';
  } else if (contractType === 'UNPAID' && kind !== '' && !UNPAID_KINDS.includes(kind)) {
    errors.contractType ??= 'Alleen een vrijwilligersplek of werkleerplek kan onbetaald zijn.';
  }
  if (kind === 'TRIAL' && contractType !== 'TRIAL_PLACEMENT') {
    errors.contractType ??= 'Een proefplaatsing heeft als contractvorm "Proefplaatsing".';
  } else if (contractType === 'TRIAL_PLACEMENT' && kind !== '' && kind !== 'TRIAL') {
    errors.contractType ??= 'De contractvorm "Proefplaatsing" hoort bij een proefplaatsing.';
  }
  if (kind === 'VOLUNTEER' || contractType === 'UNPAID') {
    if (values.wageMin.trim() !== '') errors.wageMin ??= 'Onbetaald werk heeft geen loon.';
    if (values.wageMax.trim() !== '') errors.wageMax ??= 'Onbetaald werk heeft geen loon.';
  }
}

/** The API's checks, in Dutch at the field, so most mistakes show before anything is sent. */
export function validateVacancy(values: VacancyValues): FieldErrors<VacancyField> {
  const errors: FieldErrors<VacancyField> = {};
  if (values.kind === '') errors.kind = 'Kies een soort vacature.';
  const title = values.title.trim();
  if (title.length < 2) errors.title = 'Geef de vacature een titel.';
  else if (title.length > 160) errors.title = 'Hoogstens 160 tekens.';
  if (values.description.trim() === '') errors.description = 'Beschrijf het werk.';
  else if (values.description.length > 5000) errors.description = 'Hoogstens 5000 tekens.';

  for (const { field, message } of validateWeeklyHoursRange(
    { min: parseDecimal(values.hoursMin), max: parseDecimal(values.hoursMax) },
    { min: 'hoursMin', max: 'hoursMax' },
  )) {
    errors[field as 'hoursMin' | 'hoursMax'] ??= message;
  }

  const openings = Number(values.openings.trim());
  if (!/^\d+$/.test(values.openings.trim()) || openings < 1 || openings > 500) {
    errors.openings = 'Het aantal plaatsen is een heel getal van 1 tot en met 500.';
  }
  if (values.contractType === '') errors.contractType = 'Kies een contractvorm.';

  const wageMin = checkWage(errors, 'wageMin', values.wageMin);
  const wageMax = checkWage(errors, 'wageMax', values.wageMax);
  if (!errors.wageMin && !errors.wageMax && wageMin !== null && wageMax !== null) {
    if (wageMin > wageMax)
      errors.wageMax = 'Het maximumloon mag niet lager zijn dan het minimumloon.';
  }
  checkTerms(values, errors);

  if (values.locationId === '') errors.locationId = 'Kies een vestiging.';
  if (values.startsOn !== '' && values.closesOn !== '' && values.closesOn < values.startsOn) {
    errors.closesOn = 'De sluitingsdatum mag niet voor de startdatum liggen.';
  }
  if (values.competences.length > MAX_COMPETENCES) {
    errors.competences = `Hoogstens ${MAX_COMPETENCES} competenties.`;
  }
  return errors;
}

const API_FIELDS: Readonly<Record<string, VacancyField>> = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  sector: 'sector',
  hoursMin: 'hoursMin',
  hoursMax: 'hoursMax',
  openings: 'openings',
  contractType: 'contractType',
  wageMinCents: 'wageMin',
  wageMaxCents: 'wageMax',
  locationId: 'locationId',
  startsOn: 'startsOn',
  closesOn: 'closesOn',
  competences: 'competences',
};

/** `input.wageMinCents` → `wageMin`; a path inside one competence belongs to its row instead. */
export function vacancyFieldKey(path: string): VacancyField | null {
  if (competenceRowOf(path) !== null) return null;
  return API_FIELDS[path.replace(/^input\./, '')] ?? null;
}

/** `input.competences.2.minLevel` (createVacancy) or `competences.2.weight` → 2. */
export function competenceRowOf(path: string): number | null {
  const match = /^(?:input\.)?competences\.(\d+)(?:\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}

const optional = (value: string) => (value.trim() === '' ? null : value.trim());

export function toCompetenceInputs(choices: readonly CompetenceChoice[]) {
  return choices.map(({ code, minLevel, requirement, weight }) => ({
    competenceCode: code,
    minLevel,
    requirement,
    weight,
  }));
}

/** The fields createVacancy and updateVacancy share; only call with values that validated. */
function toVacancyFields(values: VacancyValues) {
  if (values.kind === '' || values.contractType === '') {
    throw new Error('toVacancyFields needs validated values');
  }
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description.trim(),
    sector: values.sector === '' ? null : values.sector,
    hoursMin: parseDecimal(values.hoursMin),
    hoursMax: parseDecimal(values.hoursMax),
    openings: Number(values.openings.trim()),
    contractType: values.contractType,
    wageMinCents: euroInputToCents(values.wageMin),
    wageMaxCents: euroInputToCents(values.wageMax),
    locationId: values.locationId,
    startsOn: optional(values.startsOn),
    closesOn: optional(values.closesOn),
  };
}

export function toCreateVacancyInput(values: VacancyValues, employerId: string) {
  return {
    ...toVacancyFields(values),
    employerId,
    competences: toCompetenceInputs(values.competences),
  };
}

export function toUpdateVacancyInput(values: VacancyValues) {
  return toVacancyFields(values);
}

const decimalText = (value: number) => String(value).replace('.', ',');

export interface VacancyLike {
  kind: VacancyKind;
  title: string;
  description: string;
  sector?: WorkSector | null;
  hoursMin: number;
  hoursMax: number;
  openings: number;
  contractType: ContractType;
  wageMinCents?: number | null;
  wageMaxCents?: number | null;
  location: { id: string };
  startsOn?: string | null;
  closesOn?: string | null;
  competences: readonly {
    minLevel: number;
    requirement: CompetenceRequirement;
    weight: number;
    competence: { code: string; label: string; group: CompetenceGroup };
  }[];
}

/** A saved vacancy as the form shows it. */
export function vacancyValuesOf(vacancy: VacancyLike): VacancyValues {
  return {
    kind: vacancy.kind,
    title: vacancy.title,
    description: vacancy.description,
    sector: vacancy.sector ?? '',
    hoursMin: decimalText(vacancy.hoursMin),
    hoursMax: decimalText(vacancy.hoursMax),
    openings: String(vacancy.openings),
    contractType: vacancy.contractType,
    wageMin: centsToEuroInput(vacancy.wageMinCents),
    wageMax: centsToEuroInput(vacancy.wageMaxCents),
    locationId: vacancy.location.id,
    startsOn: vacancy.startsOn ?? '',
    closesOn: vacancy.closesOn ?? '',
    competences: vacancy.competences.map(({ minLevel, requirement, weight, competence }) => ({
      code: competence.code,
      label: competence.label,
      group: competence.group,
      minLevel,
      requirement,
      weight,
    })),
  };
}

/** Whether the competence set differs from the saved one (then setVacancyCompetences is needed). */
export function competencesChanged(
  saved: readonly CompetenceChoice[],
  current: readonly CompetenceChoice[],
): boolean {
  const key = (choices: readonly CompetenceChoice[]) => JSON.stringify(toCompetenceInputs(choices));
  return key(saved) !== key(current);
}
