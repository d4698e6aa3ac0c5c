import { registerDecorator, type ValidationOptions } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes any length, but an upper bound keeps hashing cheap for abusive input. */
export const PASSWORD_MAX_LENGTH = 200;
export const PASSWORD_RULE = `Kies een wachtwoord van ${PASSWORD_MIN_LENGTH} tot ${PASSWORD_MAX_LENGTH} tekens, met letters én cijfers.`;

/** At least 12 characters, with at least one letter and one digit (any script). */
export function isAcceptablePassword(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const length = [...value].length;
  return (
    length >= PASSWORD_MIN_LENGTH &&
    length <= PASSWORD_MAX_LENGTH &&
    /\p{L}/u.test(value) &&
    /\p{Nd}/u.test(value)
  );
}

export function IsAcceptablePassword(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName,
      options: { message: PASSWORD_RULE, ...options },
      validator: { validate: (value: unknown) => isAcceptablePassword(value) },
    });
}
