import { screen } from '@testing-library/react';
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

  it('shows the header, main content and footer around every page', async () => {
    renderPortal({ path: '/inloggen', mocks: [sessionMock(null)] });

    expect(await screen.findByRole('banner')).toHaveTextContent('Werkbrug WSP-portaal');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });
});
