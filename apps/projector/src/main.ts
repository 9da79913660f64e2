/**
 * The projector as its own process (`npm run start:projector`): follows the event log into every
 * registered read model and runs the deadline watcher. Same configuration as the API (DATABASE_URL or
 * the embedded data folder, EVENT_STORE, …); run the API with RUN_PROJECTOR=false beside it.
 * SIGINT/SIGTERM finish the batch in flight, then stop.
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ALL_PROJECTIONS } from '@app/read-models';
import { attachOrStartDatabase } from '@app/postgres';
import {
  applicationDatabaseUrl,
  loadAppConfig,
  systemClock,
  onStopSignal,
  loadProjectorSettings,
  useProcessLogger,
  LedgerMetrics,
  metricsPortFrom,
  startProbeServer,
  type ProbeServer,
  startupFailureLine,
  startTracingFrom,
} from '@app/runtime';
import { ProjectorModule } from './projector.module';
import { loadNotifierSettings } from '@app/notifier';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const nestLogger = useProcessLogger(config.logLevel);
  const settings = loadProjectorSettings(process.env);
  const logger = new Logger('ProjectorMain');
  // Off unless OTEL_TRACES_EXPORTER=otlp or an OTLP endpoint is configured.
  const tracing = startTracingFrom(process.env, 'ledger-projector');
  if (tracing) logger.log('traces exported over OTLP');
  const database = await attachOrStartDatabase(config.databaseUrl, config.dataDir);
  const databaseUrl = await applicationDatabaseUrl(database, config.dataDir);
  const eventStore =
    config.eventStore.kind === 'postgres' ? { kind: 'postgres' as const, url: databaseUrl } : config.eventStore;
  const app = await NestFactory.createApplicationContext(
    ProjectorModule.register({
      databaseUrl,
      eventStore,
      clock: systemClock,
      projector: settings,
      notifier: loadNotifierSettings(process.env),
      hashAlgorithm: {
        explicit: config.hashAlgorithm,
        implied: config.signing.algorithm === 'sm2-sm3' ? 'sm3' : 'sha256',
      },
    }),
    {
      logger: nestLogger,
    },
  );
  let probes: ProbeServer | undefined;
  onStopSignal(
    async (signal) => {
      logger.log(`${signal} received: finishing the batch in flight and stopping`);
      await probes?.close();
      await app.close();
      await database.stop();
      await tracing?.shutdown();
      logger.log('projector process stopped');
    },
    (error) => logger.error(`stopping failed: ${error instanceof Error ? error.message : String(error)}`),
  );

  await app.init();
  const metricsPort = metricsPortFrom(process.env);
  if (metricsPort !== undefined) {
    probes = await startProbeServer(app.get(LedgerMetrics), metricsPort, process.env.METRICS_HOST || '127.0.0.1');
    logger.log(
      `metrics and liveness on ${process.env.METRICS_HOST || '127.0.0.1'}:${probes.port} (/metrics, /health/live)`,
    );
  }
  const watcher = settings.watcher?.enabled
    ? `deadline watcher every ${settings.watcher.intervalMs} ms`
    : 'deadline watcher off';
  logger.log(
    `projector process ${process.pid} running ${ALL_PROJECTIONS.map((p) => p.name).join(', ')} (event store: ${config.eventStore.kind}, batch ${settings.options?.batchSize}, ${watcher})`,
  );
}

main().catch((error: unknown) => {
  new Logger('ProjectorMain').error(`the projector could not start: ${startupFailureLine(error)}`);
  process.exit(1);
});
