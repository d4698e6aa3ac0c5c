/** The error codes a client can rely on; each maps to `extensions.code` in GraphQL. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field that failed validation: its path in the operation's arguments and a Dutch message. */
export interface FieldError {
  field: string;
  message: string;
}

/** An expected failure with a typed code and a message fit for users (Dutch). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (fields: FieldError[], message = 'De invoer is niet geldig.') =>
  new DomainError('BAD_USER_INPUT', message, fields);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} is niet gevonden.`);
export const forbidden = (message = 'U heeft geen toegang tot deze gegevens.') =>
  new DomainError('FORBIDDEN', message);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const unauthenticated = (message = 'U bent niet ingelogd.') =>
  new DomainError('UNAUTHENTICATED', message);
