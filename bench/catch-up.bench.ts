/**
 * How fast the read side catches up: a log of realistic task lifecycles (the demo programme's 18
 * histories repeated, decided by the domain, hash-chained), then a projector with every registered
 * read model started from zero and timed until all checkpoints reach the head; then a rebuild into
 * new tables with the swap, per read model. BENCH_TASKS changes the size (16,000 tasks ≈ 103k events),
 * BENCH_BATCH_SIZE the projector's batch (default 500, as PROJECTOR_BATCH_SIZE).
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Pool } from 'pg';
import type { PostgresEventStore as Store } from '@app/event-store';
import type { ALL_PROJECTIONS as Registry } from '@app/read-models';
import type { ProjectionAdmin as Admin, Projector as Engine } from '@app/projector';
import { appModule, codeUnderTest } from './support/app-modules';
import { startBenchDatabase } from './support/bench-database';
import { figure, heading, perSecond, runBench, timed } from './support/bench-report';
import { appendRealisticLedger } from './support/realistic-ledger';

const TASKS = Number(process.env.BENCH_TASKS ?? 16_000);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 500);
const { PostgresEventStore } = appModule<{ PostgresEventStore: typeof Store }>('libs/event-store/src/index.js');
const { ALL_PROJECTIONS } = appModule<{ ALL_PROJECTIONS: typeof Registry }>('libs/read-models/src/index.js');
// The engine moved from libs/read-models to libs/projector.
const { ProjectionAdmin, Projector } = appModule<{ ProjectionAdmin: typeof Admin; Projector: typeof Engine }>(
  'libs/projector/src/index.js',
  'libs/read-models/src/index.js',
);
const REBUILDS = process.env.BENCH_REBUILDS !== 'false';
const quiet = {
  log: () => undefined,
  warn: (message: string) => process.stderr.write(`WARN ${message}\n`),
  error: (message: string) => process.stderr.write(`ERROR ${message}\n`),
};

runBench(async () => {
  const database = await startBenchDatabase();
  const store = await PostgresEventStore.open({ connectionString: database.url, poolSize: 12 });
  const dataSource = await new DataSource({
    type: 'postgres',
    url: database.url,
    entities: [],
    synchronize: false,
    logging: ['error'],
  }).initialize();
  try {
    const fill = await timed(() => appendRealisticLedger(store, { tasks: TASKS, concurrency: 8 }));
    const { events } = fill.result;
    heading(
      `read-side catch-up (${codeUnderTest()}): ${events.toLocaleString('en')} events of ${TASKS.toLocaleString('en')} task lifecycles, ${ALL_PROJECTIONS.length} read models (${ALL_PROJECTIONS.map((p) => p.name).join(', ')})`,
    );
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
    const reference = await timed(() => upsertRows(database.url, events));
    const ours = perSecond(events, catchUp.ms);
    const floor = perSecond(events, reference.ms);
    figure(
      `catch-up from zero, all read models (batch ${BATCH_SIZE})`,
      ours,
      `events/s (${(catchUp.ms / 1000).toFixed(1)} s) — ${(ours / floor).toFixed(2)} × reference — ${ours >= floor && ours >= 20_000 ? 'meets' : 'misses'} ≥ 1.0 × reference and ≥ 20k/s`,
    );
    figure('  reference: multi-row upsert of as many rows, 500 a statement', floor, 'rows/s');

    for (const projection of REBUILDS ? ALL_PROJECTIONS : []) {
      const rebuilt = await timed(() => admin.rebuild(projection.name));
      figure(
        `rebuild + swap ${projection.name} (live runner on)`,
        perSecond(rebuilt.result.events, rebuilt.ms),
        `events/s (${rebuilt.result.events.toLocaleString('en')} events, ${(rebuilt.ms / 1000).toFixed(1)} s)`,
      );
    }
    await projector.stop();

    const live = await admin.checksum('task-deadlines');
    const fresh = await admin.checksumOfFreshRebuild('task-deadlines');
    if (fresh.checksum !== live.checksum)
      throw new Error('task-deadlines differs from a fresh rebuild after the benchmark');
    figure('task-deadlines equals a fresh rebuild', 'yes');
  } finally {
    await store.close();
    await dataSource.destroy();
    await database.stop();
  }
});

/** The floor for the read side: as many rows as events, upserted through pg 500 a statement, one transaction per statement. */
async function upsertRows(url: string, rows: number): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await pool.query(
      'create table if not exists bench_upsert (id text primary key, revision bigint not null, data jsonb not null)',
    );
    for (let start = 0; start < rows; start += 500) {
      const count = Math.min(500, rows - start);
      const ids = Array.from(
        { length: count },
        (_, index) => `row-${(start + index) % Math.max(1, Math.floor(rows / 6))}`,
      );
      await pool.query(
        `insert into bench_upsert (id, revision, data)
         select distinct on (id) id, n, jsonb_build_object('n', n) from unnest($1::text[]) with ordinality as u(id, n) order by id, n desc
         on conflict (id) do update set revision = excluded.revision, data = excluded.data`,
        [ids],
      );
    }
  } finally {
    await pool.end();
  }
}
