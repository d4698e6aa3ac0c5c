import { isValidPostcode, normalisePostcode } from '@werkbrug/domain-rules';
import type { FieldErrors } from '@werkbrug/ui';

export interface LocationValues {
  name: string;
  street: string;
  postcode: string;
  city: string;
}

export type LocationField = keyof LocationValues;
export const LOCATION_FIELDS: readonly LocationField[] = ['name', 'street', 'postcode', 'city'];

export const EMPTY_LOCATION: LocationValues = { name: '', street: '', postcode: '', city: '' };

/** The same checks as the API, so most mistakes are shown before anything is sent. */
export function validateLocation(values: LocationValues): FieldErrors<LocationField> {
  const errors: FieldErrors<LocationField> = {};
  if (values.name.trim() === '') errors.name = 'Vul de naam van de vestiging in.';
  if (values.postcode.trim() === '') errors.postcode = 'Vul de postcode in.';
  else if (!isValidPostcode(values.postcode)) {
    errors.postcode = 'Vul een geldige postcode in, zoals 1211 AB.';
  }
  if (values.city.trim() === '') errors.city = 'Vul de plaats in.';
  return errors;
}

/** What the API receives: trimmed, the postcode as 1211 AB, an empty street as null. */
export function toLocationInput(values: LocationValues) {
  return {
    name: values.name.trim(),
    street: values.street.trim() === '' ? null : values.street.trim(),
    postcode: normalisePostcode(values.postcode) ?? values.postcode.trim(),
    city: values.city.trim(),
  };
}
