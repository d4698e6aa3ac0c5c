import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { buildVacancy, connection } from '../../testing/builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { VacancyListPage, VacancyListPageQuery } from './VacancyListPage.js';

function listMock(
  status: string | null,
  vacancies: ReturnType<typeof buildVacancy>[],
): MockLink.MockedResponse {
  return {
    request: { query: VacancyListPageQuery, variables: { employerId: '17', status } },
    result: { data: { vacancies: connection(vacancies, 'VacancyConnection') } },
  };
}

describe(VacancyListPage.name, () => {
  it('lists every vacancy with its status under a Dutch page title', async () => {
    renderPortal({
      path: '/vacatures',
      mocks: [
        sessionMock(buildViewer()),
        listMock(null, [
          buildVacancy({ title: 'Hovenier', status: 'OPEN' }),
          buildVacancy({ title: 'Inpakker', status: 'DRAFT' }),
        ]),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Uw vacatures' });
    expect(within(table).getByRole('row', { name: /Hovenier/ })).toHaveTextContent('Open');
    expect(within(table).getByRole('row', { name: /Inpakker/ })).toHaveTextContent('Concept');
    expect(screen.getByRole('status')).toHaveTextContent('2 vacatures gevonden.');
    expect(document.title).toBe('Vacatures - Werkbrug werkgeversportaal');
  });

  it('shows only the vacancies with the chosen status', async () => {
    const user = userEvent.setup();
    renderPortal({
      path: '/vacatures',
      mocks: [
        sessionMock(buildViewer()),
        listMock(null, [buildVacancy({ title: 'Hovenier' }), buildVacancy({ title: 'Inpakker' })]),
        listMock('DRAFT', [buildVacancy({ title: 'Inpakker', status: 'DRAFT' })]),
      ],
    });

    await screen.findByRole('table', { name: 'Uw vacatures' });
    await user.selectOptions(screen.getByLabelText('Toon vacatures met status'), 'Concept');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 vacature gevonden.'),
    );
    expect(screen.queryByRole('link', { name: 'Hovenier' })).not.toBeInTheDocument();
  });

  it('invites the employer to post a first vacancy', async () => {
    renderPortal({ path: '/vacatures', mocks: [sessionMock(buildViewer()), listMock(null, [])] });

    expect(await screen.findByText(/U heeft nog geen vacatures/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe vacature' })).toHaveAttribute(
      'href',
      '/vacatures/nieuw',
    );
  });

  it('says calmly when the vacancies cannot be loaded', async () => {
    renderPortal({
      path: '/vacatures',
      mocks: [
        sessionMock(buildViewer()),
        { ...listMock(null, []), result: undefined, error: new Error('Failed to fetch') },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Uw vacatures kunnen nu niet worden getoond.',
    );
  });
});
