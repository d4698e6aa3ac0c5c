import {
  isIsoDate,
  isValidBsn,
  isValidKvkNumber,
  isValidPostcode,
  isValidWeeklyHours,
} from '@werkbrug/domain-rules';
import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { badInput } from '../errors/domain-error.js';

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

export const IsWeeklyHours = rule(
  'isWeeklyHours',
  (value) => typeof value === 'number' && isValidWeeklyHours(value),
  'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
);

export const IsIsoDate = rule(
  'isIsoDate',
  (value) => typeof value === 'string' && isIsoDate(value),
  'Vul een geldige datum in (JJJJ-MM-DD).',
);

/** Optional in an update, but not to be cleared: null is refused like a missing value. */
export const IfGiven = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** class-transformer: trims strings, leaves other values alone. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/**
 * Update inputs are partial: a field may be left out, but a required field may not be cleared.
 * Returns BAD_USER_INPUT for every listed field that is explicitly null.
 */
export function assertNotCleared<T extends object>(
  input: T,
  fields: readonly (keyof T & string)[],
  prefix = 'input',
): void {
  const cleared = fields.filter((field) => input[field] === null);
  if (cleared.length)
    throw badInput(
      cleared.map((field) => ({
        field: `${prefix}.${field}`,
        message: 'Dit veld mag niet leeg zijn.',
      })),
    );
}
