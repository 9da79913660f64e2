/** Jest global setup: one embedded PostgreSQL server for the whole run; each suite makes its own database. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../postgres/src/embedded-postgres';

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_SERVER_URL) return; // a server given from outside (e.g. CI service container)
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false });
  process.env.TEST_DATABASE_SERVER_URL = server.url;
  (globalThis as { __embeddedPostgres?: typeof server }).__embeddedPostgres = server;
}
