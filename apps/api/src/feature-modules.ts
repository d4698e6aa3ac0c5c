import { AftercareModule } from './modules/aftercare/aftercare.module.js';
import { BenefitExitModule } from './modules/benefit-exit/benefit-exit.module.js';
import { CompetenceModule } from './modules/competence/competence.module.js';
import { EmployerModule } from './modules/employer/employer.module.js';
import { EmployerIntroductionRequestModule } from './modules/introduction/employer-introduction-request.module.js';
import { IntroductionModule } from './modules/introduction/introduction.module.js';
import { JobCarvingModule } from './modules/job-carving/job-carving.module.js';
import { JobSeekerModule } from './modules/job-seeker/job-seeker.module.js';
import { LksModule } from './modules/lks/lks.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { OrganisationModule } from './modules/organisation/organisation.module.js';
import { PlacementModule } from './modules/placement/placement.module.js';
import { RegionModule } from './modules/region/region.module.js';
import { ResultsModule } from './modules/results/results.module.js';
import { UserModule } from './modules/user/user.module.js';
import { VacancyModule } from './modules/vacancy/vacancy.module.js';

/** Every feature module with resolvers; the schema emitter and the audience test read this list. */
export const FEATURE_MODULES = [
  RegionModule,
  EmployerModule,
  CompetenceModule,
  OrganisationModule,
  UserModule,
  IntroductionModule,
  PlacementModule,
  AftercareModule,
  JobSeekerModule,
  VacancyModule,
  JobCarvingModule,
  MatchingModule,
  ResultsModule,
  BenefitExitModule,
  LksModule,
  EmployerIntroductionRequestModule,
];
