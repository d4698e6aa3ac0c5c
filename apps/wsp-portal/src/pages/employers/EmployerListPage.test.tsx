import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { buildEmployer, connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { EmployerListPage, EmployerListPageQuery } from './EmployerListPage.js';

const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'] });
const ALL = { first: 25, after: null, search: null, sector: null, accountManagerId: null };

function listMock(
  employers: ReturnType<typeof buildEmployer>[],
  variables: Record<string, unknown> = ALL,
): MockLink.MockedResponse {
  return {
    request: { query: EmployerListPageQuery, variables },
    result: { data: { employers: connection('EmployerConnection', employers) } },
  };
}

describe(EmployerListPage.name, () => {
  it('lists the employers with their account manager', async () => {
    const employer = buildEmployer({
      name: 'Gemeente Hilversum',
      sector: 'OVERHEID',
      kvkNumber: '12345678',
    });
    renderPortal({
      path: '/werkgevers',
      mocks: [sessionMock(accountManager), listMock([employer])],
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Werkgevers');
    expect(document.title).toBe('Werkgevers - Werkbrug WSP-portaal');
    const row = (await screen.findByRole('link', { name: 'Gemeente Hilversum' })).closest('tr')!;
    expect(row).toHaveTextContent('12345678');
    expect(within(row).getByText('Overheid')).toBeInTheDocument();
    expect(within(row).getByText('Sanne Vermeulen')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gemeente Hilversum' })).toHaveAttribute(
      'href',
      `/werkgevers/${employer.id}`,
    );
  });

  it('finds the employers of the logged-in account manager', async () => {
    const user = userEvent.setup();
    const mine = listMock([buildEmployer({ name: 'Mijn Werkgever' })], {
      ...ALL,
      search: 'Werk',
      accountManagerId: accountManager.id,
    });
    const { location } = renderPortal({
      path: '/werkgevers',
      mocks: [sessionMock(accountManager), listMock([]), mine],
    });

    await screen.findByText('Er zijn geen werkgevers die passen bij uw zoekopdracht.');
    await user.type(screen.getByLabelText('Naam of KvK-nummer'), 'Werk');
    await user.click(screen.getByLabelText('Alleen werkgevers waarvan ik accountmanager ben'));
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByRole('link', { name: 'Mijn Werkgever' })).toBeInTheDocument();
    expect(location().search).toBe('?zoek=Werk&mijn=ja');
  });

  it('shows an error with a way to try again', async () => {
    renderPortal({
      path: '/werkgevers',
      mocks: [
        sessionMock(accountManager),
        {
          request: { query: EmployerListPageQuery, variables: ALL },
          error: new Error('Failed to fetch'),
        },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Werkbrug is nu niet bereikbaar.');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });
});
