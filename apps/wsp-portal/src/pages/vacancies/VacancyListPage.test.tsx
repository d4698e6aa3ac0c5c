import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { buildVacancy, connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { MatchingPage, MatchingPageQuery } from './MatchingPage.js';
import { VacancyListPage, VacancyListPageQuery } from './VacancyListPage.js';

const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'] });
const ALL = { first: 25, after: null, search: null, status: null, kind: null };

function listMock(
  vacancies: ReturnType<typeof buildVacancy>[],
  variables: Record<string, unknown> = ALL,
): MockLink.MockedResponse {
  return {
    request: { query: VacancyListPageQuery, variables },
    result: { data: { vacancies: connection('VacancyConnection', vacancies) } },
  };
}

describe(VacancyListPage.name, () => {
  it('lists the vacancies with employer, kind, status and hours', async () => {
    const vacancy = buildVacancy({ title: 'Hovenier' });
    renderPortal({ path: '/vacatures', mocks: [sessionMock(accountManager), listMock([vacancy])] });

    const row = (await screen.findByRole('link', { name: 'Hovenier' })).closest('tr')!;
    expect(row).toHaveTextContent('HovenierGroenbedrijf B.V.GarantiebaanOpenHilversum20-28 uur2');
    expect(screen.getByRole('link', { name: 'Hovenier' })).toHaveAttribute(
      'href',
      `/vacatures/${vacancy.id}`,
    );
    expect(document.title).toBe('Vacatures - Werkbrug WSP-portaal');
  });

  it('filters on status and kind', async () => {
    const user = userEvent.setup();
    const { location } = renderPortal({
      path: '/vacatures',
      mocks: [
        sessionMock(accountManager),
        listMock([]),
        listMock([buildVacancy({ title: 'Beschut' })], {
          ...ALL,
          status: 'OPEN',
          kind: 'SHELTERED',
        }),
      ],
    });

    await screen.findByText('Er zijn geen vacatures die passen bij uw zoekopdracht.');
    await user.selectOptions(screen.getByLabelText('Status'), 'Open');
    await user.selectOptions(screen.getByLabelText('Soort'), 'Beschutte werkplek');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByRole('link', { name: 'Beschut' })).toBeInTheDocument();
    expect(location().search).toBe('?status=OPEN&soort=SHELTERED');
  });
});

describe(MatchingPage.name, () => {
  it('lists open vacancies, each leading to its workbench', async () => {
    const vacancy = buildVacancy({ title: 'Hovenier' });
    renderPortal({
      path: '/matching',
      mocks: [
        sessionMock(accountManager),
        {
          request: {
            query: MatchingPageQuery,
            variables: { first: 25, after: null, search: null, kind: null },
          },
          result: { data: { vacancies: connection('VacancyConnection', [vacancy]) } },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: /Open vacatures/ });
    expect(within(table).getByRole('link', { name: 'Hovenier' })).toHaveAttribute(
      'href',
      `/vacatures/${vacancy.id}/matching`,
    );
    expect(screen.queryByLabelText('Status')).not.toBeInTheDocument();
  });
});
