const eventStoreDb = process.env.EVENTSTORE_CONNECTION_STRING;
if (!eventStoreDb) {
  process.stderr.write('EventStoreDB contract suite not run: EVENTSTORE_CONNECTION_STRING is not set (the GitHub workflow sets it)\n');
}

/** One jest run for every kind of test: unit (*.spec.ts), contract (*.contract.spec.ts), end-to-end (test/*.e2e-spec.ts). */
module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(eventStoreDb ? [] : ['eventstoredb-event-store\\.contract\\.spec\\.ts$'])],
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest'],
    // The console's component specs (apps/console/test/*.unit.spec.tsx, in jsdom): TSX with React's automatic runtime.
    '^.+\\.tsx$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  // Nest 12, uuid and jose (under jwks-rsa) ship ES modules; swc turns them into CommonJS for jest's module loader.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|uuid|jose)/)'],
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
  globalSetup: '<rootDir>/libs/testing/src/postgres-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/postgres-global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
