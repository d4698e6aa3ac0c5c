import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { PlacementListPage, PlacementListPageQuery } from './PlacementListPage.js';

const consultant = buildViewer({ roles: ['CONSULTANT'] });

const placement = {
  __typename: 'Placement',
  id: 'p-1',
  active: true,
  contractType: 'FIXED_TERM',
  hoursPerWeek: 25.5,
  startDate: '2026-10-01',
  endDate: null,
  instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'],
  banenafspraakJobs: 1,
  jobSeeker: {
    __typename: 'PlacementJobSeeker',
    id: 'j-1',
    candidateLabel: 'Kandidaat 4711',
    firstName: 'Fatma',
    lastName: 'Yilmaz',
  },
  employer: { __typename: 'PlacementEmployer', id: 'e-1', name: 'Groenbedrijf B.V.' },
  vacancy: { __typename: 'PlacementVacancy', id: 'v-1', title: 'Hovenier' },
};

function listMock(active: boolean | null, nodes: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: PlacementListPageQuery, variables: { first: 25, after: null, active } },
    result: { data: { placements: connection('PlacementConnection', nodes) } },
  };
}

describe(PlacementListPage.name, () => {
  it('lists the placements with hours, period, instruments and banenafspraak jobs', async () => {
    renderPortal({
      path: '/plaatsingen',
      mocks: [sessionMock(consultant), listMock(null, [placement])],
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Plaatsingen');
    expect(document.title).toBe('Plaatsingen - Werkbrug WSP-portaal');
    const row = (await screen.findByRole('link', { name: 'Fatma Yilmaz' })).closest('tr')!;
    expect(within(row).getByText('25,5 uur')).toBeInTheDocument();
    expect(within(row).getByText('1 oktober 2026 tot nu')).toBeInTheDocument();
    expect(within(row).getByText('Loonkostensubsidie, Jobcoach')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Groenbedrijf B.V.' })).toHaveAttribute(
      'href',
      '/werkgevers/e-1',
    );
  });

  it('shows only running placements on request', async () => {
    const user = userEvent.setup();
    const { location } = renderPortal({
      path: '/plaatsingen',
      mocks: [sessionMock(consultant), listMock(null, []), listMock(true, [placement])],
    });

    await screen.findByText('Er zijn geen plaatsingen die hierbij passen.');
    await user.selectOptions(screen.getByLabelText('Plaatsingen'), 'Lopend');
    await user.click(screen.getByRole('button', { name: 'Tonen' }));

    expect(await screen.findByRole('link', { name: 'Fatma Yilmaz' })).toBeInTheDocument();
    expect(location().search).toBe('?periode=lopend');
  });
});
