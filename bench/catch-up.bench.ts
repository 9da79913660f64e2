/**
 * How fast the read side catches up: a log of realistic task lifecycles (the demo programme's 18
 * histories repeated, decided by the domain, hash-chained), then a projector with every registered
 * read model started from zero and timed until all checkpoints reach the head; then a rebuild into
 * new tables with the swap, per read model. BENCH_TASKS changes the size (16,000 tasks ≈ 103k events),
 * BENCH_BATCH_SIZE the projector's batch (default 500, as PROJECTOR_BATCH_SIZE), BENCH_CATCH_UP_BATCH_SIZE
 * what it grows to while behind (the projector's default unless set, as PROJECTOR_CATCH_UP_BATCH_SIZE).
 * BENCH_APP_DIR measures another checkout's build (old against new, in alternate runs).
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
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
const CATCH_UP_BATCH_SIZE = process.env.BENCH_CATCH_UP_BATCH_SIZE
  ? Number(process.env.BENCH_CATCH_UP_BATCH_SIZE)
  : undefined;
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

    // The statistics a long-lived log has (autovacuum analyzes it as it grows): straight after a bulk
    // fill it has none, and the planner then sorts the rest of the log for every page the projector
    // reads instead of walking the log's index, a cost no running system pays.
    await dataSource.query('analyze events');
    const head = await store.headPosition();
    const options = {
      batchSize: BATCH_SIZE,
      ...(CATCH_UP_BATCH_SIZE ? { catchUpBatchSize: CATCH_UP_BATCH_SIZE } : {}),
    };
    const admin = new ProjectionAdmin({ dataSource, store, projections: ALL_PROJECTIONS, logger: quiet, options });
    await admin.status(); // the projector's own tables, outside the timing
    const projector = new Projector({ dataSource, store, projections: ALL_PROJECTIONS, logger: quiet, options });
    const statements = await StatementStats.open(database.url);
    const cpuBefore = process.cpuUsage();
    const catchUp = await timed(async () => {
      await projector.start();
      if (!(await admin.waitForPosition('all', head, 30 * 60_000))) throw new Error('the projector did not catch up');
    });
    const cpu = process.cpuUsage(cpuBefore);
    await statements?.print('catch-up', events);
    const reference = await timed(() => upsertRows(database.url, events));
    const ours = perSecond(events, catchUp.ms);
    const floor = perSecond(events, reference.ms);
    const batches = `batch ${BATCH_SIZE}${CATCH_UP_BATCH_SIZE ? `, catching up ${CATCH_UP_BATCH_SIZE}` : ''}`;
    figure(
      `catch-up from zero, all read models (${batches})`,
      ours,
      `events/s (${(catchUp.ms / 1000).toFixed(1)} s) — ${(ours / floor).toFixed(2)} × reference — ${ours >= floor && ours >= 20_000 ? 'meets' : 'misses'} ≥ 1.0 × reference and ≥ 20k/s`,
    );
    figure('  reference: multi-row upsert of as many rows, 500 a statement', floor, 'rows/s');
    const million = ours > 0 ? 1_000_000 / ours : Infinity;
    figure('  1M events at this rate', million.toFixed(0), `s — ${million < 60 ? 'meets' : 'misses'} < 60 s`);
    // CPU of this process (the projector, the reader, pg's parsing) per event: less disturbed by other load than the rate.
    figure('  projector process CPU', Math.round((cpu.user + cpu.system) / events), `µs/event (load ${loadAverage()})`);
    // The floor under any projector of these read models: the database alone writing the rows the
    // catch-up wrote (every table copied into an empty one with the same columns and indexes, one
    // statement a table), with no log to read and no process work. The reference writes one small row
    // with one index per event; the read models write a row per event to the timeline and one per task
    // to each of three more tables, the board's with eleven indexes.
    const copies = await timed(() =>
      copyTables(
        dataSource,
        ALL_PROJECTIONS.flatMap((projection) => projection.tables),
      ),
    );
    const copyRate = perSecond(events, copies.ms);
    figure(
      '  the database writing the same rows alone (table copies)',
      copyRate,
      `events/s — ${(floor / copyRate).toFixed(2)} × the reference's time; catch-up ${(ours / copyRate).toFixed(2)} × this`,
    );

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

const loadAverage = (): string =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');

/**
 * With BENCH_PG_SETTINGS=shared_preload_libraries=pg_stat_statements: the statements the catch-up ran,
 * by total time, with calls and rows, so a slow run says where the database time went.
 */
class StatementStats {
  private constructor(private readonly pool: Pool) {}

  static async open(url: string): Promise<StatementStats | undefined> {
    const pool = new Pool({ connectionString: url, max: 1 });
    const [{ loaded }] = (
      await pool.query(`select current_setting('shared_preload_libraries') like '%pg_stat_statements%' as loaded`)
    ).rows;
    if (!loaded) {
      await pool.end();
      return undefined;
    }
    await pool.query('create extension if not exists pg_stat_statements');
    await pool.query('select pg_stat_statements_reset()');
    return new StatementStats(pool);
  }

  async print(what: string, events: number): Promise<void> {
    const { rows } = await this.pool.query(
      `select calls, rows, round(total_exec_time)::int as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
       from pg_stat_statements where query not like '%pg_stat_statements%' order by total_exec_time desc limit 15`,
    );
    const total = rows.reduce((sum, row) => sum + row.ms, 0);
    heading(
      `  database time during the ${what} (top 15 statements: ${total} ms, ${events.toLocaleString('en')} events)`,
    );
    for (const row of rows)
      process.stdout.write(
        `    ${String(row.ms).padStart(7)} ms ${String(row.calls).padStart(7)} calls ${String(row.rows).padStart(8)} rows  ${row.query}\n`,
      );
    await this.pool.end();
  }
}

/** Each table copied into a fresh one like it (columns, key, indexes), then dropped. */
async function copyTables(dataSource: DataSource, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    const copy = `"bench_copy_${table}"`;
    await dataSource.query(`create table ${copy} (like "${table}" including all)`);
    await dataSource.query(`insert into ${copy} select * from "${table}"`);
  }
  for (const table of tables) await dataSource.query(`drop table "bench_copy_${table}"`);
}

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
