import { AppShell, LoadingState, NotFoundPage, RequireAuth } from '@werkbrug/ui';
import { lazy, Suspense, type ComponentType } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { LoginPage } from '../pages/auth/LoginPage.js';
import { NAVIGATION, PORTAL_NAME } from './portal.js';

export const LOGIN_PATH = '/inloggen';

/** A page in its own chunk, so the first page loads only what it needs. */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const StartPage = page(() => import('../pages/home/StartPage.js'), 'StartPage');
const OrganisationPage = page(
  () => import('../pages/organisation/OrganisationPage.js'),
  'OrganisationPage',
);
const VacancyListPage = page(
  () => import('../pages/vacancies/VacancyListPage.js'),
  'VacancyListPage',
);
const NewVacancyPage = page(() => import('../pages/vacancies/NewVacancyPage.js'), 'NewVacancyPage');
const VacancyPage = page(() => import('../pages/vacancies/VacancyPage.js'), 'VacancyPage');
const EditVacancyPage = page(
  () => import('../pages/vacancies/EditVacancyPage.js'),
  'EditVacancyPage',
);
const VacancyCandidatesPage = page(
  () => import('../pages/candidates/VacancyCandidatesPage.js'),
  'VacancyCandidatesPage',
);
const JobCarvingListPage = page(
  () => import('../pages/job-carving/JobCarvingListPage.js'),
  'JobCarvingListPage',
);
const NewJobCarvingRequestPage = page(
  () => import('../pages/job-carving/NewJobCarvingRequestPage.js'),
  'NewJobCarvingRequestPage',
);
const JobCarvingRequestPage = page(
  () => import('../pages/job-carving/JobCarvingRequestPage.js'),
  'JobCarvingRequestPage',
);
const IntroductionPage = page(
  () => import('../pages/introductions/IntroductionPage.js'),
  'IntroductionPage',
);
const PlacementListPage = page(
  () => import('../pages/placements/PlacementListPage.js'),
  'PlacementListPage',
);
const PlacementPage = page(() => import('../pages/placements/PlacementPage.js'), 'PlacementPage');
const LksCalculationPage = page(
  () => import('../pages/lks/LksCalculationPage.js'),
  'LksCalculationPage',
);
const BanenafspraakPage = page(
  () => import('../pages/banenafspraak/BanenafspraakPage.js'),
  'BanenafspraakPage',
);

function Layout() {
  return (
    <AppShell portalName={PORTAL_NAME} navigation={NAVIGATION} loginPath={LOGIN_PATH}>
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
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
          <Route path="plaatsingen" element={<PlacementListPage />} />
          <Route path="plaatsingen/:id" element={<PlacementPage />} />
          <Route path="lks-berekening" element={<LksCalculationPage />} />
          <Route path="banenafspraak" element={<BanenafspraakPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
