import {
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FieldGroup } from './Field.js';

export interface RadioOption<Value extends string> {
  value: Value;
  label: ReactNode;
  description?: ReactNode;
}

export interface RadioGroupProps<Value extends string> {
  /** The first option's input gets this id, so an error summary can move the focus there. */
  id: string;
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: readonly RadioOption<Value>[];
  value: Value | '';
  onChange(value: Value): void;
}

/** A fieldset of radio buttons, each option optionally with a line that explains it. */
export function RadioGroup<Value extends string>({
  id,
  name,
  legend,
  description,
  error,
  options,
  value,
  onChange,
}: RadioGroupProps<Value>) {
  return (
    <FieldGroup id={`${id}-group`} legend={legend} description={description} error={error}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const descriptionId = `${optionId}-description`;
        return (
          <FormField
            key={option.value}
            type="radio"
            label={
              <FormLabel htmlFor={optionId} type="radio" checked={value === option.value}>
                {option.label}
              </FormLabel>
            }
            description={
              option.description && (
                <FormFieldDescription id={descriptionId}>{option.description}</FormFieldDescription>
              )
            }
            input={
              <RadioButton
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                invalid={Boolean(error)}
                aria-describedby={option.description ? descriptionId : undefined}
                onChange={() => onChange(option.value)}
              />
            }
          />
        );
      })}
    </FieldGroup>
  );
}
