// Jest preset for the React portals: jsdom, TSX through @swc/jest, CSS stubbed.
export function reactPreset(overrides = {}) {
  return {
    testEnvironment: 'jsdom',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    moduleNameMapper: {
      '^(\\.{1,2}/.*)\\.js$': '$1',
      '\\.(css)$': '@werkbrug/config/style-stub',
    },
    transform: {
      '^.+\\.(ts|tsx)$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2022',
          },
          module: { type: 'es6' },
        },
      ],
    },
    ...overrides,
  };
}
