import { createPortalTestKit } from '@werkbrug/ui/testing';
import { createCache } from './app/apolloClient.js';
import { PORTAL_ROLES } from './app/portal.js';
import { AppRoutes } from './app/router.js';
import { LogoutMutation, SessionQuery } from './modules/session/graphql/session.js';

export const { buildViewer, sessionMock, logoutMock, renderPortal } = createPortalTestKit({
  viewerQuery: SessionQuery,
  logoutMutation: LogoutMutation,
  allowedRoles: PORTAL_ROLES,
  routes: () => <AppRoutes />,
  createCache,
  viewerDefaults: () => ({
    roles: PORTAL_ROLES.slice(),
    organisationName: 'Bakkerij De Korenschoof',
    employerId: '17',
    regionCodes: ['AM12'],
  }),
});
