import { AppShell, NotFoundPage, RequireAuth, useSession } from '@werkbrug/ui';
import type { ReactElement } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import type { Role } from '../gql/graphql.js';
import { AssignmentPage } from '../pages/assignment/AssignmentPage.js';
import { EmployerListPage } from '../pages/employers/EmployerListPage.js';
import { EmployerPage } from '../pages/employers/EmployerPage.js';
import { InboxPage } from '../pages/inbox/InboxPage.js';
import { JobCarvingRequestPage } from '../pages/job-carving/JobCarvingRequestPage.js';
import { AftercareTasksPage } from '../pages/aftercare/AftercareTasksPage.js';
import { PlacementListPage } from '../pages/placements/PlacementListPage.js';
import { PlacementPage } from '../pages/placements/PlacementPage.js';
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
import { JobSeekerVacanciesPage } from '../pages/job-seekers/JobSeekerVacanciesPage.js';
import { RegionReportPage } from '../pages/results/RegionReportPage.js';
import { RegionResultsPage } from '../pages/results/RegionResultsPage.js';
import { ResultsOverviewPage } from '../pages/results/ResultsOverviewPage.js';
import {
  JOB_CARVING_HANDLERS,
  navigationFor,
  PORTAL_NAME,
  PORTAL_ROLES,
  RESULTS_READERS,
  STAFF,
} from './portal.js';
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
          path="inwoners/:jobSeekerId/vacatures"
          element={guarded(STAFF, <JobSeekerVacanciesPage />)}
        />
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
        <Route path="inbox" element={guarded(JOB_CARVING_HANDLERS, <InboxPage />)} />
        <Route
          path="jobcarving/:requestId"
          element={guarded(JOB_CARVING_HANDLERS, <JobCarvingRequestPage />)}
        />
        <Route
          path="toewijzing"
          element={guarded(['ACCOUNT_MANAGER', 'ADMIN'], <AssignmentPage />)}
        />
        <Route
          path="vacatures/:vacancyId/matching"
          element={guarded(['ACCOUNT_MANAGER'], <MatchingWorkbenchPage />)}
        />
        <Route path="plaatsingen" element={guarded(STAFF, <PlacementListPage />)} />
        <Route path="plaatsingen/nieuw" element={guarded(STAFF, <RegisterPlacementPage />)} />
        <Route path="plaatsingen/:placementId" element={guarded(STAFF, <PlacementPage />)} />
        <Route path="nazorg" element={guarded(STAFF, <AftercareTasksPage />)} />
        <Route path="resultaten" element={guarded(RESULTS_READERS, <ResultsOverviewPage />)} />
        <Route
          path="resultaten/:regionCode"
          element={guarded(RESULTS_READERS, <RegionResultsPage />)}
        />
        <Route
          path="resultaten/:regionCode/rapport"
          element={guarded(RESULTS_READERS, <RegionReportPage />)}
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
