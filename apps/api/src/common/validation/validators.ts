import { isValidBsn, isValidKvkNumber, isValidPostcode } from '@werkbrug/domain-rules';
import { badInput } from '../errors/domain-error.js';
import { registerDecorator, type ValidationOptions } from 'class-validator';

function rule(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

export const IsKvkNumber = rule(
  'isKvkNumber',
  (value) => typeof value === 'string' && isValidKvkNumber(value),
  'Een KvK-nummer bestaat uit 8 cijfers.',
);

export const IsBsn = rule(
  'isBsn',
  (value) => typeof value === 'string' && isValidBsn(value),
  'Dit is geen geldig BSN (elfproef).',
);

export const IsPostcode = rule(
  'isPostcode',
  (value) => typeof value === 'string' && isValidPostcode(value),
  'Vul een geldige postcode in, zoals 1211 AB.',
);

/**
 * Update inputs are partial: a field may be left out, but a required field may not be cleared.
 * Returns BAD_USER_INPUT for every listed field that is explicitly null.
 */
export function assertNotCleared<T extends object>(input: T, fields: readonly (keyof T & string)[], prefix = 'input'): void {
  const cleared = fields.filter((field) => input[field] === null);
  if (cleared.length) throw badInput(cleared.map((field) => ({ field: `${prefix}.${field}`, message: 'Dit veld mag niet leeg zijn.' })));
}
