import { screen } from '@testing-library/react';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { StartPage } from './StartPage.js';

describe(StartPage.name, () => {
  it('welcomes the user by name', async () => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer({ displayName: 'Henk Jansen' }))] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Welkom, Henk Jansen',
    );
  });

  it('shows the role in Dutch and the organisation', async () => {
    const viewer = buildViewer({ roles: ['CONSULTANT'], organisationName: 'Gemeente Hilversum' });
    renderPortal({ path: '/', mocks: [sessionMock(viewer)] });

    expect(await screen.findByText('Uw rol')).toBeInTheDocument();
    expect(screen.getByText('Consulent')).toBeInTheDocument();
    expect(screen.getByText('Gemeente Hilversum')).toBeInTheDocument();
  });

  it('lists every role of someone with more than one', async () => {
    const viewer = buildViewer({ roles: ['ACCOUNT_MANAGER', 'ADMIN'] });
    renderPortal({ path: '/', mocks: [sessionMock(viewer)] });

    expect(await screen.findByText('Uw rollen')).toBeInTheDocument();
    expect(screen.getByText('Accountmanager en Beheerder')).toBeInTheDocument();
  });

  it('explains what the portal will offer', async () => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer())] });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Wat kunt u hier doen?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/uitgelegde matches/)).toBeInTheDocument();
  });

  it('leads the board to the results of the region', async () => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer({ roles: ['BOARD_MEMBER'] }))] });

    expect(
      await screen.findByRole('link', { name: 'Bekijk de resultaten van uw regio' }),
    ).toHaveAttribute('href', '/resultaten');
  });

  it('offers no results link to consultants', async () => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer({ roles: ['CONSULTANT'] }))] });

    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.queryByRole('link', { name: 'Bekijk de resultaten van uw regio' }),
    ).not.toBeInTheDocument();
  });

  it('has a Dutch page title', async () => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer())] });

    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Startpagina - Werkbrug WSP-portaal');
  });
});
