import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { SessionProvider } from '@werkbrug/ui';
import { BrowserRouter } from 'react-router';
import { LogoutMutation, SessionQuery } from '../modules/session/graphql/session.js';
import { PORTAL_ROLES } from './portal.js';
import { AppRoutes } from './router.js';

export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <SessionProvider
        viewerQuery={SessionQuery}
        logoutMutation={LogoutMutation}
        allowedRoles={PORTAL_ROLES}
      >
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  );
}
