import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { loginErrorFrom } from './loginError.js';

function graphQLError(...errors: GraphQLFormattedError[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe(loginErrorFrom.name, () => {
  it.each([
    ['UNAUTHENTICATED', 'E-mailadres of wachtwoord is onjuist.'],
    ['FORBIDDEN', 'Dit account hoort bij het WSP-portaal.'],
    ['TOO_MANY_REQUESTS', 'Te veel pogingen. Probeer het over 10 minuten opnieuw.'],
  ])('shows the server message for %s', (code, message) => {
    expect(loginErrorFrom(graphQLError({ message, extensions: { code } }))).toEqual({ message });
  });

  it.each([
    ['UNAUTHENTICATED', 'E-mailadres of wachtwoord is onjuist.'],
    ['FORBIDDEN', 'Met dit account kunt u niet inloggen op dit portaal.'],
  ])('falls back to Dutch text for %s without a message', (code, message) => {
    expect(loginErrorFrom(graphQLError({ message: '', extensions: { code } }))).toEqual({
      message,
    });
  });

  it('puts BAD_USER_INPUT field messages with their fields', () => {
    const error = graphQLError({
      message: 'Ongeldige invoer.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.email', message: 'Dit is geen e-mailadres.' },
          { field: 'password', message: 'Het wachtwoord is te lang.' },
          { field: 'input.portal', message: 'Onbekend portaal.' },
        ],
      },
    });

    expect(loginErrorFrom(error)).toEqual({
      message: 'Het formulier is niet goed ingevuld.',
      fields: { email: 'Dit is geen e-mailadres.', password: 'Het wachtwoord is te lang.' },
    });
  });

  it('shows the server message for BAD_USER_INPUT without login fields', () => {
    const error = graphQLError({
      message: 'Ongeldige invoer.',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    expect(loginErrorFrom(error)).toEqual({ message: 'Ongeldige invoer.' });
  });

  it('does not show messages of unexpected errors, which need not be Dutch or safe', () => {
    const error = graphQLError({
      message: 'Internal server error (ref 1234)',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });

    expect(loginErrorFrom(error)).toEqual({
      message: 'Inloggen is nu niet gelukt. Probeer het over een paar minuten opnieuw.',
    });
  });

  it('says login is unavailable when the server cannot be reached', () => {
    expect(loginErrorFrom(new TypeError('Failed to fetch')).message).toBe(
      'Inloggen is nu niet gelukt. Probeer het over een paar minuten opnieuw.',
    );
  });
});
