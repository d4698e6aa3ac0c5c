import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import {
  fieldErrorsFrom,
  firstInvalid,
  formErrorFrom,
  inputFieldKey,
  summaryItems,
} from './formError.js';

function graphQLError(...errors: GraphQLFormattedError[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe(formErrorFrom.name, () => {
  it('lists the fields of a BAD_USER_INPUT error with the general Dutch message', () => {
    const error = graphQLError({
      message: 'De invoer is niet geldig.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.hoursMin', message: 'Het aantal uren is 1 tot en met 40.' },
          { field: 'input.competences.0.minLevel', message: 'Het niveau is 1 tot en met 5.' },
        ],
      },
    });

    expect(formErrorFrom(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Het formulier is niet goed ingevuld.',
      fields: [
        { path: 'input.hoursMin', message: 'Het aantal uren is 1 tot en met 40.' },
        { path: 'input.competences.0.minLevel', message: 'Het niveau is 1 tot en met 5.' },
      ],
    });
  });

  it('keeps the message of a BAD_USER_INPUT error that names no field', () => {
    const error = graphQLError({
      message: 'Dit verwijst naar iets dat niet (meer) bestaat.',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    expect(formErrorFrom(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Dit verwijst naar iets dat niet (meer) bestaat.',
      fields: [],
    });
  });

  it.each(['CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR'])(
    'shows the server message of a %s error',
    (code) => {
      const error = graphQLError({
        message: 'Deze vacature is gearchiveerd.',
        extensions: { code },
      });

      expect(formErrorFrom(error).message).toBe('Deze vacature is gearchiveerd.');
    },
  );

  it('skips field entries that are not a path and a message', () => {
    const error = graphQLError({
      message: 'x',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 3 }, 'input.title', null] },
    });

    expect(formErrorFrom(error).fields).toEqual([]);
  });

  it.each([
    ['a network failure', new Error('Failed to fetch')],
    ['an error without a code', graphQLError({ message: 'Cannot query field "x"' })],
  ])('falls back to calm Dutch text after %s', (_case, error) => {
    expect(formErrorFrom(error)).toEqual({
      code: null,
      message: 'Opslaan is nu niet gelukt. Probeer het over een paar minuten opnieuw.',
      fields: [],
    });
  });

  it('uses the fallback it is given', () => {
    expect(formErrorFrom(new Error('offline'), 'Laden is niet gelukt.').message).toBe(
      'Laden is niet gelukt.',
    );
  });
});

describe(fieldErrorsFrom.name, () => {
  const keyOf = (path: string) => {
    const name = path.replace(/^input\./, '');
    return name === 'title' || name === 'hoursMin' ? name : null;
  };

  it('puts each message under the form key of its path, the first one winning', () => {
    const errors = fieldErrorsFrom(
      [
        { path: 'input.title', message: 'Geef de vacature een titel.' },
        { path: 'input.title', message: 'Hoogstens 160 tekens.' },
        { path: 'input.hoursMin', message: 'Te weinig uren.' },
      ],
      keyOf,
    );

    expect(errors).toEqual({ title: 'Geef de vacature een titel.', hoursMin: 'Te weinig uren.' });
  });

  it('drops paths the form does not know', () => {
    expect(fieldErrorsFrom([{ path: 'input.employerId', message: 'Onbekend.' }], keyOf)).toEqual(
      {},
    );
  });
});

describe(inputFieldKey.name, () => {
  it('strips the input prefix of the fields the form has, and knows no others', () => {
    const keyOf = inputFieldKey(['postcode', 'city'] as const);

    expect(keyOf('input.postcode')).toBe('postcode');
    expect(keyOf('city')).toBe('city');
    expect(keyOf('input.employerId')).toBeNull();
  });
});

describe(summaryItems.name, () => {
  it("lists the errors in the form's order, each linking to its input", () => {
    const items = summaryItems(
      ['title', 'hours', 'kind'] as const,
      { kind: 'Kies een soort.', title: 'Geef een titel.' },
      (key) => `vacancy-${key}`,
    );

    expect(items).toEqual([
      { fieldId: 'vacancy-title', message: 'Geef een titel.' },
      { fieldId: 'vacancy-kind', message: 'Kies een soort.' },
    ]);
  });
});

describe(firstInvalid.name, () => {
  it("finds the first field with an error in the form's order", () => {
    expect(firstInvalid(['title', 'hours', 'kind'] as const, { kind: 'x', hours: 'y' })).toBe(
      'hours',
    );
    expect(firstInvalid(['title'] as const, {})).toBeUndefined();
  });
});
