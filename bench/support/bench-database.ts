/** A throw-away embedded PostgreSQL for one benchmark (like the test run's global setup): a URL, and a stop that deletes it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabaseIfMissing, startEmbeddedPostgres, withDatabase } from '@app/postgres';

export interface BenchDatabase {
  /** Connection string to a fresh database named `bench`. */
  readonly url: string;
  /** The server's postmaster, under which every backend runs (undefined while it is down). */
  serverPid(): number | undefined;
  stop(): Promise<void>;
}

export async function startBenchDatabase(name = 'bench'): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-pg-'));
  // BENCH_PG_SETTINGS: server settings for the run, space-separated (`shared_preload_libraries=pg_stat_statements` to see where the database time goes).
  const settings = (process.env.BENCH_PG_SETTINGS ?? '').split(' ').filter(Boolean);
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, settings });
  await createDatabaseIfMissing(server.url, name);
  return { url: withDatabase(server.url, name), serverPid: () => server.postmasterPid(), stop: () => server.stop() };
}
