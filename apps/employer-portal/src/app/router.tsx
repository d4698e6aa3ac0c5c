import { AppShell, NotFoundPage, RequireAuth } from '@werkbrug/ui';
import { Outlet, Route, Routes } from 'react-router';
import { LoginPage } from '../pages/auth/LoginPage.js';
import { VacancyCandidatesPage } from '../pages/candidates/VacancyCandidatesPage.js';
import { StartPage } from '../pages/home/StartPage.js';
import { IntroductionPage } from '../pages/introductions/IntroductionPage.js';
import { JobCarvingListPage } from '../pages/job-carving/JobCarvingListPage.js';
import { JobCarvingRequestPage } from '../pages/job-carving/JobCarvingRequestPage.js';
import { NewJobCarvingRequestPage } from '../pages/job-carving/NewJobCarvingRequestPage.js';
import { OrganisationPage } from '../pages/organisation/OrganisationPage.js';
import { EditVacancyPage } from '../pages/vacancies/EditVacancyPage.js';
import { NewVacancyPage } from '../pages/vacancies/NewVacancyPage.js';
import { VacancyListPage } from '../pages/vacancies/VacancyListPage.js';
import { VacancyPage } from '../pages/vacancies/VacancyPage.js';
import { NAVIGATION, PORTAL_NAME } from './portal.js';

export const LOGIN_PATH = '/inloggen';

function Layout() {
  return (
    <AppShell portalName={PORTAL_NAME} navigation={NAVIGATION} loginPath={LOGIN_PATH}>
      <Outlet />
    </AppShell>
  );
}

/** Everything behind the login. */
function Private() {
  return (
    <RequireAuth loginPath={LOGIN_PATH}>
      <Outlet />
    </RequireAuth>
  );
}

/** Every page of the portal; anything unknown is a Dutch 404. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={LOGIN_PATH} element={<LoginPage />} />
        <Route element={<Private />}>
          <Route index element={<StartPage />} />
          <Route path="organisatie" element={<OrganisationPage />} />
          <Route path="vacatures" element={<VacancyListPage />} />
          <Route path="vacatures/nieuw" element={<NewVacancyPage />} />
          <Route path="vacatures/:id" element={<VacancyPage />} />
          <Route path="vacatures/:id/wijzigen" element={<EditVacancyPage />} />
          <Route path="vacatures/:id/kandidaten" element={<VacancyCandidatesPage />} />
          <Route path="jobcarving" element={<JobCarvingListPage />} />
          <Route path="jobcarving/nieuw" element={<NewJobCarvingRequestPage />} />
          <Route path="jobcarving/:id" element={<JobCarvingRequestPage />} />
          <Route path="voorstellen/:id" element={<IntroductionPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
