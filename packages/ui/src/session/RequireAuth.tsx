import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './session.js';

/** What the login page gets in the location state to send the user back afterwards. */
export interface LoginRedirectState {
  from?: string;
  loggedOut?: boolean;
}

export interface RequireAuthProps {
  children: ReactNode;
  loginPath?: string;
}

/** Shows its children to a logged-in user and sends everyone else to the login page. */
export function RequireAuth({ children, loginPath = '/inloggen' }: RequireAuthProps) {
  const { status } = useSession();
  const location = useLocation();

  switch (status) {
    case 'authenticated':
      return children;
    case 'loading':
      return <Paragraph role="status">Bezig met laden…</Paragraph>;
    case 'error':
      return (
        <Alert type="error">
          <Paragraph>
            Werkbrug is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.
          </Paragraph>
        </Alert>
      );
    case 'anonymous': {
      const state: LoginRedirectState = {
        from: `${location.pathname}${location.search}${location.hash}`,
      };
      return <Navigate to={loginPath} replace state={state} />;
    }
  }
}

/** The path to return to after login: only paths inside this app, never another site. */
export function returnPathFrom(state: unknown, fallback = '/'): string {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')
    ? from
    : fallback;
}
