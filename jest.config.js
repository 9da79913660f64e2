const eventStoreDb = process.env.EVENTSTORE_CONNECTION_STRING;
if (!eventStoreDb) {
  process.stderr.write(
    'EventStoreDB contract suite not run: EVENTSTORE_CONNECTION_STRING is not set (the GitHub workflow sets it)\n',
  );
}

/** What every kind of test shares: TypeScript through swc, `@app/<lib>` to the lib's src. */
const shared = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testPathIgnorePatterns: [
    '/node_modules/',
    ...(eventStoreDb ? [] : ['eventstoredb-event-store\\.contract\\.int\\.spec\\.ts$']),
  ],
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest'],
    // The console's component specs (apps/console/test/*.unit.spec.tsx, in jsdom): TSX with React's automatic runtime.
    '^.+\\.tsx$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  // Nest 12, uuid and jose (under jwks-rsa) ship ES modules; swc turns them into CommonJS for jest's module loader.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|uuid|jose|file-type|strtok3|token-types|uint8array-extras|@tokenizer|@borewit)/)',
  ],
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
  testTimeout: 60000,
};

/** One embedded PostgreSQL server for the run (started once, however many kinds need it). */
const withPostgres = {
  globalSetup: '<rootDir>/libs/testing/src/postgres-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/postgres-global-teardown.ts',
};

/**
 * The three kinds of test, one jest project each, named by the spec's suffix (`npm run test:unit`, `test:int`,
 * `test:e2e`; `npm test` runs them all): unit (*.unit.spec.ts: no database, no network), integration
 * (*.int.spec.ts: a real PostgreSQL or another real server, no HTTP app), end-to-end (*.e2e-spec.ts: the real
 * app over HTTP or a browser, or one of its built programs run as a process).
 */
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.unit.spec.ts', '**/*.unit.spec.tsx'] },
    { ...shared, ...withPostgres, displayName: 'int', testMatch: ['**/*.int.spec.ts'] },
    { ...shared, ...withPostgres, displayName: 'e2e', testMatch: ['**/*.e2e-spec.ts'] },
  ],
  testTimeout: 60000,
  maxWorkers: 2,
};
