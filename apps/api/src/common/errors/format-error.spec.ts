import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { badInput, DomainError } from './domain-error.js';
import { formatGraphQLError } from './format-error.js';

const resolverError = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['field'] });

const formatted = (error: GraphQLError) =>
  formatGraphQLError(
    {
      message: error.message,
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] },
    },
    error,
  );

describe(formatGraphQLError.name, () => {
  it("keeps a DomainError's code, message and field paths", () => {
    const result = formatted(
      resolverError(
        badInput([{ field: 'input.kvkNumber', message: 'Een KvK-nummer bestaat uit 8 cijfers.' }]),
      ),
    );
    expect(result).toEqual({
      message: 'De invoer is niet geldig.',
      path: ['field'],
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.kvkNumber', message: 'Een KvK-nummer bestaat uit 8 cijfers.' }],
      },
    });
  });

  it.each([
    ['23505', 'CONFLICT'],
    ['23503', 'BAD_USER_INPUT'],
    ['23514', 'BAD_USER_INPUT'],
  ])('maps database error %s to %s without SQL or values', (sqlstate, code) => {
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "job_seeker_bsn_key"'),
      {
        code: sqlstate,
        detail: 'Key (bsn)=(123456782) already exists.',
      },
    );
    const result = formatted(
      resolverError(new QueryFailedError('INSERT INTO job_seeker …', ['123456782'], driverError)),
    );
    expect(result.extensions?.code).toBe(code);
    expect(JSON.stringify(result)).not.toMatch(/INSERT|123456782|job_seeker/);
  });

  it('hides unexpected errors behind a generic message with a correlation id', () => {
    const result = formatted(resolverError(new Error('connect ECONNREFUSED 10.0.0.5:5432')));
    expect(result.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.message).toMatch(/^Er ging iets mis aan onze kant\. Kenmerk: [0-9a-f-]{36}$/);
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|10\.0\.0\.5|stacktrace|secret\.ts/);
  });

  it("passes Apollo's own client errors through without a stack trace", () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const result = formatGraphQLError(
      {
        message: error.message,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] },
      },
      error,
    );
    expect(result).toEqual({
      message: error.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('does not echo the value of a wrongly typed variable', () => {
    const message =
      'Variable "$input" got invalid value 123456782 at "input.bsn"; String cannot represent a non string value: 123456782';
    const result = formatGraphQLError(
      { message, extensions: { code: 'BAD_USER_INPUT' } },
      new GraphQLError(message),
    );
    expect(JSON.stringify(result)).not.toContain('123456782');
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.bsn', message: expect.any(String) }],
    });
  });

  it('is exhaustive over DomainError codes', () => {
    for (const code of [
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'FORBIDDEN',
      'CONFLICT',
      'UNAUTHENTICATED',
      'TOO_MANY_REQUESTS',
    ] as const) {
      expect(formatted(resolverError(new DomainError(code, 'x'))).extensions?.code).toBe(code);
    }
  });
});
