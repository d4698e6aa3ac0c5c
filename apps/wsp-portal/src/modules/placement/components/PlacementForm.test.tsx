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
    await user.click(screen.getByRole('checkbox', { name: /^Loonkostensubsidie/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Jobcoach' }));
    await user.click(screen.getByRole('button', { name: 'Plaatsing registreren' }));

    expect(onSubmit).toHaveBeenCalledWith({
      ...origin,
      contractType: 'FIXED_TERM',
      startDate: '2026-12-01',
      endDate: null,
      hoursPerWeek: 25.5,
      instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'],
    });
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

  it('warns before saving a trial placement that runs too long', async () => {
    const { user } = renderForm();

    await user.selectOptions(screen.getByLabelText('Soort contract'), 'Proefplaatsing');
    await user.type(screen.getByLabelText('Eerste werkdag'), '2026-12-01');

    expect(screen.getByText(/Een proefplaatsing duurt hoogstens 2 maanden/)).toHaveTextContent(
      'tot en met 31 januari 2027',
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
