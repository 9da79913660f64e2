/**
 * The database for a process that may run beside `npm start`: DATABASE_URL when set; else the embedded
 * server already running on the data folder (found through its postmaster.pid); else one started here.
 * Shared by the API, the projector process and the command-line tools.
 */
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { createDatabaseIfMissing, withDatabase } from './create-database';
import { findRunningEmbeddedPostgres } from './running-embedded-postgres';
import { EMBEDDED_DATABASE, startDatabaseRuntime, type DatabaseRuntime } from './database-runtime';

export interface AttachedDatabase extends DatabaseRuntime {
  /** True when this process connected to a server another process runs (and so must not stop it). */
  readonly attached: boolean;
}

export async function attachOrStartDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  logger: Pick<Logger, 'log'> = new Logger('Database'),
): Promise<AttachedDatabase> {
  if (!databaseUrl) {
    const running = await findRunningEmbeddedPostgres(join(dataDir, 'postgres'));
    if (running) {
      await createDatabaseIfMissing(running.url, EMBEDDED_DATABASE);
      logger.log(
        `using the embedded PostgreSQL already running on 127.0.0.1:${running.port} (pid ${running.pid}) for ${dataDir}`,
      );
      return {
        databaseUrl: withDatabase(running.url, EMBEDDED_DATABASE),
        embedded: true,
        attached: true,
        stop: async () => undefined,
      };
    }
  }
  return { ...(await startDatabaseRuntime(databaseUrl, dataDir)), attached: false };
}
