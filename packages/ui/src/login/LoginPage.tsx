import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../page-title/usePageTitle.js';
import { returnPathFrom, type LoginRedirectState } from '../session/RequireAuth.js';
import { useSession, type SessionViewer } from '../session/session.js';
import { LoginForm } from './LoginForm.js';
import { loginErrorFrom, type LoginError } from './loginError.js';
import type { LoginValues } from './validateLogin.js';

/** The portal's `login` mutation: e-mail, password and which portal is asking. */
export type LoginMutationDocument<TPortal extends string> = TypedDocumentNode<
  { login: SessionViewer },
  { input: LoginValues & { portal: TPortal } }
>;

export interface LoginPageProps<TPortal extends string> {
  loginMutation: LoginMutationDocument<TPortal>;
  /** Sent with the login; the API refuses accounts of the other portal. */
  portal: TPortal;
  /** Says whose account to log in with. */
  intro: ReactNode;
}

/** Logs in, then returns to the page that asked for it (or the start page). */
export function LoginPage<TPortal extends string>({
  loginMutation,
  portal,
  intro,
}: LoginPageProps<TPortal>) {
  usePageTitle('Inloggen');
  const location = useLocation();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [login, { loading }] = useMutation(loginMutation);
  const [error, setError] = useState<LoginError | null>(null);
  const loggedOut = (location.state as LoginRedirectState | null)?.loggedOut === true;

  async function handleSubmit(values: LoginValues) {
    setError(null);
    try {
      const { data } = await login({ variables: { input: { ...values, portal } } });
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
      <Paragraph>{intro}</Paragraph>
      <LoginForm onSubmit={handleSubmit} error={error} busy={loading} />
    </>
  );
}
