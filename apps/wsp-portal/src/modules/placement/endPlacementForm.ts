import { isIsoDate } from '@werkbrug/domain-rules';
import type { PlacementEndReason } from '../../gql/graphql.js';

export interface EndPlacementValues {
  endDate: string;
  reason: PlacementEndReason | '';
  note: string;
}

export type EndPlacementField = keyof EndPlacementValues;
export type EndPlacementErrors = Partial<Record<EndPlacementField, string>>;

export const END_PLACEMENT_FIELD_ORDER: readonly EndPlacementField[] = [
  'endDate',
  'reason',
  'note',
];

export function validateEndPlacement(
  values: EndPlacementValues,
  startDate: string,
): EndPlacementErrors {
  const errors: EndPlacementErrors = {};
  if (!isIsoDate(values.endDate)) errors.endDate = 'Vul de laatste werkdag in.';
  else if (values.endDate < startDate)
    errors.endDate = 'De einddatum mag niet voor de begindatum liggen.';
  if (!values.reason) errors.reason = 'Kies een reden.';
  if (values.reason === 'OTHER' && values.note.trim() === '') errors.note = 'Licht de reden toe.';
  if (values.note.length > 1000) errors.note = 'Houd de toelichting onder 1000 tekens.';
  return errors;
}
