import { CombinedGraphQLErrors } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { actionErrorFrom } from './errors.js';

function graphQLErrors(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({
    errors: [new GraphQLError(message, { extensions }).toJSON()],
  });
}

describe(actionErrorFrom.name, () => {
  it('puts field messages at their field, without the input prefix', () => {
    const error = graphQLErrors('De invoer is niet geldig.', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.hoursAvailable', message: 'Hoogstens 40 uur.' },
        { field: 'competences.2.level', message: 'Een niveau is 1 tot en met 5.' },
      ],
    });

    expect(actionErrorFrom(error)).toEqual({
      message: 'Het formulier is niet goed ingevuld.',
      fields: {
        hoursAvailable: 'Hoogstens 40 uur.',
        'competences.2.level': 'Een niveau is 1 tot en met 5.',
      },
    });
  });

  it('keeps the first message when a field has several', () => {
    const error = graphQLErrors('De invoer is niet geldig.', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.postcode', message: 'Eerste.' },
        { field: 'input.postcode', message: 'Tweede.' },
      ],
    });

    expect(actionErrorFrom(error).fields).toEqual({ postcode: 'Eerste.' });
  });

  it.each([
    ['CONFLICT', 'Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.'],
    ['FORBIDDEN', 'Deze stap in de introductie mag u niet zetten.'],
    ['BAD_USER_INPUT', 'Kies een competentie om op niveau te filteren.'],
  ])('shows the API message of a %s error', (code, message) => {
    expect(actionErrorFrom(graphQLErrors(message, { code }))).toEqual({ message, fields: {} });
  });

  it('does not show the text of an error meant for developers', () => {
    const error = graphQLErrors('Cannot query field "x" on type "Query".', {
      code: 'GRAPHQL_VALIDATION_FAILED',
    });

    expect(actionErrorFrom(error).message).toBe('Dat is niet gelukt. Probeer het opnieuw.');
  });

  it('says Werkbrug cannot be reached on a network error', () => {
    expect(actionErrorFrom(new Error('Failed to fetch')).message).toMatch(
      /^Werkbrug is nu niet bereikbaar/,
    );
  });
});
