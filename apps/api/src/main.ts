/** Starts the API: embedded PostgreSQL unless DATABASE_URL is set, the chosen event store, demo data, HTTP. */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { attachOrStartDatabase } from '@app/postgres';
import { loadNotifierSettings } from '@app/notifier';
import {
  applicationDatabaseUrl,
  loadAppConfig,
  systemClock,
  loadProjectorSettings,
  onStopSignal,
  useProcessLogger,
  startupFailureLine,
  assertPortFree,
  startTracingFrom,
} from '@app/runtime';
import { loadSealSettings } from './audit';
import { describeEvidenceStore, loadEvidenceSettings } from '@app/evidence';
import { createApp } from './create-app';
import { consoleOidcFromEnv } from './console/console-sign-in';
import { seedDemoData } from './demo/seed-demo-data';
import { resolveTokenSettings } from './runtime/token-settings';
import { resolveLedgerSigner } from './runtime/ledger-signing-key';

async function main(): Promise<void> {
  const config = loadAppConfig();
  // JSON lines through pino from the first line on (the database's start is logged before the app exists).
  // The request log writes through the same process logger (http/request-logging.ts): no settings of its own.
  useProcessLogger(config.logLevel);
  const logger = new Logger('Main');
  // Off unless OTEL_TRACES_EXPORTER=otlp or an OTLP endpoint is configured.
  const tracing = startTracingFrom(process.env, 'ledger-api');
  if (tracing) logger.log('traces exported over OTLP');
  // Before anything starts: a production configuration without a key stops here, with nothing to clean up.
  const tokens = resolveTokenSettings(config);
  // So is an evidence store that could not work (EVIDENCE_STORE=s3 without S3_BUCKET…).
  const evidence = loadEvidenceSettings(process.env);
  const host = process.env.HOST ?? '127.0.0.1';
  await assertPortFree(config.port, host);
  const signer = resolveLedgerSigner(config);
  const database = await attachOrStartDatabase(config.databaseUrl, config.dataDir);
  const databaseUrl = await applicationDatabaseUrl(database, config.dataDir);
  const eventStore =
    config.eventStore.kind === 'postgres' ? { kind: 'postgres' as const, url: databaseUrl } : config.eventStore;
  const app = await createApp(
    {
      databaseUrl,
      eventStore,
      tokens,
      clock: systemClock,
      signer,
      hashAlgorithm: config.hashAlgorithm,
      seals: loadSealSettings(process.env),
      projector: loadProjectorSettings(process.env, config.runProjector, eventStore),
      http: config.http,
      demoSignIn: config.seedDemo && !config.production,
      notifier: loadNotifierSettings(process.env),
      evidence,
      consoleOidc: consoleOidcFromEnv(process.env),
    },
    config.logLevel,
  );
  onStopSignal(
    async (signal) => {
      logger.log(`${signal} received: closing`);
      await app.close();
      await database.stop();
      await tracing?.shutdown();
    },
    (error) => logger.error(`stopping failed: ${error instanceof Error ? error.message : String(error)}`),
  );

  await app.init(); // registers the command handlers, which seeding needs
  if (config.seedDemo) await seedDemoData(app);
  await app.listen(config.port, host);
  logger.log(
    `API on ${await app.getUrl()} (event store: ${config.eventStore.kind}; evidence files: ${describeEvidenceStore(evidence.store)}); the console at /, OpenAPI docs at /api/docs`,
  );
}

main().catch((error: unknown) => {
  // The embedded server, if this process started it, is stopped by its exit hook.
  new Logger('Main').error(`the API could not start: ${startupFailureLine(error)}`);
  process.exit(1);
});
