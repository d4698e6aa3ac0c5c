import { CombinedGraphQLErrors } from '@apollo/client';
import type { LoginField, LoginFieldErrors } from './validateLogin.js';

/** What the login form shows after the server refused a login. */
export interface LoginError {
  message: string;
  fields?: LoginFieldErrors;
}

const FALLBACK_MESSAGES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'E-mailadres of wachtwoord is onjuist.',
  FORBIDDEN: 'Met dit account kunt u niet inloggen op dit portaal.',
  TOO_MANY_REQUESTS: 'Te veel pogingen om in te loggen. Wacht even en probeer het dan opnieuw.',
};

const UNAVAILABLE = 'Inloggen is nu niet gelukt. Probeer het over een paar minuten opnieuw.';
const INVALID_INPUT = 'Het formulier is niet goed ingevuld.';

interface FieldProblem {
  field?: unknown;
  message?: unknown;
}

function loginField(path: unknown): LoginField | undefined {
  if (typeof path !== 'string') return undefined;
  const name = path.split('.').at(-1);
  return name === 'email' || name === 'password' ? name : undefined;
}

function fieldErrorsFrom(problems: unknown): LoginFieldErrors {
  const fields: LoginFieldErrors = {};
  if (!Array.isArray(problems)) return fields;
  for (const problem of problems as FieldProblem[]) {
    const field = loginField(problem.field);
    if (field && typeof problem.message === 'string' && !fields[field])
      fields[field] = problem.message;
  }
  return fields;
}

/** Turns the login mutation's error into Dutch text; the server's own (Dutch) message wins. */
export function loginErrorFrom(error: unknown): LoginError {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0)
    return { message: UNAVAILABLE };
  const [first] = error.errors;
  const code = first.extensions?.code;
  if (code === 'BAD_USER_INPUT') {
    const fields = fieldErrorsFrom(first.extensions?.fields);
    return Object.keys(fields).length > 0
      ? { message: INVALID_INPUT, fields }
      : { message: first.message || INVALID_INPUT };
  }
  if (typeof code === 'string' && code in FALLBACK_MESSAGES) {
    return { message: first.message || FALLBACK_MESSAGES[code] };
  }
  return { message: UNAVAILABLE };
}
