/**
 * What the HTTP benchmarks share: autocannon runs, the urge command spread over open tasks, and the
 * waits that keep one round from colouring the next (the read models at the head, the server drained).
 */
import autocannon, { type Result } from 'autocannon';
import { Client } from 'pg';
import { OPEN_STATUSES } from '@app/supervision';
import { cpuMsOfMainThread, cpuMsOfTree } from './process-cpu';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const URGE_BODY = JSON.stringify({ reason: '请加快进度', replyDueOn: '2099-12-31' });

export interface Load {
  readonly rps: number;
  /** Requests answered in the run. */
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  /** Answers other than 2xx, and requests that got none (autocannon's timeout: 10 s). */
  readonly failed: number;
  readonly timeouts: number;
}

export async function load(options: autocannon.Options): Promise<Load> {
  const result: Result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
    timeouts: result.timeouts,
  };
}

/** CPU milliseconds per answered request, in the API process and in the database server (all its backends). */
export interface CpuCost {
  readonly apiMs: number;
  /** Of which the API's main thread, which serves HTTP (the embedded projector runs in a worker thread). */
  readonly apiThreadMs: number;
  readonly databaseMs: number;
}

/** A run with the CPU its requests cost each process, read from /proc before and after it. */
export async function costed(
  pids: { readonly api: number | undefined; readonly database: () => number | undefined },
  measure: () => Promise<Load>,
): Promise<Load & { readonly cpu: CpuCost }> {
  const before = {
    api: cpuMsOfTree(pids.api),
    thread: cpuMsOfMainThread(pids.api),
    database: cpuMsOfTree(pids.database()),
  };
  const run = await measure();
  const requests = Math.max(1, run.requests);
  return {
    ...run,
    cpu: {
      apiMs: (cpuMsOfTree(pids.api) - before.api) / requests,
      apiThreadMs: (cpuMsOfMainThread(pids.api) - before.thread) / requests,
      databaseMs: (cpuMsOfTree(pids.database()) - before.database) / requests,
    },
  };
}

/** Single-event commands: an urge on a task picked at random, at every connection. */
export function urgeLoad(url: string, authorization: string, pick: () => string): Promise<Load> {
  return load({
    url,
    requests: [
      {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, path: `/api/tasks/${pick()}/urge`, body: URGE_BODY }),
      },
    ],
  });
}

/**
 * Before a round: the read models at the head (unless no database URL is given: no projector runs) and the server drained. When autocannon stops, the
 * requests it had in flight are still being served (and their queries queued on the pools): without
 * this the next round, `/health` included, measured the previous one's tail (0–1 req/s after a slow round).
 */
export async function settle(url: string, databaseUrl: string | undefined): Promise<void> {
  // Without a database URL, the read models are not waited for (no projector runs).
  if (databaseUrl) await caughtUp(databaseUrl);
  const deadline = Date.now() + 30_000;
  for (let quick = 0; quick < 3 && Date.now() < deadline;) {
    const started = performance.now();
    await fetch(`${url}/health`).then((answer) => answer.arrayBuffer());
    quick = performance.now() - started < 100 ? quick + 1 : 0;
  }
}

/** Until every read model's checkpoint is at the log head. */
export async function caughtUp(databaseUrl: string, timeoutMs = 30 * 60_000): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (
      const deadline = Date.now() + timeoutMs;
      Date.now() < deadline;
      await new Promise((done) => setTimeout(done, 100))
    ) {
      const { rows } = await client
        .query<{ behind: number; checkpoints: number }>(
          `select count(*) filter (where (c.commit_position, c.prepare_position) < (h.tx, h.pos))::int as behind, count(*)::int as checkpoints
             from projection_checkpoints c,
                  (select transaction_id::text::numeric as tx, global_position::numeric as pos from events order by transaction_id desc, global_position desc limit 1) h`,
        )
        .catch(() => ({ rows: [{ behind: 1, checkpoints: 0 }] }));
      if (rows[0].checkpoints >= 5 && rows[0].behind === 0) return;
    }
    throw new Error('the read models did not catch up');
  } finally {
    await client.end();
  }
}

/**
 * Until the API has sealed the log once (SEAL_ENABLED, the default). Its first round reads and hashes the
 * whole pre-seeded log, a one-off a ledger that grew under the API never pays at once; later rounds read
 * what came since the last seal. Gives up quietly after `timeoutMs` (sealing off).
 */
export async function sealedOnce(databaseUrl: string, timeoutMs = 90_000): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (
      const deadline = Date.now() + timeoutMs;
      Date.now() < deadline;
      await new Promise((done) => setTimeout(done, 500))
    ) {
      const { rows } = await client
        .query<{ seals: number }>('select count(*)::int as seals from ledger_seals')
        .catch(() => ({ rows: [{ seals: 0 }] }));
      if (rows[0].seals > 0) return;
    }
  } finally {
    await client.end();
  }
}

export async function openTaskIds(databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ task_id: string }>(
      'select task_id from task_board where status = any($1) order by task_id',
      [[...OPEN_STATUSES]],
    );
    return rows.map((row) => row.task_id);
  } finally {
    await client.end();
  }
}

/** A picker of open tasks at random. */
export const randomPick = (ids: readonly string[]) => () => ids[Math.floor(Math.random() * ids.length)];
