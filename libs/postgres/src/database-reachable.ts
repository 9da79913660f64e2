/** Checks that a PostgreSQL server given from outside (DATABASE_URL) answers, before anything is built on it. */
import { Client } from 'pg';

export class DatabaseUnreachable extends Error {
  constructor(where: string, reason: string) {
    super(
      `cannot connect to the database DATABASE_URL names (${where}): ${reason}: check DATABASE_URL and that the server runs, or unset DATABASE_URL to use the embedded PostgreSQL`,
    );
    this.name = 'DatabaseUnreachable';
  }
}

export async function assertDatabaseAnswers(databaseUrl: string, timeoutMs = 10_000): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  // A failed connection also emits 'error'; the rejected connect() below says it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseUnreachable(
      describeTarget(databaseUrl),
      (error as Error).message || String((error as { code?: string }).code ?? error),
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** host:port/database, never the password. */
function describeTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'not a valid URL';
  }
}
