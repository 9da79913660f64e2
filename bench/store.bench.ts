/**
 * The event store's write figures against Emmett's PostgreSQL event store (0.42, the reference
 * package in reference/emmett) and raw SQL, on the same server, in interleaved rounds (medians):
 * single appends with an expected revision (8 writers, each on streams of its own) and batch appends
 * of 100 events per call (8 writers). Raw SQL: our append function called straight through `pg`
 * (the store's own cost), and a plain `unnest` insert into a copy of the events table (the floor).
 * Each figure also says what a call or event cost in CPU, the server's and this process's: the
 * rates follow a shared machine's load, the cost per event much less so.
 * BENCH_SECONDS (default 4) per round, BENCH_ROUNDS (default 3).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import type { PostgresEventStore as Store } from '@app/event-store';
import { createDatabaseIfMissing, withDatabase } from '@app/postgres';
import { appModule, codeUnderTest } from './support/app-modules';
import { startBenchDatabase } from './support/bench-database';
import { figure, heading, runBench } from './support/bench-report';
import { cpuMsOfTree } from './support/process-cpu';
import { interleaved, median, verdict } from './support/rounds';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WRITERS = 8;
const BATCH = 100;
const { PostgresEventStore } = appModule<{ PostgresEventStore: typeof Store }>('libs/event-store/src/index.js');

interface EmmettStore {
  appendToStream(
    stream: string,
    events: { type: string; data: Record<string, unknown> }[],
    options?: { expectedStreamVersion?: bigint },
  ): Promise<{ nextExpectedStreamVersion: bigint }>;
  close(): Promise<void>;
}

let serverPid: () => number | undefined = () => undefined;

runBench(async () => {
  const database = await startBenchDatabase('ours');
  serverPid = () => database.serverPid();
  const serverUrl = database.url.replace(/\/ours(\?|$)/, '/postgres$1');
  await createDatabaseIfMissing(serverUrl, 'emmett');
  const ours = await PostgresEventStore.open({ connectionString: database.url, poolSize: WRITERS + 2 });
  const emmett = loadEmmett().getPostgreSQLEventStore(withDatabase(serverUrl, 'emmett'), {
    connectionOptions: { pooled: true },
  }) as EmmettStore;
  const raw = new Pool({ connectionString: database.url, max: WRITERS + 2 });
  await raw.query('create table raw_events (like events including defaults including indexes)');
  try {
    await emmett.appendToStream(`warm-${randomUUID()}`, [{ type: 'Warmed', data: {} }]); // its schema, outside the timing
    heading(
      `event store writes (${codeUnderTest()}): ${WRITERS} writers, ${ROUNDS} interleaved rounds of ${SECONDS} s, medians`,
    );

    const single = await interleaved(ROUNDS, {
      ours: () =>
        forWriters(
          async (stream, revision) =>
            (await ours.append(stream, [anEvent()], revision < 0n ? 'no_stream' : revision)).nextExpectedRevision,
        ),
      emmett: () =>
        forWriters(
          async (stream, revision) =>
            (
              await emmett.appendToStream(stream, [{ type: 'ThingHappened', data: { at: Date.now() } }], {
                expectedStreamVersion: revision < 0n ? 0n : revision + 1n,
              })
            ).nextExpectedStreamVersion - 1n,
        ),
      raw: () => forWriters(async (stream, revision) => appendRaw(raw, stream, revision, 1)),
    });
    const singleOurs = rate(single.ours);
    const singleEmmett = rate(single.emmett);
    figure(
      'single append with expected revision (ours)',
      Math.round(singleOurs),
      `appends/s — ${(singleOurs / singleEmmett).toFixed(2)} × Emmett — ${verdict(singleOurs >= 1.5 * singleEmmett, '≥ 1.5 × Emmett')}`,
    );
    figure('  Emmett appendToStream, same server', Math.round(singleEmmett), 'appends/s');
    figure(
      '  raw: append_events through pg',
      Math.round(rate(single.raw)),
      `appends/s (ours ${(singleOurs / rate(single.raw)).toFixed(2)} × raw)`,
    );
    cpuFigure('  CPU per append', single, 'µs');

    const batch = await interleaved(ROUNDS, {
      ours: () =>
        forWriters(
          async (stream, revision) =>
            (await ours.append(stream, Array.from({ length: BATCH }, anEvent), revision < 0n ? 'no_stream' : revision))
              .nextExpectedRevision,
          BATCH,
        ),
      emmett: () =>
        forWriters(
          async (stream, revision) =>
            (
              await emmett.appendToStream(
                stream,
                Array.from({ length: BATCH }, () => ({ type: 'ThingHappened', data: { at: Date.now() } })),
                { expectedStreamVersion: revision < 0n ? 0n : revision + 1n },
              )
            ).nextExpectedStreamVersion - 1n,
          BATCH,
        ),
      unnest: () => forWriters(async (stream, revision) => insertUnnest(raw, stream, revision), BATCH),
    });
    const batchOurs = rate(batch.ours);
    const batchEmmett = rate(batch.emmett);
    const batchRaw = rate(batch.unnest);
    figure(
      `batch append, ${BATCH} per call (ours)`,
      Math.round(batchOurs),
      `events/s — ${(batchOurs / batchEmmett).toFixed(2)} × Emmett, ${(batchOurs / batchRaw).toFixed(2)} × raw — ${verdict(batchOurs >= 2 * batchEmmett && batchOurs >= 0.9 * batchRaw, '≥ 2 × Emmett and ≥ 0.9 × raw')}`,
    );
    figure('  Emmett appendToStream, same server', Math.round(batchEmmett), 'events/s');
    figure('  raw: unnest insert into a copy of events', Math.round(batchRaw), 'events/s');
    cpuFigure('  CPU per event', batch, 'µs');
  } finally {
    await ours.close();
    await emmett.close();
    await raw.end();
    // Emmett 0.42 leaves a pooled connection open after close(): the server's shutdown is not our failure.
    process.on('uncaughtException', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    });
    await database.stop();
  }
});

/** One measurement: calls (or events) per second, and the CPU each cost the database server and this process. */
interface Measured {
  readonly perSecond: number;
  readonly serverCpuUs: number;
  readonly clientCpuUs: number;
}

const rate = (rounds: readonly Measured[]): number => median(rounds.map((round) => round.perSecond));

/**
 * The CPU a call or event cost, server (every backend) and client (this process), medians: on a
 * shared machine the rates follow the neighbours' load, the CPU an event costs much less so.
 */
function cpuFigure(label: string, results: Readonly<Record<string, readonly Measured[]>>, unit: string): void {
  const parts = Object.entries(results).map(([name, rounds]) => {
    const server = median(rounds.map((round) => round.serverCpuUs));
    const client = median(rounds.map((round) => round.clientCpuUs));
    return `${name} ${(server + client).toFixed(1)} (server ${server.toFixed(1)} + client ${client.toFixed(1)})`;
  });
  figure(label, '', `${unit}: ${parts.join(', ')}`);
}

/**
 * WRITERS loops, each appending to streams of its own for SECONDS; `append` gets the stream and its
 * current revision (-1 for none) and returns the new one. Returns the events (or appends) per second
 * and the CPU microseconds each cost.
 */
async function forWriters(
  append: (stream: string, revision: bigint) => Promise<bigint>,
  eventsPerCall = 1,
): Promise<Measured> {
  const until = performance.now() + SECONDS * 1000;
  let calls = 0;
  const serverBefore = cpuMsOfTree(serverPid());
  const clientBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      const streams = Array.from({ length: 20 }, () => ({ id: `bench-${randomUUID()}`, revision: -1n }));
      for (let index = 0; performance.now() < until; index++) {
        const stream = streams[index % streams.length];
        stream.revision = await append(stream.id, stream.revision);
        calls++;
      }
    }),
  );
  const client = process.cpuUsage(clientBefore);
  const units = Math.max(1, calls * eventsPerCall);
  return {
    perSecond: (calls * eventsPerCall) / SECONDS,
    serverCpuUs: ((cpuMsOfTree(serverPid()) - serverBefore) * 1000) / units,
    clientCpuUs: (client.user + client.system) / units,
  };
}

function anEvent() {
  return { id: randomUUID(), type: 'ThingHappened', data: { at: Date.now() }, metadata: {} };
}

async function appendRaw(pool: Pool, stream: string, revision: bigint, count: number): Promise<bigint> {
  const events = Array.from({ length: count }, anEvent);
  const { rows } = await pool.query<{ next_revision: string }>(
    'select * from append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], null::timestamptz[])',
    [
      stream,
      revision.toString(),
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
    ],
  );
  return BigInt(rows[0].next_revision);
}

async function insertUnnest(pool: Pool, stream: string, revision: bigint): Promise<bigint> {
  const events = Array.from({ length: BATCH }, anEvent);
  await pool.query(
    `insert into raw_events (stream_id, stream_revision, event_id, event_type, data, metadata)
     select $1, $2::bigint + n, id, type, data, metadata from unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) with ordinality as u(id, type, data, metadata, n)`,
    [
      stream,
      revision.toString(),
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
    ],
  );
  return revision + BigInt(BATCH);
}

/** Emmett lives in its own package (its uuid peer clashes with ours); installed there on first use. */
function loadEmmett(): { getPostgreSQLEventStore(url: string, options?: object): unknown } {
  const root = resolve(__dirname, '../../reference/emmett');
  if (!existsSync(join(root, 'node_modules/@event-driven-io/emmett-postgresql'))) {
    process.stderr.write('installing the Emmett reference (npm ci --prefix reference/emmett)\n');
    const installed = spawnSync('npm', ['ci', '--prefix', root, '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (installed.status !== 0) throw new Error('could not install reference/emmett');
  }
  return createRequire(join(root, 'package.json'))('@event-driven-io/emmett-postgresql');
}
