export interface LoginValues {
  email: string;
  password: string;
}

export type LoginField = keyof LoginValues;
export type LoginFieldErrors = Partial<Record<LoginField, string>>;

// Deliberately loose: the server decides whether the account exists.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateLogin(values: LoginValues): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  const email = values.email.trim();
  if (email === '') errors.email = 'Vul uw e-mailadres in.';
  else if (!EMAIL_PATTERN.test(email))
    errors.email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.';
  if (values.password === '') errors.password = 'Vul uw wachtwoord in.';
  return errors;
}
