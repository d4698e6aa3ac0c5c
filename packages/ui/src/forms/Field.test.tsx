import { render, screen } from '@testing-library/react';
import { RadioButton, Textbox } from '@utrecht/component-library-react';
import { Field, FieldGroup } from './Field.js';

describe(Field.name, () => {
  it('labels its input', () => {
    render(
      <Field id="titel" label="Titel">
        {(control) => <Textbox {...control} />}
      </Field>,
    );

    expect(screen.getByLabelText('Titel')).toHaveAttribute('id', 'titel');
  });

  it('describes the input with its description and error, and marks it invalid', () => {
    render(
      <Field id="uren" label="Uren per week" description="1 tot en met 40." error="Te veel uren.">
        {(control) => <Textbox {...control} />}
      </Field>,
    );

    const input = screen.getByLabelText('Uren per week');
    expect(input).toHaveAccessibleDescription('1 tot en met 40. Te veel uren.');
    expect(input).toBeInvalid();
  });

  it('leaves a valid input without aria-invalid or description', () => {
    render(
      <Field id="titel" label="Titel">
        {(control) => <Textbox {...control} />}
      </Field>,
    );

    const input = screen.getByLabelText('Titel');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });
});

describe(FieldGroup.name, () => {
  it('groups its options under the legend and describes the group with its error', () => {
    render(
      <FieldGroup id="soort" legend="Soort vacature" error="Kies een soort vacature.">
        <RadioButton id="soort-regulier" name="soort" aria-label="Regulier" />
      </FieldGroup>,
    );

    const group = screen.getByRole('group', { name: 'Soort vacature' });
    expect(group).toHaveAccessibleDescription('Kies een soort vacature.');
  });
});
