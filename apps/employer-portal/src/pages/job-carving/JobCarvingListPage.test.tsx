import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { connection } from '../../testing/builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { JobCarvingListPage, JobCarvingListPageQuery } from './JobCarvingListPage.js';

function listMock(nodes: Record<string, unknown>[]): MockLink.MockedResponse {
  return {
    request: { query: JobCarvingListPageQuery, variables: { employerId: '17' } },
    result: { data: { jobCarvingRequests: connection(nodes, 'JobCarvingRequestConnection') } },
  };
}

describe(JobCarvingListPage.name, () => {
  it("lists the employer's requests with their status", async () => {
    renderPortal({
      path: '/jobcarving',
      mocks: [
        sessionMock(buildViewer()),
        listMock([
          {
            __typename: 'JobCarvingRequest',
            id: 'jc-1',
            department: 'Keuken',
            status: 'PROPOSED',
            createdAt: '2026-05-01T09:00:00.000Z',
            carvableHoursPerWeek: 32.4,
            vacancy: null,
          },
        ]),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Uw jobcarving-verzoeken' });
    const row = within(table).getByRole('row', { name: /Keuken/ });
    expect(row).toHaveTextContent('Voorstel gedaan');
    expect(row).toHaveTextContent('32,4 uur');
    expect(within(row).getByRole('link', { name: 'Keuken' })).toHaveAttribute(
      'href',
      '/jobcarving/jc-1',
    );
    expect(document.title).toBe('Jobcarving - Werkbrug werkgeversportaal');
  });

  it('says so when there are no requests yet', async () => {
    renderPortal({ path: '/jobcarving', mocks: [sessionMock(buildViewer()), listMock([])] });

    expect(
      await screen.findByText('U heeft nog geen jobcarving-verzoeken gedaan.'),
    ).toBeInTheDocument();
  });
});
