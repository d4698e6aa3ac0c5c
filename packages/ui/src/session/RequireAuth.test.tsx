import { screen } from '@testing-library/react';
import { Route, useLocation } from 'react-router';
import { buildViewer, renderApp, sessionMock } from '../test-utils.js';
import { RequireAuth, returnPathFrom } from './RequireAuth.js';
import { useViewer } from './session.js';

function LoginProbe() {
  const location = useLocation();
  return <p>Inlogpagina, terug naar {returnPathFrom(location.state, '(geen)')}</p>;
}

function Greeting() {
  return <p>Hallo {useViewer().displayName}</p>;
}

const routes = (
  <>
    <Route path="/inloggen" element={<LoginProbe />} />
    <Route
      path="/vacatures"
      element={
        <RequireAuth>
          <Greeting />
        </RequireAuth>
      }
    />
  </>
);

describe(RequireAuth.name, () => {
  it('shows the page to a logged-in user', async () => {
    const viewer = buildViewer({ displayName: 'Anna de Vries' });
    renderApp({ routes, path: '/vacatures', mocks: [sessionMock(viewer)] });

    expect(await screen.findByText('Hallo Anna de Vries')).toBeInTheDocument();
  });

  it('sends an anonymous user to the login page, remembering where they were going', async () => {
    const { location } = renderApp({
      routes,
      path: '/vacatures?status=open',
      mocks: [sessionMock(null)],
    });

    expect(
      await screen.findByText('Inlogpagina, terug naar /vacatures?status=open'),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/inloggen');
  });

  it('treats a user of the other portal as not logged in', async () => {
    const viewer = buildViewer({ roles: ['EMPLOYER_USER'] });
    renderApp({
      routes,
      path: '/vacatures',
      mocks: [sessionMock(viewer)],
      allowedRoles: ['ACCOUNT_MANAGER'],
    });

    expect(await screen.findByText(/^Inlogpagina/)).toBeInTheDocument();
  });

  it('says it is loading while the session is not known yet', () => {
    renderApp({ routes, path: '/vacatures', mocks: [sessionMock(buildViewer())] });

    expect(screen.getByRole('status')).toHaveTextContent('Bezig met laden…');
  });

  it('says Werkbrug cannot be reached when the session cannot be loaded', async () => {
    renderApp({
      routes,
      path: '/vacatures',
      mocks: [{ ...sessionMock(null), result: undefined, error: new Error('Failed to fetch') }],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Werkbrug is nu niet bereikbaar.');
  });
});

describe(returnPathFrom.name, () => {
  it.each([
    [{ from: '/vacatures/12' }, '/vacatures/12'],
    [{ from: 'https://kwaadwillend.example/' }, '/'],
    [{ from: '//kwaadwillend.example/' }, '/'],
    [{ from: 42 }, '/'],
    [null, '/'],
    [undefined, '/'],
  ])('returns to %j as %s', (state, path) => {
    expect(returnPathFrom(state)).toBe(path);
  });
});
