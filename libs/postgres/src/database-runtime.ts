/** Finds the PostgreSQL server to use: DATABASE_URL if given, else an embedded server under the data folder. */
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { createDatabaseIfMissing, withDatabase } from './create-database';
import { assertDatabaseAnswers } from './database-reachable';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseRuntime {
  readonly databaseUrl: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE = 'ledger';

export async function startDatabaseRuntime(databaseUrl: string | undefined, dataDir: string): Promise<DatabaseRuntime> {
  if (databaseUrl) {
    // Said here in one line: once the app is being built, a refused connection is a stack in Nest's log.
    await assertDatabaseAnswers(databaseUrl);
    return { databaseUrl, embedded: false, stop: async () => undefined };
  }
  const logger = new Logger('EmbeddedPostgres');
  const started = Date.now();
  const server = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'postgres'),
    persistent: true,
    notice: (line) => logger.warn(line),
    // A postmaster that dies is started again; one that cannot be ends this process, non-zero, with one line.
    supervise: {
      giveUp: (line) => {
        logger.fatal(line);
        process.exit(1);
      },
    },
  });
  await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
  logger.log(
    `embedded PostgreSQL on 127.0.0.1:${server.port} (data in ${server.dataDir}, binaries in ${server.binariesDir}), ready in ${Date.now() - started} ms`,
  );
  return {
    databaseUrl: withDatabase(server.url, EMBEDDED_DATABASE),
    embedded: true,
    stop: async () => {
      await server.stop();
      logger.log('embedded PostgreSQL stopped');
    },
  };
}
