// Form fields on the NL Design System with the wiring every field needs: a label, an optional
// description and error message, both referenced by aria-describedby, and aria-invalid.
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface FieldBaseProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
}

function describedBy(id: string, description: ReactNode, error: string | undefined) {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}

function Description({ id, children }: { id: string; children: ReactNode }) {
  return children ? (
    <FormFieldDescription id={`${id}-description`}>{children}</FormFieldDescription>
  ) : null;
}

function ErrorMessage({ id, children }: { id: string; children?: string }) {
  return children ? (
    <FormFieldErrorMessage id={`${id}-error`}>{children}</FormFieldErrorMessage>
  ) : null;
}

export interface TextFieldProps extends FieldBaseProps {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'number' | 'email' | 'tel' | 'date' | 'search';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  autoComplete?: string;
  required?: boolean;
  min?: number;
  max?: number;
  step?: number | 'any';
  /** Width in characters, for short values such as a percentage. */
  size?: number;
}

export function TextField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  type = 'text',
  required,
  ...inputProps
}: TextFieldProps) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={<Description id={id}>{description}</Description>}
      errorMessage={<ErrorMessage id={id}>{error}</ErrorMessage>}
      input={
        <Textbox
          id={id}
          name={id}
          type={type}
          required={required}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...inputProps}
        />
      }
    />
  );
}

export interface TextareaFieldProps extends FieldBaseProps {
  value: string;
  onChange(value: string): void;
  rows?: number;
  maxLength?: number;
}

export function TextareaField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  ...inputProps
}: TextareaFieldProps) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={<Description id={id}>{description}</Description>}
      errorMessage={<ErrorMessage id={id}>{error}</ErrorMessage>}
      input={
        <Textarea
          id={id}
          name={id}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...inputProps}
        />
      }
    />
  );
}

export interface Option<T extends string = string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> extends FieldBaseProps {
  value: T | '';
  onChange(value: T | ''): void;
  options: readonly Option<T>[];
  /** The first option, meaning "no choice", e.g. "Alle gemeenten". */
  emptyLabel?: string;
  disabled?: boolean;
}

export function SelectField<T extends string>({
  id,
  label,
  description,
  error,
  value,
  onChange,
  options,
  emptyLabel,
  disabled,
}: SelectFieldProps<T>) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={<Description id={id}>{description}</Description>}
      errorMessage={<ErrorMessage id={id}>{error}</ErrorMessage>}
      input={
        <Select
          id={id}
          name={id}
          disabled={disabled}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
          value={value}
          onChange={(event) => onChange(event.target.value as T | '')}
        >
          {emptyLabel !== undefined && <SelectOption value="">{emptyLabel}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}

export interface CheckboxFieldProps extends FieldBaseProps {
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxField({
  id,
  label,
  description,
  error,
  checked,
  onChange,
}: CheckboxFieldProps) {
  return (
    <FormField
      type="checkbox"
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          <Checkbox
            id={id}
            name={id}
            invalid={Boolean(error)}
            aria-describedby={describedBy(id, description, error)}
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
          />
          {label}
        </FormLabel>
      }
      description={<Description id={id}>{description}</Description>}
      errorMessage={<ErrorMessage id={id}>{error}</ErrorMessage>}
    />
  );
}

interface ChoiceGroupProps<T extends string> {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: readonly (Option<T> & { description?: ReactNode })[];
}

export interface RadioGroupFieldProps<T extends string> extends ChoiceGroupProps<T> {
  value: T | '';
  onChange(value: T): void;
}

/** One choice out of a few, each with an optional explanation under its label. */
export function RadioGroupField<T extends string>({
  id,
  legend,
  description,
  error,
  options,
  value,
  onChange,
}: RadioGroupFieldProps<T>) {
  return (
    <Fieldset
      id={id}
      invalid={Boolean(error)}
      aria-describedby={describedBy(id, description, error)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      <Description id={id}>{description}</Description>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        return (
          <FormField
            key={option.value}
            type="radio"
            label={
              <FormLabel htmlFor={optionId} type="radio" checked={value === option.value}>
                <RadioButton
                  id={optionId}
                  name={id}
                  value={option.value}
                  invalid={Boolean(error)}
                  aria-describedby={option.description ? `${optionId}-description` : undefined}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                {option.label}
              </FormLabel>
            }
            description={
              option.description ? (
                <FormFieldDescription id={`${optionId}-description`}>
                  {option.description}
                </FormFieldDescription>
              ) : undefined
            }
          />
        );
      })}
    </Fieldset>
  );
}

export interface CheckboxGroupFieldProps<T extends string> extends ChoiceGroupProps<T> {
  values: readonly T[];
  onChange(values: T[]): void;
}

/** Any number of choices out of a few. */
export function CheckboxGroupField<T extends string>({
  id,
  legend,
  description,
  error,
  options,
  values,
  onChange,
}: CheckboxGroupFieldProps<T>) {
  function toggle(value: T, checked: boolean) {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order, whatever order they were ticked in.
    onChange(options.map((option) => option.value).filter((v) => next.includes(v)));
  }
  return (
    <Fieldset
      id={id}
      invalid={Boolean(error)}
      aria-describedby={describedBy(id, description, error)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      <Description id={id}>{description}</Description>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const checked = values.includes(option.value);
        return (
          <FormField
            key={option.value}
            type="checkbox"
            label={
              <FormLabel htmlFor={optionId} type="checkbox" checked={checked}>
                <Checkbox
                  id={optionId}
                  name={id}
                  value={option.value}
                  checked={checked}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                {option.label}
              </FormLabel>
            }
          />
        );
      })}
    </Fieldset>
  );
}
