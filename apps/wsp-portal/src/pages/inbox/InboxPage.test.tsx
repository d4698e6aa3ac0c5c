import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { addDaysIso, todayIso } from '../../modules/common/dates.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { InboxPage, InboxPageQuery, NEW_VACANCY_DAYS } from './InboxPage.js';

const connection = (nodes: unknown[]) => ({
  __typename: 'JobCarvingRequestConnection',
  totalCount: nodes.length,
  nodes,
});
const request = (id: string, department: string, status: string, updatedAt: string) => ({
  __typename: 'JobCarvingRequest',
  id,
  department,
  status,
  createdAt: '2026-05-01T09:00:00.000Z',
  updatedAt,
  employer: { __typename: 'JobCarvingEmployer', id: `employer-${id}`, name: `Werkgever ${id}` },
});

function inboxMock(data: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: {
      query: InboxPageQuery,
      variables: { createdSince: addDaysIso(todayIso(), -NEW_VACANCY_DAYS), first: 50 },
    },
    result: { data },
  };
}

const empty = {
  vacancies: { __typename: 'VacancyConnection', totalCount: 0, nodes: [] },
  submitted: connection([]),
  analysing: connection([]),
  accepted: connection([]),
};

const viewer = () => buildViewer({ roles: ['ACCOUNT_MANAGER'] });

describe(InboxPage.name, () => {
  it('lists the requests waiting for the WSP, longest waiting first, and the new vacancies', async () => {
    renderPortal({
      path: '/inbox',
      mocks: [
        sessionMock(viewer()),
        inboxMock({
          vacancies: {
            __typename: 'VacancyConnection',
            totalCount: 1,
            nodes: [
              {
                __typename: 'Vacancy',
                id: 'v-1',
                title: 'Medewerker spoelkeuken',
                kind: 'GARANTIEBAAN',
                createdAt: '2026-05-03T09:00:00.000Z',
                employer: {
                  __typename: 'VacancyEmployer',
                  id: 'e-1',
                  name: 'Hotel De Gooische Hoeve',
                },
              },
            ],
          },
          submitted: connection([request('a', 'Keuken', 'SUBMITTED', '2026-05-04T09:00:00.000Z')]),
          analysing: connection([]),
          accepted: connection([request('b', 'Magazijn', 'ACCEPTED', '2026-05-02T09:00:00.000Z')]),
        }),
      ],
    });

    const requests = await screen.findByRole('table', { name: /Verzoeken die wachten/ });
    const rows = within(requests).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'Magazijn, Werkgever b',
      'Keuken, Werkgever a',
    ]);
    expect(within(rows[0]).getByRole('link')).toHaveAttribute('href', '/jobcarving/b');
    expect(rows[0]).toHaveTextContent('Voorstel aanvaard');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Jobcarving-verzoeken (2)' }),
    ).toBeInTheDocument();
    const vacancies = screen.getByRole('table', { name: /Nieuwe open vacatures/ });
    expect(within(vacancies).getByRole('link', { name: 'Medewerker spoelkeuken' })).toHaveAttribute(
      'href',
      '/vacatures/v-1',
    );
    expect(vacancies).toHaveTextContent('Garantiebaan');
    expect(document.title).toMatch(/^Inbox/);
  });

  it('says so when nothing is waiting', async () => {
    renderPortal({ path: '/inbox', mocks: [sessionMock(viewer()), inboxMock(empty)] });

    expect(
      await screen.findByText('Er wachten geen jobcarving-verzoeken op u.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Er zijn geen nieuwe vacatures.')).toBeInTheDocument();
  });

  it('shows an error with a way to try again', async () => {
    renderPortal({
      path: '/inbox',
      mocks: [
        sessionMock(viewer()),
        {
          request: {
            query: InboxPageQuery,
            variables: { createdSince: addDaysIso(todayIso(), -NEW_VACANCY_DAYS), first: 50 },
          },
          error: new Error('network down'),
        },
      ],
    });

    expect(await screen.findByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });

  it('is not for consultants', async () => {
    renderPortal({ path: '/inbox', mocks: [sessionMock(buildViewer({ roles: ['CONSULTANT'] }))] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }),
    ).toBeInTheDocument();
  });
});
