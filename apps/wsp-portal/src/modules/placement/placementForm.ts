import {
  arrangementLimitDate,
  CONTRACT_TYPES_BY_ARRANGEMENT,
  isIsoDate,
  validatePlacementTerms,
  type PlacementTermsInput,
} from '@werkbrug/domain-rules';
import type {
  ContractType,
  CreatePlacementInput,
  JobcoachHoursUnit,
  PlacementArrangement,
  PlacementInstrument,
} from '../../gql/graphql.js';
import { formatDate } from '../common/dates.js';
import { parseNumber } from '../common/format.js';

export interface PlacementValues {
  arrangement: PlacementArrangement;
  arrangementExtended: boolean;
  contractType: ContractType | '';
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  hourlyWage: string;
  instruments: PlacementInstrument[];
  loonwaardePercentage: string;
  jobcoachHours: string;
  jobcoachHoursUnit: JobcoachHoursUnit;
}

export type PlacementField = Exclude<keyof PlacementValues, 'jobcoachHoursUnit'>;
export type PlacementErrors = Partial<Record<PlacementField, string>>;

export const PLACEMENT_FIELD_ORDER: readonly PlacementField[] = [
  'arrangement',
  'arrangementExtended',
  'contractType',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'hourlyWage',
  'instruments',
  'loonwaardePercentage',
  'jobcoachHours',
];

export const EMPTY_PLACEMENT: PlacementValues = {
  arrangement: 'REGULAR',
  arrangementExtended: false,
  contractType: '',
  startDate: '',
  endDate: '',
  hoursPerWeek: '',
  hourlyWage: '',
  instruments: [],
  loonwaardePercentage: '',
  jobcoachHours: '',
  jobcoachHoursUnit: 'WEEK',
};

/** The contract types that fit the chosen kind of placement. */
export function contractTypesFor(arrangement: PlacementArrangement): readonly ContractType[] {
  return CONTRACT_TYPES_BY_ARRANGEMENT[arrangement];
}

/** Which of the conditional fields the form shows (and sends). */
export function visibleFields(values: PlacementValues) {
  return {
    arrangementExtended: values.arrangement === 'BEHOUD_VAN_UITKERING',
    hourlyWage:
      values.arrangement === 'REGULAR' &&
      values.contractType !== 'UNPAID' &&
      values.contractType !== 'TRIAL_PLACEMENT',
    loonwaardePercentage: values.instruments.includes('LOONKOSTENSUBSIDIE'),
    jobcoachHours: values.instruments.includes('JOBCOACH'),
  };
}

/** A number field: null when empty or hidden, NaN when it is no number. */
function numberOrNull(value: string, shown: boolean): number | null {
  return shown && value.trim() !== '' ? parseNumber(value) : null;
}

export function validatePlacement(values: PlacementValues): PlacementErrors {
  const errors: PlacementErrors = {};
  const visible = visibleFields(values);
  if (!values.contractType) errors.contractType = 'Kies het soort contract.';
  if (!isIsoDate(values.startDate)) errors.startDate = 'Vul de eerste werkdag in.';
  if (values.endDate !== '') {
    if (!isIsoDate(values.endDate)) errors.endDate = 'Vul een geldige datum in, of laat het leeg.';
    else if (isIsoDate(values.startDate) && values.endDate < values.startDate) {
      errors.endDate = 'De einddatum mag niet voor de begindatum liggen.';
    }
  }
  const hours = parseNumber(values.hoursPerWeek);
  if (!(Number.isInteger(hours * 2) && hours >= 1 && hours <= 40)) {
    errors.hoursPerWeek = 'Vul 1 tot en met 40 uur in, in hele of halve uren (bijvoorbeeld 25,5).';
  }
  const wage = numberOrNull(values.hourlyWage, visible.hourlyWage);
  const loonwaarde = numberOrNull(values.loonwaardePercentage, visible.loonwaardePercentage);
  const jobcoachHours = numberOrNull(values.jobcoachHours, visible.jobcoachHours);
  if (Number.isNaN(wage)) errors.hourlyWage = 'Vul een bedrag in, bijvoorbeeld 14,40.';
  if (Number.isNaN(loonwaarde))
    errors.loonwaardePercentage = 'Vul een heel percentage in, bijvoorbeeld 60.';
  if (Number.isNaN(jobcoachHours)) errors.jobcoachHours = 'Vul een aantal uren in, bijvoorbeeld 4.';
  if (values.contractType && isIsoDate(values.startDate)) {
    // The same rules the API applies, so most mistakes show before saving.
    const terms: PlacementTermsInput = {
      arrangement: values.arrangement,
      extended: visible.arrangementExtended && values.arrangementExtended,
      startDate: values.startDate,
      endDate: isIsoDate(values.endDate) ? values.endDate : null,
      contractType: values.contractType,
      instruments: values.instruments,
      hourlyWage: wage,
      loonwaardePercentage: loonwaarde,
      jobcoachHours,
      jobcoachHoursUnit: jobcoachHours === null ? null : values.jobcoachHoursUnit,
    };
    for (const { field, message } of validatePlacementTerms(terms)) {
      const name: PlacementField =
        field === 'extended'
          ? 'arrangementExtended'
          : field === 'jobcoachHoursUnit'
            ? 'jobcoachHours'
            : field;
      errors[name] ??= message;
    }
  }
  return errors;
}

/** Limits the law sets, shown before saving so nobody runs into them unaware. */
export function placementWarnings(values: PlacementValues): string[] {
  if (!isIsoDate(values.startDate) || values.arrangement === 'REGULAR') return [];
  const extended = values.arrangement === 'BEHOUD_VAN_UITKERING' && values.arrangementExtended;
  const limit = arrangementLimitDate({
    arrangement: values.arrangement,
    startDate: values.startDate,
    extended,
  })!;
  const what =
    values.arrangement === 'TRIAL_PLACEMENT'
      ? 'Een proefplaatsing duurt hoogstens 2 maanden'
      : extended
        ? 'Werken met behoud van uitkering duurt met de verlenging hoogstens 6 maanden'
        : 'Werken met behoud van uitkering duurt hoogstens 3 maanden (één keer te verlengen met 3 maanden)';
  const warnings = [`${what}, hier tot en met ${formatDate(limit)}.`];
  if (values.endDate === '') warnings.push('Vul een laatste werkdag in die daar niet na ligt.');
  return warnings;
}

export function createInputFrom(
  values: PlacementValues,
  origin: { introductionId: string; jobSeekerId: string; employerId: string; vacancyId: string },
): CreatePlacementInput {
  const visible = visibleFields(values);
  const jobcoachHours = numberOrNull(values.jobcoachHours, visible.jobcoachHours);
  return {
    ...origin,
    arrangement: values.arrangement,
    arrangementExtended: visible.arrangementExtended && values.arrangementExtended,
    contractType: values.contractType as ContractType,
    startDate: values.startDate,
    endDate: values.endDate || null,
    hoursPerWeek: parseNumber(values.hoursPerWeek),
    hourlyWage: numberOrNull(values.hourlyWage, visible.hourlyWage),
    instruments: values.instruments,
    loonwaardePercentage: numberOrNull(values.loonwaardePercentage, visible.loonwaardePercentage),
    jobcoachHours,
    jobcoachHoursUnit: jobcoachHours === null ? null : values.jobcoachHoursUnit,
  };
}
