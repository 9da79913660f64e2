/**
 * How fast the read side catches up: a log of realistic task lifecycles (the demo programme's 18
 * histories repeated, decided by the domain, hash-chained), then a projector with every registered
 * read model started from zero and timed until all checkpoints reach the head; then a rebuild into
 * new tables with the swap, per read model. BENCH_TASKS changes the size (16,000 tasks ≈ 103k events),
 * BENCH_BATCH_SIZE the projector's batch (default 500, as PROJECTOR_BATCH_SIZE).
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionAdmin, Projector } from '@app/projector';
import { startBenchDatabase } from './support/bench-database';
import { figure, heading, perSecond, runBench, timed } from './support/bench-report';
import { appendRealisticLedger } from './support/realistic-ledger';

const TASKS = Number(process.env.BENCH_TASKS ?? 16_000);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 500);
const quiet = { log: () => undefined, warn: (message: string) => process.stderr.write(`WARN ${message}\n`), error: (message: string) => process.stderr.write(`ERROR ${message}\n`) };

runBench(async () => {
  const database = await startBenchDatabase();
  const store = await PostgresEventStore.open({ connectionString: database.url, poolSize: 12 });
  const dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [], synchronize: false, logging: ['error'] }).initialize();
  try {
    const fill = await timed(() => appendRealisticLedger(store, { tasks: TASKS, concurrency: 8 }));
    const { events } = fill.result;
    heading(`read-side catch-up: ${events.toLocaleString('en')} events of ${TASKS.toLocaleString('en')} task lifecycles, ${ALL_PROJECTIONS.length} read models (${ALL_PROJECTIONS.map((p) => p.name).join(', ')})`);
    figure('append (one call per stream, 8 at once)', perSecond(events, fill.ms), 'events/s');

    const head = await store.headPosition();
    const options = { batchSize: BATCH_SIZE };
    const admin = new ProjectionAdmin({ dataSource, store, projections: ALL_PROJECTIONS, logger: quiet, options });
    await admin.status(); // the projector's own tables, outside the timing
    const projector = new Projector({ dataSource, store, projections: ALL_PROJECTIONS, logger: quiet, options });
    const catchUp = await timed(async () => {
      await projector.start();
      if (!(await admin.waitForPosition('all', head, 30 * 60_000))) throw new Error('the projector did not catch up');
    });
    figure(`catch-up from zero, all read models (batch ${BATCH_SIZE})`, perSecond(events, catchUp.ms), `events/s (${(catchUp.ms / 1000).toFixed(1)} s)`);

    for (const projection of ALL_PROJECTIONS) {
      const rebuilt = await timed(() => admin.rebuild(projection.name));
      figure(`rebuild + swap ${projection.name} (live runner on)`, perSecond(rebuilt.result.events, rebuilt.ms), `events/s (${rebuilt.result.events.toLocaleString('en')} events, ${(rebuilt.ms / 1000).toFixed(1)} s)`);
    }
    await projector.stop();

    const live = await admin.checksum('task-deadlines');
    const fresh = await admin.checksumOfFreshRebuild('task-deadlines');
    if (fresh.checksum !== live.checksum) throw new Error('task-deadlines differs from a fresh rebuild after the benchmark');
    figure('task-deadlines equals a fresh rebuild', 'yes');
  } finally {
    await store.close();
    await dataSource.destroy();
    await database.stop();
  }
});
