import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { submitLoginForm } from '@werkbrug/ui/testing';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { LoginPage, LoginPageLoginMutation } from './LoginPage.js';

// The form's checks and error messages are tested with the shared LoginPage in @werkbrug/ui;
// here: this portal's title, its `portal` in the login and its routes after logging in.
const credentials = { email: 'am.gooi@demo.werkbrug.nl', password: 'Werkbrug-demo-2026!' };

function loginMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: LoginPageLoginMutation,
      variables: { input: { ...credentials, portal: 'WSP' } },
    },
    result,
  };
}

describe(LoginPage.name, () => {
  it('has one h1, a Dutch page title and says which account to use', async () => {
    renderPortal({ path: '/inloggen', mocks: [sessionMock(null)] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Inloggen');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Inloggen - Werkbrug WSP-portaal');
    expect(
      screen.getByText(
        'Log in met het e-mailadres en wachtwoord van uw account bij het WSP, de gemeente of UWV.',
      ),
    ).toBeInTheDocument();
  });

  it('goes to the start page after logging in', async () => {
    const viewer = buildViewer({ displayName: 'Fatima El Amrani' });
    const { location } = renderPortal({
      path: '/inloggen',
      mocks: [sessionMock(null), loginMock({ data: { login: viewer } })],
    });

    await submitLoginForm(credentials);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' }),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/');
  });

  it('returns to the page that asked for a login', async () => {
    const viewer = buildViewer({ displayName: 'Fatima El Amrani' });
    const { location } = renderPortal({
      path: '/?tab=vacatures',
      mocks: [sessionMock(null), loginMock({ data: { login: viewer } })],
    });

    await submitLoginForm(credentials);

    await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' });
    expect(location().search).toBe('?tab=vacatures');
  });
});
