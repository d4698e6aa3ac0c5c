import { jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { buildRegionReport } from '../../modules/results/test-fixtures.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { RegionReportPage, RegionReportPageQuery } from './RegionReportPage.js';

const board = buildViewer({ roles: ['BOARD_MEMBER'] });
const VARIABLES = { regionCode: 'AM12', year: 2025, fromQuarter: '2024-Q1', toQuarter: '2025-Q4' };

function renderReport() {
  return renderPortal({
    path: '/resultaten/AM12/rapport?jaar=2025',
    mocks: [
      sessionMock(board),
      {
        request: { query: RegionReportPageQuery, variables: VARIABLES },
        result: { data: buildRegionReport() },
      },
    ],
  });
}

describe(RegionReportPage.name, () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the period, the date it was made and every section as a table', async () => {
    renderReport();

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Rapport resultaten Gooi en Vechtstreek',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Periode: 2025\. Gemaakt op \d+ \w+ \d{4}\./)).toBeInTheDocument();
    expect(screen.getAllByRole('table')).toHaveLength(6);
    const trend = screen.getByRole('table', {
      name: 'Banenafspraak: extra banen per kwartaal, 2025',
    });
    const q4 = within(trend).getByRole('rowheader', { name: 'K4 2025' }).closest('tr')!;
    expect(
      within(q4)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['310', '90,5', '400,5', '440', '91 %', '12', '<5']);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('prints', async () => {
    const user = userEvent.setup();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderReport();

    await user.click(await screen.findByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalled();
  });
});
