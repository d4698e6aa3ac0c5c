import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { startPageMock } from '../../testing/mocks.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { LoginPage, LoginPageLoginMutation } from './LoginPage.js';

const email = 'werkgever@demo.werkbrug.nl';
const password = 'Werkbrug-demo-2026!';

function loginMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: LoginPageLoginMutation,
      variables: { input: { email, password, portal: 'EMPLOYER' } },
    },
    result,
  };
}

async function logIn() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('E-mailadres'), email);
  await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe(LoginPage.name, () => {
  it('has one h1 and a Dutch page title', async () => {
    renderPortal({ path: '/inloggen', mocks: [sessionMock(null)] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Inloggen');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Inloggen - Werkbrug werkgeversportaal');
  });

  it('checks the fields in Dutch before sending anything', async () => {
    const user = userEvent.setup();
    renderPortal({ path: '/inloggen', mocks: [sessionMock(null)] });

    await user.click(await screen.findByRole('button', { name: 'Inloggen' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Het formulier is niet goed ingevuld.');
    expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription(
      'Vul uw e-mailadres in.',
    );
    expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription(
      'Vul uw wachtwoord in.',
    );
  });

  it('shows the server message when the login is refused', async () => {
    const refusal = new GraphQLError('E-mailadres of wachtwoord is onjuist.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
    renderPortal({
      path: '/inloggen',
      mocks: [sessionMock(null), loginMock({ errors: [refusal.toJSON()] })],
    });

    await logIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'E-mailadres of wachtwoord is onjuist.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Inloggen');
  });

  it('goes to the start page after logging in', async () => {
    const viewer = buildViewer({ displayName: 'Fatima El Amrani' });
    const { location } = renderPortal({
      path: '/inloggen',
      mocks: [sessionMock(null), loginMock({ data: { login: viewer } }), startPageMock()],
    });

    await logIn();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' }),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/');
  });

  it('returns to the page that asked for a login', async () => {
    const viewer = buildViewer({ displayName: 'Fatima El Amrani' });
    const { location } = renderPortal({
      path: '/?tab=vacatures',
      mocks: [sessionMock(null), loginMock({ data: { login: viewer } }), startPageMock()],
    });

    await logIn();

    await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' });
    expect(location().search).toBe('?tab=vacatures');
  });
});
