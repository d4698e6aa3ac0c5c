import { CombinedGraphQLErrors } from '@apollo/client';

/** Codes whose message the API writes for users, in Dutch. */
const USER_FACING_CODES = new Set([
  'BAD_USER_INPUT',
  'CONFLICT',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
]);

const UNREACHABLE = 'Werkbrug is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.';

/** The `extensions.code` of the first GraphQL error, e.g. FORBIDDEN; null for network trouble. */
export function errorCodeOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** Whether the API wrote the message of errors with this code for users (in Dutch). */
export function isUserFacingCode(code: string | null): code is string {
  return code !== null && USER_FACING_CODES.has(code);
}

/**
 * Whether a query failed because the thing does not exist or is not the user's: unknown, in
 * another region or organisation, or a malformed id in the address.
 */
export function isNotFound(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT';
}

/** Dutch text for a query that could not be loaded; the API's own (Dutch) message wins. */
export function loadErrorMessage(error: unknown): string {
  if (!CombinedGraphQLErrors.is(error)) return UNREACHABLE;
  const code = errorCodeOf(error);
  const message = error.errors[0]?.message;
  return isUserFacingCode(code) && message
    ? message
    : 'Deze gegevens kunnen nu niet worden getoond. Probeer het opnieuw.';
}
