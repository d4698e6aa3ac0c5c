import { gql } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route } from 'react-router';
import { RequireAuth } from '../session/RequireAuth.js';
import { useViewer } from '../session/session.js';
import { buildViewer, renderApp, sessionMock } from '../test-utils.js';
import { submitLoginForm } from '../testing/submitLoginForm.js';
import { LoginPage, type LoginMutationDocument } from './LoginPage.js';

const TestLoginDocument: LoginMutationDocument<'WSP'> = gql`
  mutation TestLogin($input: LoginInput!) {
    login(input: $input) {
      id
      email
      displayName
      roles
      organisationName
    }
  }
`;

const email = 'am.gooi@demo.werkbrug.nl';
const password = 'Werkbrug-demo-2026!';

function loginMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: TestLoginDocument,
      variables: { input: { email, password, portal: 'WSP' } },
    },
    result,
  };
}

function Greeting() {
  return <h1>Welkom, {useViewer().displayName}</h1>;
}

const routes = (
  <>
    <Route
      path="/inloggen"
      element={
        <LoginPage
          loginMutation={TestLoginDocument}
          portal="WSP"
          intro="Log in met uw account bij het WSP."
        />
      }
    />
    <Route
      path="/"
      element={
        <RequireAuth>
          <Greeting />
        </RequireAuth>
      }
    />
  </>
);

describe(LoginPage.name, () => {
  it('has one h1 and says whose account to use', async () => {
    renderApp({ routes, path: '/inloggen', mocks: [sessionMock(null)] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Inloggen');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Log in met uw account bij het WSP.')).toBeInTheDocument();
  });

  it('checks the fields in Dutch before sending anything', async () => {
    const user = userEvent.setup();
    renderApp({ routes, path: '/inloggen', mocks: [sessionMock(null)] });

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
    renderApp({
      routes,
      path: '/inloggen',
      mocks: [sessionMock(null), loginMock({ errors: [refusal.toJSON()] })],
    });

    await submitLoginForm({ email, password });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'E-mailadres of wachtwoord is onjuist.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Inloggen');
  });

  it('sends the portal with the login and returns to the page that asked for it', async () => {
    const viewer = buildViewer({ displayName: 'Fatima El Amrani' });
    const { location } = renderApp({
      routes,
      path: '/?tab=vacatures',
      mocks: [
        sessionMock(null),
        loginMock({ data: { login: { __typename: 'Viewer', ...viewer } } }),
      ],
    });

    await submitLoginForm({ email, password });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' }),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/');
    expect(location().search).toBe('?tab=vacatures');
  });
});
