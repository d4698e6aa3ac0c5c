import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { BanenafspraakPage, BanenafspraakPageQuery } from './BanenafspraakPage.js';

const figure = (display: string) => ({ __typename: 'SuppressedNumber', display });
const count = (display: string) => ({ __typename: 'SuppressedCount', display });

function quarter(id: string, countDate: string, jobs: string, people: string) {
  return {
    __typename: 'EmployerBanenafspraakQuarter',
    quarter: id,
    countDate,
    jobs: figure(jobs),
    people: count(people),
    changeFromPreviousQuarter: figure('x'),
    peopleStarted: count('<5'),
    peopleLost: count('<5'),
  };
}

function renderPage(result: MockLink.MockedResponse['result']) {
  return renderPortal({
    path: '/banenafspraak',
    mocks: [sessionMock(buildViewer()), { request: { query: BanenafspraakPageQuery }, result }],
  });
}

describe(BanenafspraakPage.name, () => {
  it('shows the counted jobs per quarter, with small counts suppressed', async () => {
    renderPage({
      data: {
        myBanenafspraakContribution: {
          __typename: 'EmployerBanenafspraakContribution',
          employerName: 'Bakkerij De Korenschoof',
          sector: 'MARKT',
          quarters: [
            quarter('2026-Q2', '2026-06-30', 'x', '<5'),
            quarter('2026-Q3', '2026-09-30', '5,5', '6'),
          ],
        },
      },
    });

    const table = await screen.findByRole('table', {
      name: /Getelde banen van Bakkerij De Korenschoof/,
    });
    expect(within(table).getByRole('row', { name: /3e kwartaal 2026/ })).toHaveTextContent(
      '30 september 20265,56',
    );
    expect(within(table).getByRole('row', { name: /2e kwartaal 2026/ })).toHaveTextContent('x<5');
    expect(screen.getByText(/Eén baan telt als 25,5 uur werk per week/)).toBeInTheDocument();
    expect(document.title).toBe('Uw bijdrage aan de banenafspraak - Werkbrug werkgeversportaal');
  });

  it('says so calmly when the figures cannot be loaded', async () => {
    renderPage({ errors: [{ message: 'Er ging iets mis.' }] as never });

    expect(
      await screen.findByText('Uw bijdrage kan nu niet worden getoond. Probeer het later opnieuw.'),
    ).toBeInTheDocument();
  });
});
