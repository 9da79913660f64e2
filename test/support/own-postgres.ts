/**
 * A PostgreSQL server of a suite's own, for suites that hold transactions open on purpose (a held-open
 * transaction, a stalled connection): transaction ids are server-wide, so on the shared test server they
 * would hide every other suite's events from the gap-safe reads until they end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabaseIfMissing, startEmbeddedPostgres, withDatabase } from '@app/postgres';

export interface OwnPostgres {
  /** The server's own database (`postgres`). */
  readonly serverUrl: string;
  /** A database made on it for the suite's app. */
  readonly databaseUrl: string;
  stop(): Promise<void>;
}

export async function startOwnPostgres(database = 'ledger'): Promise<OwnPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-own-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'postgres'),
    persistent: false,
    notice: () => undefined,
  });
  await createDatabaseIfMissing(server.url, database);
  return {
    serverUrl: server.url,
    databaseUrl: withDatabase(server.url, database),
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
