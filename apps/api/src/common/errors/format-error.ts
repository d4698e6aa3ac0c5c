import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error.js';

const logger = new Logger('GraphQLError');

/** Codes Apollo itself produces for malformed operations; their messages hold no server detail. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function fromDatabase(error: QueryFailedError): DomainError | null {
  const code = (error.driverError as { code?: string } | undefined)?.code;
  if (code === '23505') return new DomainError('CONFLICT', 'Dit bestaat al.');
  if (code === '23503')
    return new DomainError('BAD_USER_INPUT', 'Dit verwijst naar iets dat niet (meer) bestaat.');
  if (code === '23514' || code === '22P02' || code === '22003' || code === '23502') {
    return new DomainError('BAD_USER_INPUT', 'De invoer is niet geldig.');
  }
  return null;
}

/**
 * A variable of the wrong type: Apollo's message repeats the value sent (which may be a BSN), so
 * only the path of the field is kept.
 */
function fromVariableCoercion(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const path =
    /at "([^"]+)"/.exec(formatted.message)?.[1] ??
    /Variable "\$(\w+)"/.exec(formatted.message)?.[1];
  const message = 'Een waarde heeft niet het verwachte type of ontbreekt.';
  return {
    message,
    locations: formatted.locations,
    extensions: { code: 'BAD_USER_INPUT', ...(path ? { fields: [{ field: path, message }] } : {}) },
  };
}

/**
 * The one place errors become GraphQL errors. Expected errors keep their code and message;
 * anything else is logged (without query parameters, so no personal data) and returned as a
 * generic error with a correlation id. No SQL, stack trace or host reaches a client.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const domain = original instanceof QueryFailedError ? fromDatabase(original) : original;
  if (domain instanceof DomainError) {
    return {
      message: domain.message,
      path: formatted.path,
      extensions: { code: domain.code, ...(domain.fields.length ? { fields: domain.fields } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT') return fromVariableCoercion(formatted);
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  const correlationId = randomUUID();
  const name = original instanceof Error ? original.name : typeof original;
  const dbCode =
    original instanceof QueryFailedError
      ? (original.driverError as { code?: string }).code
      : undefined;
  logger.error(
    `unexpected error ${correlationId}: ${name}${dbCode ? ` (sqlstate ${dbCode})` : ''} at ${formatted.path?.join('.') ?? '-'}`,
    original instanceof QueryFailedError
      ? undefined
      : original instanceof Error
        ? original.stack
        : undefined,
  );
  return {
    message: `Er ging iets mis aan onze kant. Kenmerk: ${correlationId}`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
  };
}
