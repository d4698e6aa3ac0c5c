import { useMutation } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  LoginForm,
  loginErrorFrom,
  returnPathFrom,
  usePageTitle,
  useSession,
  type LoginError,
  type LoginRedirectState,
  type LoginValues,
} from '@werkbrug/ui';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { PORTAL } from '../../app/portal.js';
import { graphql } from '../../gql/index.js';

export const LoginPageLoginMutation = graphql(`
  mutation LoginPage_Login($input: LoginInput!) {
    login(input: $input) {
      ...Viewer_viewer
    }
  }
`);

export function LoginPage() {
  usePageTitle('Inloggen');
  const location = useLocation();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [login, { loading }] = useMutation(LoginPageLoginMutation);
  const [error, setError] = useState<LoginError | null>(null);
  const loggedOut = (location.state as LoginRedirectState | null)?.loggedOut === true;

  async function handleSubmit(values: LoginValues) {
    setError(null);
    try {
      const { data } = await login({ variables: { input: { ...values, portal: PORTAL } } });
      if (!data) throw new Error('login returned no data');
      signIn(data.login);
      navigate(returnPathFrom(location.state), { replace: true });
    } catch (caught) {
      setError(loginErrorFrom(caught));
    }
  }

  return (
    <>
      <Heading level={1}>Inloggen</Heading>
      {loggedOut && (
        <Alert type="ok">
          <Paragraph>U bent uitgelogd.</Paragraph>
        </Alert>
      )}
      <Paragraph>
        Log in met het e-mailadres en wachtwoord van uw account bij het WSP, de gemeente of UWV.
      </Paragraph>
      <LoginForm onSubmit={handleSubmit} error={error} busy={loading} />
    </>
  );
}
