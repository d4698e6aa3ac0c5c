import { CombinedGraphQLErrors } from '@apollo/client';
import type { ErrorSummaryItem } from './ErrorSummary.js';

/** One field the API refused: its path in the operation's arguments (e.g. `input.hoursMin`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** What a form shows after the API refused a mutation. */
export interface FormError {
  /** `extensions.code`, or null when the API could not be reached or answered oddly. */
  code: string | null;
  message: string;
  /** Per-field problems, in the order the API gave them; empty when none were named. */
  fields: FieldProblem[];
}

const UNAVAILABLE = 'Opslaan is nu niet gelukt. Probeer het over een paar minuten opnieuw.';
const INVALID_INPUT = 'Het formulier is niet goed ingevuld.';

function fieldProblemsFrom(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((problem: { field?: unknown; message?: unknown }) =>
    typeof problem?.field === 'string' && typeof problem.message === 'string'
      ? [{ path: problem.field, message: problem.message }]
      : [],
  );
}

/**
 * Turns a mutation's error into Dutch text and per-field problems. The API's own (Dutch) message
 * wins; without one (network trouble, an unexpected answer) a calm fallback is shown.
 */
export function formErrorFrom(error: unknown, fallback = UNAVAILABLE): FormError {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) {
    return { code: null, message: fallback, fields: [] };
  }
  const [first] = error.errors;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
  const fields = error.errors.flatMap((each) => fieldProblemsFrom(each.extensions?.fields));
  if (code === 'BAD_USER_INPUT') {
    return {
      code,
      message: fields.length > 0 ? INVALID_INPUT : first.message || INVALID_INPUT,
      fields,
    };
  }
  // Every coded message is Dutch and fit for users; an unexpected error's carries a correlation id.
  return { code, message: (code !== null && first.message) || fallback, fields };
}

/**
 * Maps the API's field paths onto a form's own field keys; paths the form does not know are
 * dropped (the summary message still says something went wrong). The first message per key wins.
 */
export function fieldErrorsFrom<Key extends string>(
  problems: readonly FieldProblem[],
  keyOf: (path: string) => Key | null,
): Partial<Record<Key, string>> {
  const errors: Partial<Record<Key, string>> = {};
  for (const { path, message } of problems) {
    const key = keyOf(path);
    if (key !== null && errors[key] === undefined) errors[key] = message;
  }
  return errors;
}

/** A form's messages by its own field keys. */
export type FieldErrors<Key extends string> = Partial<Record<Key, string>>;

/** `input.postcode` → `postcode` when the form has such a field, else null (for `fieldErrorsFrom`). */
export function inputFieldKey<Key extends string>(fields: readonly Key[]) {
  return (path: string): Key | null => {
    const name = path.replace(/^input\./, '');
    return (fields as readonly string[]).includes(name) ? (name as Key) : null;
  };
}

/** The errors in the order of the form's fields, each linking to its input (for `ErrorSummary`). */
export function summaryItems<Key extends string>(
  order: readonly Key[],
  errors: FieldErrors<Key>,
  idOf: (key: Key) => string,
): ErrorSummaryItem[] {
  return order.flatMap((key) => {
    const message = errors[key];
    return message ? [{ fieldId: idOf(key), message }] : [];
  });
}

/** The first field with an error, to move the focus to. */
export function firstInvalid<Key extends string>(
  order: readonly Key[],
  errors: FieldErrors<Key>,
): Key | undefined {
  return order.find((key) => errors[key]);
}
