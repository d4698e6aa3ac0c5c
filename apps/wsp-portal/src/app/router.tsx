import { AppShell, NotFoundPage, RequireAuth, useSession } from '@werkbrug/ui';
import type { ReactElement } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import type { Role } from '../gql/graphql.js';
import { EmployerListPage } from '../pages/employers/EmployerListPage.js';
import { EmployerPage } from '../pages/employers/EmployerPage.js';
import { PlacementListPage } from '../pages/placements/PlacementListPage.js';
import { RegisterPlacementPage } from '../pages/placements/RegisterPlacementPage.js';
import { MatchingWorkbenchPage } from '../pages/vacancies/MatchingWorkbenchPage.js';
import { MatchingPage } from '../pages/vacancies/MatchingPage.js';
import { VacancyListPage } from '../pages/vacancies/VacancyListPage.js';
import { VacancyPage } from '../pages/vacancies/VacancyPage.js';
import { LoginPage } from '../pages/auth/LoginPage.js';
import { StartPage } from '../pages/home/StartPage.js';
import { CompetenceScanPage } from '../pages/job-seekers/CompetenceScanPage.js';
import { JobSeekerListPage } from '../pages/job-seekers/JobSeekerListPage.js';
import { JobSeekerProfilePage } from '../pages/job-seekers/JobSeekerProfilePage.js';
import { JobSeekerPage } from '../pages/job-seekers/JobSeekerPage.js';
import { navigationFor, PORTAL_NAME, PORTAL_ROLES, STAFF } from './portal.js';
import { RequireRole } from './RequireRole.js';

export const LOGIN_PATH = '/inloggen';

function Layout() {
  const { viewer } = useSession();
  return (
    <AppShell
      portalName={PORTAL_NAME}
      navigation={navigationFor(viewer?.roles ?? [])}
      loginPath={LOGIN_PATH}
    >
      <Outlet />
    </AppShell>
  );
}

/** A page for logged-in users with one of `roles`; the API checks every request again. */
function guarded(roles: readonly Role[], page: ReactElement) {
  return (
    <RequireAuth loginPath={LOGIN_PATH}>
      <RequireRole roles={roles}>{page}</RequireRole>
    </RequireAuth>
  );
}

/** Every page of the portal, with the roles that may open it; anything unknown is a Dutch 404. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={LOGIN_PATH} element={<LoginPage />} />
        <Route index element={guarded(PORTAL_ROLES, <StartPage />)} />
        <Route path="inwoners" element={guarded(STAFF, <JobSeekerListPage />)} />
        <Route path="inwoners/:jobSeekerId" element={guarded(STAFF, <JobSeekerPage />)} />
        <Route
          path="inwoners/:jobSeekerId/competentiescan"
          element={guarded(['CONSULTANT'], <CompetenceScanPage />)}
        />
        <Route
          path="inwoners/:jobSeekerId/profiel"
          element={guarded(['CONSULTANT'], <JobSeekerProfilePage />)}
        />
        <Route path="werkgevers" element={guarded(STAFF, <EmployerListPage />)} />
        <Route path="werkgevers/:employerId" element={guarded(STAFF, <EmployerPage />)} />
        <Route path="vacatures" element={guarded(STAFF, <VacancyListPage />)} />
        <Route path="vacatures/:vacancyId" element={guarded(STAFF, <VacancyPage />)} />
        <Route path="matching" element={guarded(['ACCOUNT_MANAGER'], <MatchingPage />)} />
        <Route
          path="vacatures/:vacancyId/matching"
          element={guarded(['ACCOUNT_MANAGER'], <MatchingWorkbenchPage />)}
        />
        <Route path="plaatsingen" element={guarded(STAFF, <PlacementListPage />)} />
        <Route path="plaatsingen/nieuw" element={guarded(STAFF, <RegisterPlacementPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
