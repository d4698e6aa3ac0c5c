import { jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { CreatePlacementInput } from '../../../gql/graphql.js';
import type { ActionError } from '../../common/errors.js';
import { PlacementForm } from './PlacementForm.js';

const origin = { introductionId: 'i-1', jobSeekerId: 'j-1', employerId: 'e-1', vacancyId: 'v-1' };

function renderForm(
  onSubmit = jest
    .fn<(input: CreatePlacementInput) => Promise<ActionError | null>>()
    .mockResolvedValue(null),
) {
  render(
    <PlacementForm
      origin={origin}
      suggestedHours={28}
      saving={false}
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

describe(PlacementForm.name, () => {
  it('starts with the hours of the vacancy', () => {
    renderForm();

    expect(screen.getByLabelText('Uren per week')).toHaveValue('28');
  });

  it('registers the placement with its origin', async () => {
    const { user, onSubmit } = renderForm();

    await user.selectOptions(screen.getByLabelText('Soort contract'), 'Tijdelijk contract');
    await user.type(screen.getByLabelText('Eerste werkdag'), '2026-12-01');
    await user.clear(screen.getByLabelText('Uren per week'));
    await user.type(screen.getByLabelText('Uren per week'), '25,5');
    await user.type(screen.getByLabelText('Bruto uurloon in euro'), '14,40');
    await user.click(screen.getByRole('checkbox', { name: /^Loonkostensubsidie/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Jobcoach' }));
    await user.type(screen.getByLabelText('Loonwaarde in procent'), '60');
    await user.type(screen.getByLabelText('Jobcoachuren'), '8');
    await user.selectOptions(screen.getByLabelText('Jobcoachuren per'), 'maand');
    await user.click(screen.getByRole('button', { name: 'Plaatsing registreren' }));

    expect(onSubmit).toHaveBeenCalledWith({
      ...origin,
      arrangement: 'REGULAR',
      arrangementExtended: false,
      contractType: 'FIXED_TERM',
      startDate: '2026-12-01',
      endDate: null,
      hoursPerWeek: 25.5,
      hourlyWage: 14.4,
      instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'],
      loonwaardePercentage: 60,
      jobcoachHours: 8,
      jobcoachHoursUnit: 'MONTH',
    });
  });

  it('offers proefplaatsing and behoud van uitkering as the arrangement, not as instruments', async () => {
    const { user, onSubmit } = renderForm();

    const instruments = within(screen.getByRole('group', { name: 'Instrumenten' }));
    expect(instruments.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual([
      'LOONKOSTENSUBSIDIE',
      'NO_RISK_POLIS',
      'JOBCOACH',
      'WERKPLEKAANPASSING',
    ]);
    await user.click(screen.getByRole('radio', { name: /^Proefplaatsing/ }));
    await user.selectOptions(screen.getByLabelText('Soort contract'), 'Proefplaatsing');
    await user.type(screen.getByLabelText('Eerste werkdag'), '2026-12-01');
    await user.type(screen.getByLabelText(/^Laatste werkdag/), '2027-01-31');
    await user.click(screen.getByRole('button', { name: 'Plaatsing registreren' }));

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ arrangement: 'TRIAL_PLACEMENT', instruments: [] }),
    );
  });

  it('checks the fields first and leads to the first error', async () => {
    const { user, onSubmit } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Plaatsing registreren' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Soort contract: Kies het soort contract.',
      'Eerste werkdag: Vul de eerste werkdag in.',
    ]);
    expect(screen.getByLabelText('Soort contract')).toHaveFocus();
  });

  it('shows the limit of a trial placement, with its only contract and no wage', async () => {
    const { user } = renderForm();

    await user.click(screen.getByRole('radio', { name: 'Proefplaatsing' }));
    await user.type(screen.getByLabelText('Eerste werkdag'), '2026-12-01');

    expect(screen.getByLabelText('Soort contract')).toHaveDisplayValue('Proefplaatsing');
    expect(screen.queryByLabelText('Bruto uurloon in euro')).not.toBeInTheDocument();
    expect(screen.getByText(/Een proefplaatsing duurt hoogstens 2 maanden/)).toHaveTextContent(
      'tot en met 31 januari 2027',
    );
  });

  it('offers the extension only for werken met behoud van uitkering', async () => {
    const { user } = renderForm();

    expect(screen.queryByLabelText('Eenmalig verlengd met 3 maanden')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Werken met behoud van uitkering' }));
    await user.type(screen.getByLabelText('Eerste werkdag'), '2026-12-01');
    await user.click(screen.getByLabelText('Eenmalig verlengd met 3 maanden'));

    expect(screen.getByText(/met de verlenging hoogstens 6 maanden/)).toHaveTextContent(
      'tot en met 31 mei 2027',
    );
  });

  it('puts the API messages at the fields and keeps what was typed', async () => {
    const onSubmit = jest
      .fn<(input: CreatePlacementInput) => Promise<ActionError | null>>()
      .mockResolvedValue({
        message: 'Het formulier is niet goed ingevuld.',
        fields: { endDate: 'De einddatum mag niet voor de begindatum liggen.' },
      });
    const { user } = renderForm(onSubmit);

    await user.selectOptions(screen.getByLabelText('Soort contract'), 'Vast contract');
    await user.type(screen.getByLabelText('Eerste werkdag'), '2026-12-01');
    await user.type(screen.getByLabelText('Bruto uurloon in euro'), '15');
    await user.click(screen.getByRole('button', { name: 'Plaatsing registreren' }));

    const endDate = await screen.findByLabelText('Laatste werkdag (niet verplicht)');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Het formulier is niet goed ingevuld.',
    );
    expect(endDate).toHaveAccessibleDescription(
      'Leeg zolang de plaatsing loopt. De einddatum mag niet voor de begindatum liggen.',
    );
    expect(screen.getByLabelText('Eerste werkdag')).toHaveValue('2026-12-01');
  });
});
