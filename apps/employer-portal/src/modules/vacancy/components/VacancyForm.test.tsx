import { MockedProvider } from '@apollo/client/testing/react';
import { jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { FormError } from '@werkbrug/ui';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../../../app/apolloClient.js';
import { CompetenceLevelsQuery } from '../../competence/graphql/competences.js';
import { buildCompetence } from '../../../testing/builders.js';
import { EMPTY_VACANCY, type VacancyValues } from '../vacancyForm.js';
import { VacancyForm } from './VacancyForm.js';

const locations = [
  { id: 'location-1', name: 'Winkel', city: 'Hilversum' },
  { id: 'location-2', name: 'Magazijn', city: 'Huizen' },
];

const filled: VacancyValues = {
  ...EMPTY_VACANCY,
  kind: 'REGULAR',
  title: 'Medewerker magazijn',
  description: 'Orders verzamelen.',
  hoursMin: '24',
  hoursMax: '32',
  contractType: 'FIXED_TERM',
  wageMin: '14,50',
  locationId: 'location-2',
  competences: [
    {
      code: 'WA_PUNCTUALITY',
      label: 'Stiptheid',
      group: 'WORK_ATTITUDE',
      minLevel: 3,
      requirement: 'REQUIRED',
      weight: 3,
    },
  ],
};

function renderForm({
  initialValues = EMPTY_VACANCY,
  error = null,
  canPublish = true,
}: { initialValues?: VacancyValues; error?: FormError | null; canPublish?: boolean } = {}) {
  const onSubmit = jest.fn((_values: VacancyValues, _options: { publish: boolean }) => undefined);
  const levels = {
    request: { query: CompetenceLevelsQuery, variables: { code: 'WA_PUNCTUALITY' } },
    result: { data: { competence: buildCompetence() } },
    maxUsageCount: 5,
  };
  const props = {
    locations,
    onSubmit,
    submitLabel: 'Opslaan als concept',
    canPublish,
    cancelTo: '/vacatures',
  };
  const cache = createCache();
  function Providers({ children }: { children: ReactNode }) {
    return (
      <MockedProvider mocks={[levels]} cache={cache}>
        <MemoryRouter>{children}</MemoryRouter>
      </MockedProvider>
    );
  }
  render(<VacancyForm initialValues={initialValues} error={error} {...props} />, {
    wrapper: Providers,
  });
  return { onSubmit, user: userEvent.setup() };
}

describe(VacancyForm.name, () => {
  it('checks the required fields before sending anything and focuses the error summary', async () => {
    const { user, onSubmit } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Het formulier is niet goed ingevuld.');
    expect(within(summary).getAllByRole('link')).toHaveLength(7);
    expect(summary.closest('.werkbrug-error-summary')).toHaveFocus();
    expect(screen.getByLabelText('Titel')).toHaveAccessibleDescription(
      'Bijvoorbeeld "Medewerker magazijn". Geef de vacature een titel.',
    );
    expect(screen.getByLabelText('Vestiging')).toHaveAccessibleDescription('Kies een vestiging.');
  });

  it('moves the focus to a field from the error summary', async () => {
    const { user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    await user.click(screen.getByRole('link', { name: 'Kies een contractvorm.' }));

    expect(screen.getByLabelText('Contractvorm')).toHaveFocus();
  });

  it('sends what was typed, as typed', async () => {
    const { user, onSubmit } = renderForm();

    await user.click(screen.getByRole('radio', { name: 'Garantiebaan' }));
    await user.type(screen.getByLabelText('Titel'), 'Inpakker');
    await user.type(screen.getByLabelText('Omschrijving'), 'Dozen inpakken.');
    await user.type(screen.getByLabelText('Minimaal aantal uren per week'), '20');
    await user.type(screen.getByLabelText('Maximaal aantal uren per week'), '25,5');
    await user.selectOptions(screen.getByLabelText('Contractvorm'), 'Tijdelijk contract');
    await user.type(
      screen.getByLabelText('Bruto uurloon vanaf, in euro (niet verplicht)'),
      '14,40',
    );
    await user.selectOptions(screen.getByLabelText('Vestiging'), 'Winkel, Hilversum');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'GARANTIEBAAN',
        title: 'Inpakker',
        hoursMin: '20',
        hoursMax: '25,5',
        contractType: 'FIXED_TERM',
        wageMin: '14,40',
        locationId: 'location-1',
      }),
      { publish: false },
    );
  });

  it('publishes when asked', async () => {
    const { user, onSubmit } = renderForm({ initialValues: filled });

    await user.click(screen.getByRole('button', { name: 'Opslaan en publiceren' }));

    expect(onSubmit).toHaveBeenCalledWith(filled, { publish: true });
  });

  it('offers no publishing for a vacancy that is already out', () => {
    renderForm({ initialValues: filled, canPublish: false });

    expect(screen.queryByRole('button', { name: 'Opslaan en publiceren' })).not.toBeInTheDocument();
  });

  it.each([
    ['Vrijwilligersplek', 'Onbetaald'],
    ['Proefplaatsing', 'Proefplaatsing'],
  ])('chooses the only fitting contract for a %s', async (kind, contract) => {
    const { user } = renderForm();

    await user.click(screen.getByRole('radio', { name: kind }));

    expect(screen.getByLabelText('Contractvorm')).toHaveDisplayValue(contract);
  });

  it('refuses a wage for unpaid work', async () => {
    const { user, onSubmit } = renderForm({ initialValues: { ...filled, wageMin: '12' } });

    await user.click(screen.getByRole('radio', { name: 'Vrijwilligersplek' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(
      screen.getByLabelText('Bruto uurloon vanaf, in euro (niet verplicht)'),
    ).toHaveAccessibleDescription('Bijvoorbeeld 14,50. Onbetaald werk heeft geen loon.');
  });

  it("puts the API's field errors at their fields and focuses the summary", async () => {
    renderForm({
      initialValues: filled,
      error: {
        code: 'BAD_USER_INPUT',
        message: 'Het formulier is niet goed ingevuld.',
        fields: [
          {
            path: 'input.hoursMax',
            message: 'Het minimum aantal uren mag niet hoger zijn dan het maximum.',
          },
          { path: 'input.wageMinCents', message: 'Het loon is een heel aantal centen.' },
          {
            path: 'input.competences.0.competenceCode',
            message: 'Deze competentie kennen we niet (of niet meer).',
          },
        ],
      },
    });
    await screen.findByText('Stiptheid op niveau 1.');

    const hoursMax = screen.getByLabelText('Maximaal aantal uren per week');
    expect(hoursMax).toHaveAccessibleDescription(
      'Gelijk aan het minimum bij vaste uren. Het minimum aantal uren mag niet hoger zijn dan het maximum.',
    );
    expect(screen.getByRole('alert').closest('.werkbrug-error-summary')).toHaveFocus();
    expect(
      screen.getByLabelText('Bruto uurloon vanaf, in euro (niet verplicht)'),
    ).toHaveAccessibleDescription('Bijvoorbeeld 14,50. Het loon is een heel aantal centen.');
    expect(screen.getByRole('group', { name: 'Stiptheid' })).toHaveAccessibleDescription(
      'Deze competentie kennen we niet (of niet meer).',
    );
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Stiptheid: Deze competentie kennen we niet (of niet meer).',
      }),
    ).toBeInTheDocument();
  });

  it("shows the API's message when it names no field", () => {
    renderForm({
      initialValues: filled,
      error: {
        code: 'CONFLICT',
        message: 'Deze vacature is gearchiveerd en kan niet meer worden gewijzigd.',
        fields: [],
      },
    });

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Deze vacature is gearchiveerd en kan niet meer worden gewijzigd.',
    );
  });
});
