/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        // Type checking is `npm run typecheck`'s job; with isolatedModules jest only transpiles.
        tsconfig: { module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', isolatedModules: true },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose dependencies are ESM-only
    // and fail under jest on Node 20; the mock only needs its OfficeApp enum.
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
  },
  collectCoverageFrom: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/dev/**'],
  coverageReporters: ['text-summary', 'lcov'],
  testTimeout: 60000,
};
