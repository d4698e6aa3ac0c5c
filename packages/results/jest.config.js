import { nodePreset } from '@werkbrug/config/jest-node';

export default nodePreset({ roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] });
