import { RegionModule } from './modules/region/region.module.js';

/** Every feature module with resolvers; the schema emitter builds from the same list. */
export const FEATURE_MODULES = [RegionModule];
