import type { ApolloClient } from '@apollo/client';
import { PortalProviders } from '@werkbrug/ui';
import { LogoutMutation, SessionQuery } from '../modules/session/graphql/session.js';
import { PORTAL_ROLES } from './portal.js';
import { AppRoutes } from './router.js';

export function App({ client }: { client: ApolloClient }) {
  return (
    <PortalProviders
      client={client}
      viewerQuery={SessionQuery}
      logoutMutation={LogoutMutation}
      allowedRoles={PORTAL_ROLES}
    >
      <AppRoutes />
    </PortalProviders>
  );
}
