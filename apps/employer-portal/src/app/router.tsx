import { AppShell, NotFoundPage, RequireAuth } from '@werkbrug/ui';
import { Outlet, Route, Routes } from 'react-router';
import { LoginPage } from '../pages/auth/LoginPage.js';
import { StartPage } from '../pages/home/StartPage.js';
import { NAVIGATION, PORTAL_NAME } from './portal.js';

export const LOGIN_PATH = '/inloggen';

function Layout() {
  return (
    <AppShell portalName={PORTAL_NAME} navigation={NAVIGATION} loginPath={LOGIN_PATH}>
      <Outlet />
    </AppShell>
  );
}

/** Every page of the portal; anything unknown is a Dutch 404. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={LOGIN_PATH} element={<LoginPage />} />
        <Route
          index
          element={
            <RequireAuth loginPath={LOGIN_PATH}>
              <StartPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
