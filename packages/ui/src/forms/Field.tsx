import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** What a field hands its input: the id its label points at, and its description and error. */
export interface FieldControlProps {
  id: string;
  invalid: boolean;
  'aria-describedby'?: string;
}

export interface FieldProps {
  /** The input's id; error summaries link to it, so it is stable and unique on the page. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  children(control: FieldControlProps): ReactNode;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

/**
 * A labelled input with an optional description and error message, both tied to the input
 * through aria-describedby (WCAG 1.3.1, 3.3.1).
 */
export function Field({ id, label, description, error, children }: FieldProps) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
      }
      input={children({
        id,
        invalid: Boolean(error),
        'aria-describedby': describedBy(description ? descriptionId : false, error && errorId),
      })}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
    />
  );
}

export interface FieldGroupProps {
  /** Used for the ids of the description and error message. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** A fieldset for radio buttons or checkboxes, with its description and error message. */
export function FieldGroup({ id, legend, description, error, children }: FieldGroupProps) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <Fieldset
      id={id}
      invalid={Boolean(error)}
      aria-describedby={describedBy(description ? descriptionId : false, error && errorId)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {children}
    </Fieldset>
  );
}
