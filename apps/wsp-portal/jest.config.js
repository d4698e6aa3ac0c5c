import { reactPreset } from '@werkbrug/config/jest-react';

const preset = reactPreset();

export default reactPreset({
  // Vite's `?raw` imports (the region map's GeoJSON): the file's text.
  moduleNameMapper: { '^(.+\\.geojson)\\?raw$': '$1', ...preset.moduleNameMapper },
  transform: { ...preset.transform, '\\.geojson$': '<rootDir>/jest.raw-transform.cjs' },
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
  // Whole forms typed with user-event take a second or two; more on a busy shared machine.
  testTimeout: 15_000,
});
