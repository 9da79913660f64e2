/**
 * `npm run projections:rebuild [-- <name>…]`: rebuilds one, several or all read models into new tables
 * and swaps them in while the live projection keeps running (in `npm start` or the projector process).
 * Several are replayed together from one reading of the log, then each is swapped in.
 * Progress (events/s, position, ETA) goes to stderr, one summary line per read model to stdout.
 * Exit 0 when all were rebuilt, 1 when one failed, 2 for an unknown name.
 * Database: DATABASE_URL; else the embedded server `npm start` runs on DATA_DIR; else one started here.
 */
import 'reflect-metadata';
import { Logger, type LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createEventStore } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionAdmin, formatProgress, readModelDataSourceOptions, type ProjectorLogger } from '@app/projector';
import { attachOrStartDatabase } from '@app/postgres';
import { applicationDatabaseUrl, loadAppConfig, startupFailureLine } from '@app/runtime';

const stderrLogger: ProjectorLogger & LoggerService = {
  log: (message: unknown) => void process.stderr.write(`${String(message)}\n`),
  warn: (message: unknown) => void process.stderr.write(`WARN ${String(message)}\n`),
  error: (message: unknown) => void process.stderr.write(`ERROR ${String(message)}\n`),
};

async function main(names: string[]): Promise<number> {
  const known = ALL_PROJECTIONS.map((projection) => projection.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown read model${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${known.join(', ')}\n`,
    );
    return 2;
  }
  // Nest's loggers (used by the embedded server's start) write to stdout, which is for the summary.
  Logger.overrideLogger(stderrLogger);
  const config = loadAppConfig();
  const database = await attachOrStartDatabase(config.databaseUrl, config.dataDir, stderrLogger);
  const databaseUrl = await applicationDatabaseUrl(database, config.dataDir);
  const eventStore =
    config.eventStore.kind === 'postgres' ? { kind: 'postgres' as const, url: databaseUrl } : config.eventStore;
  const store = await createEventStore(eventStore);
  const dataSource = await new DataSource(readModelDataSourceOptions(databaseUrl)).initialize();
  try {
    const admin = new ProjectionAdmin({
      dataSource,
      store,
      projections: ALL_PROJECTIONS,
      logger: stderrLogger,
      options: { progressEvery: 2_000 },
    });
    let failed = 0;
    const wanted = names.length > 0 ? names : known;
    try {
      // All of them from one reading of the log, each swapped in under its own lock.
      const results = await admin.rebuildTogether(wanted, (progress) =>
        process.stderr.write(`${formatProgress(progress)}\n`),
      );
      for (const result of results) {
        const checksum = await admin.checksum(result.projection);
        process.stdout.write(
          `${result.projection}: rebuilt from ${result.events} events in ${result.seconds.toFixed(2)} s, swapped in at ${result.position}; checksum ${checksum.checksum} (${checksum.rows} rows at ${checksum.position})\n`,
        );
      }
    } catch (error) {
      failed += 1;
      process.stderr.write(
        `${wanted.join(', ')}: rebuild failed; those not swapped in are unchanged: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    return failed === 0 ? 0 : 1;
  } finally {
    await store.close();
    await dataSource.destroy();
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`projections:rebuild failed: ${startupFailureLine(error)}\n`);
    process.exit(1);
  },
);
