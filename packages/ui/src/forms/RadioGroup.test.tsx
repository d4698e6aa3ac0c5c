import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { RadioGroup } from './RadioGroup.js';

const OPTIONS = [
  { value: 'REGULAR', label: 'Regulier', description: 'Een gewone baan.' },
  { value: 'CARVED', label: 'Gecreëerd' },
] as const;

describe(RadioGroup.name, () => {
  it('groups the options under the legend, gives the first one the id and describes options', () => {
    render(
      <RadioGroup
        id="soort"
        name="kind"
        legend="Soort vacature"
        error="Kies een soort vacature."
        options={OPTIONS}
        value=""
        onChange={() => undefined}
      />,
    );

    const group = screen.getByRole('group', { name: 'Soort vacature' });
    expect(group).toHaveAccessibleDescription('Kies een soort vacature.');
    const regular = screen.getByRole('radio', { name: 'Regulier' });
    expect(regular).toHaveAttribute('id', 'soort');
    expect(regular).toHaveAccessibleDescription('Een gewone baan.');
    expect(regular).toBeInvalid();
    expect(screen.getByRole('radio', { name: 'Gecreëerd' })).toHaveAttribute('id', 'soort-CARVED');
  });

  it('checks the current value and reports the chosen one', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(
      <RadioGroup
        id="soort"
        name="kind"
        legend="Soort vacature"
        options={OPTIONS}
        value="REGULAR"
        onChange={onChange}
      />,
    );

    expect(screen.getByRole('radio', { name: 'Regulier' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Gecreëerd' }));

    expect(onChange).toHaveBeenCalledWith('CARVED');
  });
});
