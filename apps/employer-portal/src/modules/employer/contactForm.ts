import type { FieldErrors } from '@werkbrug/ui';
import { isEmail, isPhone, optionalText } from '../common/textInput.js';

export interface ContactValues {
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
}

export type ContactField = keyof ContactValues;
export const CONTACT_FIELDS: readonly ContactField[] = ['name', 'jobTitle', 'email', 'phone'];

export const EMPTY_CONTACT: ContactValues = { name: '', jobTitle: '', email: '', phone: '' };

export function validateContact(values: ContactValues): FieldErrors<ContactField> {
  const errors: FieldErrors<ContactField> = {};
  if (values.name.trim() === '') errors.name = 'Vul de naam van de contactpersoon in.';
  const email = values.email.trim();
  if (email !== '' && !isEmail(email)) {
    errors.email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.';
  }
  const phone = values.phone.trim();
  if (phone !== '' && !isPhone(phone)) {
    errors.phone = 'Vul een geldig telefoonnummer in, zoals 035 123 45 67.';
  }
  return errors;
}

export function toContactInput(values: ContactValues) {
  return {
    name: values.name.trim(),
    jobTitle: optionalText(values.jobTitle),
    email: optionalText(values.email),
    phone: optionalText(values.phone),
  };
}
