/** A fresh, empty database per test suite on the run's PostgreSQL server. */
import { randomBytes } from 'node:crypto';
import { createDatabaseIfMissing, withDatabase } from '../../postgres/src/create-database';

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_SERVER_URL is not set: run the tests through jest (its global setup starts PostgreSQL)',
    );
  return url;
}

export async function createTestDatabase(prefix = 'test'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(testServerUrl(), name);
  return withDatabase(testServerUrl(), name);
}
