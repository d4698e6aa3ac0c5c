import { CombinedGraphQLErrors } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { errorCodeOf, isNotFound, isUserFacingCode, loadErrorMessage } from './errorCode.js';

function graphQLErrors(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({
    errors: [new GraphQLError(message, { extensions }).toJSON()],
  });
}

describe(errorCodeOf.name, () => {
  it('reads the code of the first GraphQL error', () => {
    expect(errorCodeOf(graphQLErrors('Geen toegang.', { code: 'FORBIDDEN' }))).toBe('FORBIDDEN');
  });

  it('has no code for a network error or an error without one', () => {
    expect(errorCodeOf(new Error('Failed to fetch'))).toBeNull();
    expect(errorCodeOf(graphQLErrors('Cannot query field "x"', {}))).toBeNull();
  });
});

describe(isUserFacingCode.name, () => {
  it.each([
    ['CONFLICT', true],
    ['INTERNAL_SERVER_ERROR', true],
    ['GRAPHQL_VALIDATION_FAILED', false],
    [null, false],
  ])('says %s is meant for users: %s', (code, expected) => {
    expect(isUserFacingCode(code)).toBe(expected);
  });
});

describe(isNotFound.name, () => {
  it.each([
    ['NOT_FOUND', true],
    ['FORBIDDEN', true],
    ['BAD_USER_INPUT', true],
    ['CONFLICT', false],
  ])('treats %s as not found: %s', (code, expected) => {
    expect(isNotFound(graphQLErrors('x', { code }))).toBe(expected);
  });

  it('does not treat network trouble as not found', () => {
    expect(isNotFound(new Error('Failed to fetch'))).toBe(false);
  });
});

describe(loadErrorMessage.name, () => {
  it('shows the API message of a known code', () => {
    expect(
      loadErrorMessage(graphQLErrors('Dit dossier is niet gevonden.', { code: 'NOT_FOUND' })),
    ).toBe('Dit dossier is niet gevonden.');
  });

  it('hides the text of an error meant for developers', () => {
    expect(
      loadErrorMessage(
        graphQLErrors('Cannot query field "x".', { code: 'GRAPHQL_VALIDATION_FAILED' }),
      ),
    ).toBe('Deze gegevens kunnen nu niet worden getoond. Probeer het opnieuw.');
  });

  it('says Werkbrug cannot be reached on a network error', () => {
    expect(loadErrorMessage(new Error('Failed to fetch'))).toMatch(
      /^Werkbrug is nu niet bereikbaar/,
    );
  });
});
