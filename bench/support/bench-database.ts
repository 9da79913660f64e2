/** A throw-away embedded PostgreSQL for one benchmark (like the test run's global setup): a URL, and a stop that deletes it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabaseIfMissing, startEmbeddedPostgres, withDatabase } from '@app/postgres';

export interface BenchDatabase {
  /** Connection string to a fresh database named `bench`. */
  readonly url: string;
  stop(): Promise<void>;
}

export async function startBenchDatabase(name = 'bench'): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false });
  await createDatabaseIfMissing(server.url, name);
  return { url: withDatabase(server.url, name), stop: () => server.stop() };
}
