import { screen, within } from '@testing-library/react';
import { buildViewer, renderPortal, sessionMock } from '../test-utils.js';
import { AppRoutes } from './router.js';

describe(AppRoutes.name, () => {
  it('sends someone who is not logged in to the login page', async () => {
    const { location } = renderPortal({ path: '/', mocks: [sessionMock(null)] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Inloggen');
    expect(location().pathname).toBe('/inloggen');
  });

  it('sends a logged-in user of the employer portal to the login page', async () => {
    const viewer = buildViewer({ roles: ['EMPLOYER_USER'], employerId: '17' });
    const { location } = renderPortal({ path: '/', mocks: [sessionMock(viewer)] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Inloggen');
    expect(location().pathname).toBe('/inloggen');
  });

  it('shows a Dutch 404 for an unknown address', async () => {
    renderPortal({ path: '/bestaat-niet', mocks: [sessionMock(null)] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Pagina niet gevonden',
    );
  });

  it.each([
    [['CONSULTANT'], ['Startpagina', 'Inwoners', 'Plaatsingen', 'Nazorg']],
    [
      ['ACCOUNT_MANAGER'],
      [
        'Startpagina',
        'Inbox',
        'Werkgevers',
        'Vacatures',
        'Matching',
        'Toewijzing',
        'Plaatsingen',
        'Nazorg',
        'Resultaten',
      ],
    ],
    [['BOARD_MEMBER'], ['Startpagina', 'Resultaten']],
  ] as const)('gives %j its own main menu', async (roles, items) => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer({ roles: [...roles] }))] });

    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(items);
  });

  it('shows "Geen toegang" on a page the role may not open', async () => {
    renderPortal({
      path: '/werkgevers',
      mocks: [sessionMock(buildViewer({ roles: ['BOARD_MEMBER'] }))],
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Geen toegang');
    expect(document.title).toBe('Geen toegang - Werkbrug WSP-portaal');
  });

  it('shows the header, main content and footer around every page', async () => {
    renderPortal({ path: '/inloggen', mocks: [sessionMock(null)] });

    expect(await screen.findByRole('banner')).toHaveTextContent('Werkbrug WSP-portaal');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });
});
