import { createPortalTestKit } from '@werkbrug/ui/testing';
import { PORTAL_ROLES } from './app/portal.js';
import { AppRoutes } from './app/router.js';
import { LogoutMutation, SessionQuery } from './modules/session/graphql/session.js';

export const { buildViewer, sessionMock, logoutMock, renderPortal } = createPortalTestKit({
  viewerQuery: SessionQuery,
  logoutMutation: LogoutMutation,
  allowedRoles: PORTAL_ROLES,
  routes: () => <AppRoutes />,
  viewerDefaults: () => ({
    roles: PORTAL_ROLES.slice(),
    organisationName: 'WSP Gooi en Vechtstreek',
    employerId: null,
    regionCodes: ['AM12'],
  }),
});
