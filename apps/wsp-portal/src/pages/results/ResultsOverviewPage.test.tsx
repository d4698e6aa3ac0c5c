import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { buildNationalOverview } from '../../modules/results/test-fixtures.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { ResultsOverviewPage, ResultsOverviewPageQuery } from './ResultsOverviewPage.js';

const board = buildViewer({ roles: ['BOARD_MEMBER'] });

function overviewMock(variables: {
  quarter: string | null;
  year: number | null;
}): MockLink.MockedResponse {
  return {
    request: { query: ResultsOverviewPageQuery, variables },
    result: { data: buildNationalOverview() },
  };
}

describe(ResultsOverviewPage.name, () => {
  it('shows the regions on a map, each region the board may see as a link with its %', async () => {
    renderPortal({
      path: '/resultaten?jaar=2025',
      mocks: [sessionMock(board), overviewMock({ quarter: null, year: 2025 })],
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Resultaten');
    const map = await screen.findByRole('group', { name: /Kaart van de arbeidsmarktregio's/ });
    const region = within(map).getByRole('link', {
      name: 'Gooi en Vechtstreek: 91,1 % van de doelstelling',
    });
    expect(region).toHaveAttribute('href', '/resultaten/AM12?jaar=2025');
    expect(within(map).queryByRole('link', { name: /Groningen/ })).not.toBeInTheDocument();
    expect(within(map).getAllByRole('link')).toHaveLength(1);
    expect(document.title).toBe('Resultaten - Werkbrug WSP-portaal');
  });

  it('has a legend with ranges and a table alternative', async () => {
    renderPortal({
      path: '/resultaten?jaar=2025',
      mocks: [sessionMock(board), overviewMock({ quarter: null, year: 2025 })],
    });

    const legend = await screen.findByRole('list', { name: 'Legenda: % van de doelstelling' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '100 % of meer',
      '90 tot 100 %',
      '75 tot 90 %',
      '50 tot 75 %',
      'minder dan 50 %',
      'Geen gegevens',
    ]);
    const row = screen.getByRole('rowheader', { name: 'Gooi en Vechtstreek' }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['401', '440', '91,1 %']);
    const groningen = screen.getByRole('rowheader', { name: 'Groningen' }).closest('tr')!;
    expect(
      within(groningen)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['–', '–', '–']);
  });

  it('opens a region from the map', async () => {
    const user = userEvent.setup();
    const { location } = renderPortal({
      path: '/resultaten?jaar=2025',
      mocks: [sessionMock(board), overviewMock({ quarter: null, year: 2025 })],
    });

    await user.click(await screen.findByRole('link', { name: /Gooi en Vechtstreek: 91,1 %/ }));
    expect(location().pathname).toBe('/resultaten/AM12');
    expect(location().search).toBe('?jaar=2025');
  });

  it('keeps the chosen quarter in the address', async () => {
    const user = userEvent.setup();
    const { location } = renderPortal({
      path: '/resultaten?jaar=2025',
      mocks: [
        sessionMock(board),
        overviewMock({ quarter: null, year: 2025 }),
        overviewMock({ quarter: '2025-Q2', year: null }),
      ],
    });

    await screen.findByRole('group', { name: /Kaart/ });
    await user.selectOptions(screen.getByLabelText('Kwartaal'), '2');
    await user.click(screen.getByRole('button', { name: 'Periode tonen' }));
    expect(location().search).toBe('?jaar=2025&kwartaal=2');
    expect(await screen.findByText(/Geteld op .* \(2025, 2e kwartaal\)/)).toBeInTheDocument();
  });

  it('says so when the figures cannot be loaded', async () => {
    renderPortal({
      path: '/resultaten?jaar=2025',
      mocks: [
        sessionMock(board),
        {
          request: { query: ResultsOverviewPageQuery, variables: { quarter: null, year: 2025 } },
          error: new Error('netwerk'),
        },
      ],
    });

    expect(await screen.findByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });

  it('is not for consultants', async () => {
    renderPortal({
      path: '/resultaten',
      mocks: [sessionMock(buildViewer({ roles: ['CONSULTANT'] }))],
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Geen toegang');
  });
});
