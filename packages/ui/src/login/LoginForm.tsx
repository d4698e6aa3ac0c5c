import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Link,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { LoginError } from './loginError.js';
import {
  validateLogin,
  type LoginField,
  type LoginFieldErrors,
  type LoginValues,
} from './validateLogin.js';

export interface LoginFormProps {
  onSubmit(values: LoginValues): Promise<void> | void;
  /** The server's answer to the last attempt. */
  error?: LoginError | null;
  busy?: boolean;
}

const FIELD_ORDER: readonly LoginField[] = ['email', 'password'];

/** E-mail and password with Dutch checks before anything is sent. */
export function LoginForm({ onSubmit, error, busy = false }: LoginFormProps) {
  const id = useId();
  const ids = { email: `${id}-email`, password: `${id}-password` };
  const inputs = {
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };
  const [values, setValues] = useState<LoginValues>({ email: '', password: '' });
  const [clientErrors, setClientErrors] = useState<LoginFieldErrors>({});
  // A new key per attempt re-announces an alert whose text did not change.
  const [attempt, setAttempt] = useState(0);

  const fieldErrors: LoginFieldErrors = { ...error?.fields, ...clientErrors };
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const summary = hasClientErrors ? 'Het formulier is niet goed ingevuld.' : error?.message;
  const listedErrors = FIELD_ORDER.filter((field) => fieldErrors[field]);

  function focusField(field: LoginField) {
    inputs[field].current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors = validateLogin(values);
    setClientErrors(errors);
    setAttempt((n) => n + 1);
    const firstInvalid = FIELD_ORDER.find((field) => errors[field]);
    if (firstInvalid) {
      focusField(firstInvalid);
      return;
    }
    await onSubmit({ email: values.email.trim(), password: values.password });
  }

  function renderField(field: LoginField, label: string, type: string, autoComplete: string) {
    const message = fieldErrors[field];
    const errorId = `${ids[field]}-error`;
    return (
      <FormField
        invalid={Boolean(message)}
        label={<FormLabel htmlFor={ids[field]}>{label}</FormLabel>}
        input={
          <Textbox
            ref={inputs[field]}
            id={ids[field]}
            name={field}
            type={type}
            autoComplete={autoComplete}
            required
            invalid={Boolean(message)}
            aria-describedby={message ? errorId : undefined}
            value={values[field]}
            onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
          />
        }
        errorMessage={
          message && <FormFieldErrorMessage id={errorId}>{message}</FormFieldErrorMessage>
        }
      />
    );
  }

  return (
    <form className="werkbrug-login-form" noValidate onSubmit={handleSubmit}>
      {summary && (
        <Alert key={attempt} type="error">
          <Paragraph>{summary}</Paragraph>
          {listedErrors.length > 0 && (
            <UnorderedList>
              {listedErrors.map((field) => (
                <UnorderedListItem key={field}>
                  <Link
                    href={`#${ids[field]}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(field);
                    }}
                  >
                    {fieldErrors[field]}
                  </Link>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </Alert>
      )}
      {renderField('email', 'E-mailadres', 'email', 'username')}
      {renderField('password', 'Wachtwoord', 'password', 'current-password')}
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {busy ? 'Bezig met inloggen…' : 'Inloggen'}
      </Button>
    </form>
  );
}
