import { CombinedGraphQLErrors } from '@apollo/client';
import { errorCodeOf, isUserFacingCode } from '@werkbrug/ui';

/** What a form shows after the server refused a change: a summary and messages per field. */
export interface ActionError {
  message: string;
  /** By field path without the leading `input.`, e.g. `hoursAvailable` or `competences.3.level`. */
  fields: Readonly<Record<string, string>>;
}

const UNREACHABLE = 'Werkbrug is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.';
const INVALID_INPUT = 'Het formulier is niet goed ingevuld.';

interface FieldProblem {
  field?: unknown;
  message?: unknown;
}

function fieldPath(path: string): string {
  return path.startsWith('input.') ? path.slice('input.'.length) : path;
}

function fieldErrorsFrom(problems: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!Array.isArray(problems)) return fields;
  for (const problem of problems as FieldProblem[]) {
    if (typeof problem.field !== 'string' || typeof problem.message !== 'string') continue;
    const path = fieldPath(problem.field);
    fields[path] ??= problem.message;
  }
  return fields;
}

/** Turns a mutation's error into Dutch text; the API's own (Dutch) messages win. */
export function actionErrorFrom(error: unknown): ActionError {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) {
    return { message: UNREACHABLE, fields: {} };
  }
  const [first] = error.errors;
  const code = errorCodeOf(error);
  if (code === 'BAD_USER_INPUT') {
    const fields = fieldErrorsFrom(first.extensions?.fields);
    return {
      message: Object.keys(fields).length > 0 ? INVALID_INPUT : first.message || INVALID_INPUT,
      fields,
    };
  }
  if (isUserFacingCode(code) && first.message) {
    return { message: first.message, fields: {} };
  }
  return { message: 'Dat is niet gelukt. Probeer het opnieuw.', fields: {} };
}
