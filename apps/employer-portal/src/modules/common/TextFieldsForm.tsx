import { Button, ButtonGroup, Textbox } from '@utrecht/component-library-react';
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  fieldErrorsFrom,
  firstInvalid,
  type FormError,
  summaryItems,
} from '@werkbrug/ui';
import { useEffect, useState, type FormEvent } from 'react';

export interface TextFieldSpec<Key extends string> {
  key: Key;
  label: string;
  description?: string;
  /** Shown as "(niet verplicht)" after the label. */
  optional?: boolean;
  autoComplete?: string;
  type?: 'text' | 'email' | 'tel';
}

export interface TextFieldsFormProps<Key extends string> {
  /** Unique on the page: the inputs' ids are `<idPrefix>-<key>`. */
  idPrefix: string;
  /** A constant: the order of the fields, the summary and the focus. */
  fields: readonly TextFieldSpec<Key>[];
  initialValues: Record<Key, string>;
  validate(values: Record<Key, string>): FieldErrors<Key>;
  /** A constant mapping the API's field paths (e.g. `input.postcode`) onto this form's keys. */
  keyOf(path: string): Key | null;
  onSubmit(values: Record<Key, string>): Promise<void> | void;
  onCancel?(): void;
  submitLabel: string;
  busy?: boolean;
  /** The API's answer to the last attempt. */
  error?: FormError | null;
  /** Start in the first field: for a form that opened after a button was pressed. */
  focusOnMount?: boolean;
}

/**
 * A small form of text fields (a location, a contact): checks before sending, shows the API's
 * field errors at their fields, and keeps what was typed whatever the outcome.
 */
export function TextFieldsForm<Key extends string>({
  idPrefix,
  fields,
  initialValues,
  validate,
  keyOf,
  onSubmit,
  onCancel,
  submitLabel,
  busy = false,
  error = null,
  focusOnMount = false,
}: TextFieldsFormProps<Key>) {
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors<Key>>({});
  const [attempt, setAttempt] = useState(0);
  const order = fields.map((field) => field.key);
  const idOf = (key: Key) => `${idPrefix}-${key}`;
  const serverErrors = error ? fieldErrorsFrom(error.fields, keyOf) : {};
  const errors: FieldErrors<Key> = { ...serverErrors, ...clientErrors };
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const message = hasClientErrors ? 'Het formulier is niet goed ingevuld.' : error?.message;

  useEffect(() => {
    if (focusOnMount) document.getElementById(`${idPrefix}-${fields[0].key}`)?.focus();
  }, [focusOnMount, idPrefix, fields]);

  // After the API refused, start at the first field it named (fields and keyOf are constants).
  useEffect(() => {
    if (!error) return;
    const named = fieldErrorsFrom(error.fields, keyOf);
    const key = fields.find((field) => named[field.key])?.key;
    if (key) document.getElementById(`${idPrefix}-${key}`)?.focus();
  }, [error, fields, keyOf, idPrefix]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found = validate(values);
    setClientErrors(found);
    setAttempt((n) => n + 1);
    const invalid = firstInvalid(order, found);
    if (invalid) {
      document.getElementById(idOf(invalid))?.focus();
      return;
    }
    await onSubmit(values);
  }

  return (
    <form className="werkbrug-form" noValidate onSubmit={handleSubmit}>
      {message && (
        <ErrorSummary key={attempt} message={message} items={summaryItems(order, errors, idOf)} />
      )}
      {fields.map((field) => (
        <Field
          key={field.key}
          id={idOf(field.key)}
          label={field.optional ? `${field.label} (niet verplicht)` : field.label}
          description={field.description}
          error={errors[field.key]}
        >
          {(control) => (
            <Textbox
              {...control}
              name={field.key}
              type={field.type ?? 'text'}
              autoComplete={field.autoComplete}
              required={!field.optional}
              value={values[field.key]}
              onChange={(event) => {
                const value = event.target.value;
                setValues((current) => ({ ...current, [field.key]: value }));
              }}
            />
          )}
        </Field>
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
