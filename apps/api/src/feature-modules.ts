import { EmployerModule } from './modules/employer/employer.module.js';
import { RegionModule } from './modules/region/region.module.js';

/** Every feature module with resolvers; the schema emitter and the audience test read this list. */
export const FEATURE_MODULES = [RegionModule, EmployerModule];
