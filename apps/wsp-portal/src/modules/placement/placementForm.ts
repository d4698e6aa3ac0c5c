import { addDays, addMonths, isIsoDate } from '@werkbrug/domain-rules';
import type { ContractType, CreatePlacementInput, PlacementInstrument } from '../../gql/graphql.js';
import { formatDate } from '../common/dates.js';
import { parseNumber } from '../common/format.js';

export interface PlacementValues {
  contractType: ContractType | '';
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  instruments: PlacementInstrument[];
}

export type PlacementField = keyof PlacementValues;
export type PlacementErrors = Partial<Record<PlacementField, string>>;

export const PLACEMENT_FIELD_ORDER: readonly PlacementField[] = [
  'contractType',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'instruments',
];

export function validatePlacement(values: PlacementValues): PlacementErrors {
  const errors: PlacementErrors = {};
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
  return errors;
}

/** Limits the law sets, shown before saving so nobody runs into them unaware. */
export function placementWarnings(values: PlacementValues): string[] {
  const warnings: string[] = [];
  if (!isIsoDate(values.startDate)) return warnings;
  const lastDay = (months: number) => addDays(addMonths(values.startDate, months), -1);
  const beyond = (months: number) => values.endDate === '' || values.endDate > lastDay(months);
  const trial =
    values.contractType === 'TRIAL_PLACEMENT' || values.instruments.includes('PROEFPLAATSING');
  if (trial && beyond(2)) {
    warnings.push(
      `Een proefplaatsing duurt hoogstens 2 maanden, hier tot en met ${formatDate(lastDay(2))}. Vul een einddatum in die daar niet na ligt.`,
    );
  }
  if (values.instruments.includes('BEHOUD_VAN_UITKERING') && beyond(6)) {
    warnings.push(
      'Werken met behoud van uitkering kan hoogstens 3 maanden, met één verlenging van 3 maanden.',
    );
  }
  return warnings;
}

export function createInputFrom(
  values: PlacementValues,
  origin: { introductionId: string; jobSeekerId: string; employerId: string; vacancyId: string },
): CreatePlacementInput {
  return {
    ...origin,
    contractType: values.contractType as ContractType,
    startDate: values.startDate,
    endDate: values.endDate || null,
    hoursPerWeek: parseNumber(values.hoursPerWeek),
    instruments: values.instruments,
  };
}
