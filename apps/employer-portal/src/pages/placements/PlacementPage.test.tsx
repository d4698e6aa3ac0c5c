import { screen, within } from '@testing-library/react';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { PlacementListPage, PlacementListPageQuery } from './PlacementListPage.js';
import { PlacementPageQuery } from './PlacementPage.js';

function buildPlacement(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Placement',
    id: 'placement-1',
    active: true,
    startDate: '2026-02-01',
    endDate: null,
    hoursPerWeek: 24,
    contractType: 'FIXED_TERM',
    instruments: ['LOONKOSTENSUBSIDIE'],
    hourlyWage: 14.71,
    loonwaardePercentage: 60,
    jobSeeker: {
      __typename: 'PlacementJobSeeker',
      candidateLabel: 'Kandidaat 4711',
      firstName: null,
      lastName: null,
    },
    vacancy: { __typename: 'PlacementVacancy', id: 'vacancy-1', title: 'Inpakker' },
    aftercareMoments: [
      {
        __typename: 'AftercareMoment',
        id: 'm1',
        dueDate: '2026-02-15',
        kind: 'WEEK_2',
        status: 'DONE',
        completedOn: '2026-02-16',
      },
      {
        __typename: 'AftercareMoment',
        id: 'm2',
        dueDate: '2026-05-01',
        kind: 'MONTH_3',
        status: 'OPEN',
        completedOn: null,
      },
    ],
    ...overrides,
  };
}

describe(PlacementListPage.name, () => {
  it('lists the placements, by name only when introduced', async () => {
    const named = buildPlacement({
      id: 'placement-2',
      jobSeeker: {
        __typename: 'PlacementJobSeeker',
        candidateLabel: 'Kandidaat 815',
        firstName: 'Noor',
        lastName: 'Hendriks',
      },
    });
    renderPortal({
      path: '/plaatsingen',
      mocks: [
        sessionMock(buildViewer()),
        {
          request: { query: PlacementListPageQuery },
          result: {
            data: {
              placements: {
                __typename: 'PlacementConnection',
                totalCount: 2,
                nodes: [buildPlacement(), named],
              },
            },
          },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Plaatsingen bij uw organisatie (2)' });
    expect(within(table).getByRole('link', { name: 'Medewerker via WSP' })).toHaveAttribute(
      'href',
      '/plaatsingen/placement-1',
    );
    expect(within(table).getByRole('link', { name: 'Noor Hendriks' })).toBeInTheDocument();
    expect(within(table).queryByText(/Kandidaat 4711/)).not.toBeInTheDocument();
  });

  it('says so when there are none', async () => {
    renderPortal({
      path: '/plaatsingen',
      mocks: [
        sessionMock(buildViewer()),
        {
          request: { query: PlacementListPageQuery },
          result: {
            data: { placements: { __typename: 'PlacementConnection', totalCount: 0, nodes: [] } },
          },
        },
      ],
    });
    expect(
      await screen.findByText('Er zijn nog geen plaatsingen bij uw organisatie.'),
    ).toBeInTheDocument();
  });
});

describe('PlacementPage', () => {
  it('shows the aftercare moments and an LKS form filled in from the placement', async () => {
    renderPortal({
      path: '/plaatsingen/placement-1',
      mocks: [
        sessionMock(buildViewer()),
        {
          request: { query: PlacementPageQuery, variables: { id: 'placement-1' } },
          result: { data: { placement: buildPlacement() } },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Plaatsing van Medewerker via WSP' }),
    ).toBeInTheDocument();
    const aftercare = screen.getByRole('table', {
      name: 'Contactmomenten met het werkgeversservicepunt',
    });
    expect(within(aftercare).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByLabelText('Bruto uurloon in euro')).toHaveValue('14,71');
    expect(screen.getByLabelText('Loonwaarde in procenten')).toHaveValue('60');
    expect(screen.getByLabelText('Uren per week')).toHaveValue('24');
  });
});
