import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Outlet, Route, useLocation } from 'react-router';
import { usePageTitle } from '../page-title/usePageTitle.js';
import type { LoginRedirectState } from '../session/RequireAuth.js';
import { buildViewer, logoutMock, renderApp, sessionMock } from '../test-utils.js';
import { AppShell } from './AppShell.js';

function LoginProbe() {
  const state = useLocation().state as LoginRedirectState | null;
  return <p>{state?.loggedOut ? 'Uitgelogd' : 'Inlogpagina'}</p>;
}

function TitledPage({ title }: { title: string }) {
  usePageTitle(title);
  return <h1>{title}</h1>;
}

const routes = (
  <Route
    element={
      <AppShell
        portalName="Werkbrug WSP-portaal"
        navigation={[
          { to: '/', label: 'Startpagina' },
          { to: '/vacatures', label: 'Vacatures' },
        ]}
      >
        <Outlet />
      </AppShell>
    }
  >
    <Route path="/" element={<TitledPage title="Startpagina" />} />
    <Route path="/vacatures" element={<TitledPage title="Vacatures" />} />
    <Route path="/inloggen" element={<LoginProbe />} />
  </Route>
);

describe(AppShell.name, () => {
  it('has a skip link to the main content as its first link', () => {
    renderApp({ routes, mocks: [sessionMock(null)] });

    const [first] = screen.getAllByRole('link');
    expect(first).toHaveTextContent('Direct naar de inhoud');
    expect(first).toHaveAttribute('href', `#${screen.getByRole('main').id}`);
  });

  it('has header, main and footer landmarks', () => {
    renderApp({ routes, mocks: [sessionMock(null)] });

    expect(screen.getByRole('banner')).toHaveTextContent('Werkbrug WSP-portaal');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('puts the portal name in the page title', () => {
    renderApp({ routes, path: '/vacatures', mocks: [sessionMock(null)] });

    expect(document.title).toBe('Vacatures - Werkbrug WSP-portaal');
  });

  it('shows who is logged in and the main menu with the current page marked', async () => {
    const viewer = buildViewer({ displayName: 'Sanne Bakker', organisationName: 'WSP Groningen' });
    renderApp({ routes, mocks: [sessionMock(viewer)] });

    const userMenu = await screen.findByRole('navigation', { name: 'Gebruikersmenu' });
    expect(userMenu).toHaveTextContent('Ingelogd als Sanne Bakker (WSP Groningen)');
    const mainMenu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(mainMenu).getByRole('link', { name: 'Startpagina' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(mainMenu).getByRole('link', { name: 'Vacatures' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('shows no menus to someone who is not logged in', async () => {
    renderApp({ routes, path: '/inloggen', mocks: [sessionMock(null)] });

    await screen.findByText('Inlogpagina');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('logs out and goes to the login page', async () => {
    const user = userEvent.setup();
    const { location } = renderApp({
      routes,
      // Clearing the cache makes the session query ask the server again.
      mocks: [sessionMock(buildViewer()), logoutMock(), sessionMock(null)],
    });

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByText('Uitgelogd')).toBeInTheDocument();
    expect(location().pathname).toBe('/inloggen');
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
  });

  it('says so when logging out fails', async () => {
    const user = userEvent.setup();
    renderApp({
      routes,
      mocks: [
        sessionMock(buildViewer()),
        { ...logoutMock(), result: undefined, error: new Error('Failed to fetch') },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Uitloggen is niet gelukt.');
  });

  it('navigates inside the app and moves focus to the new content', async () => {
    const user = userEvent.setup();
    const { location } = renderApp({ routes, mocks: [sessionMock(buildViewer())] });

    await user.click(await screen.findByRole('link', { name: 'Vacatures' }));

    expect(location().pathname).toBe('/vacatures');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vacatures');
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
