/**
 * Growth: the HTTP command figure (single-event urges, 64 connections) with 200,000 events in the log
 * ÷ the same with 10,000, the two APIs side by side, rounds interleaved. Both ledgers hold the same
 * tasks (the realistic ledger); the rest of each log is filler appended with the store's batch append
 * (100 events a call, 8 writers) in streams no read model follows, so only the log's length differs.
 * Target ≥ 0.9: nothing on the command path, or the read side's wake-ups, grows with the log.
 *
 * BENCH_GROWTH_TASKS (default 1,000) tasks, BENCH_GROWTH_SMALL / BENCH_GROWTH_LARGE (default 10,000 /
 * 200,000) events; BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS as for the http bench.
 */
import 'reflect-metadata';
import { PostgresEventStore } from '@app/event-store';
import { startAppProcess, type AppProcess } from './support/app-process';
import { startBenchDatabase, type BenchDatabase } from './support/bench-database';
import { figure, heading, runBench, timed } from './support/bench-report';
import {
  CONNECTIONS,
  caughtUp,
  openTaskIds,
  sealedOnce,
  randomPick,
  SECONDS,
  settle,
  urgeLoad,
  type Load,
} from './support/http-load';
import { appendRealisticLedger } from './support/realistic-ledger';
import { interleaved, median, verdict } from './support/rounds';
import { appendSyntheticLog } from './support/synthetic-log';

const TASKS = Number(process.env.BENCH_GROWTH_TASKS ?? 1_000);
const SMALL = Number(process.env.BENCH_GROWTH_SMALL ?? 10_000);
const LARGE = Number(process.env.BENCH_GROWTH_LARGE ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Ledger {
  readonly database: BenchDatabase;
  readonly app: AppProcess;
  readonly events: number;
  readonly seedMs: number;
  readonly pick: () => string;
  readonly supervisor: string;
}

runBench(async () => {
  const ledgers: Ledger[] = [];
  try {
    for (const size of [SMALL, LARGE]) ledgers.push(await ledgerOf(size, `growth${size}`));
    const [small, large] = ledgers;
    heading(
      `growth: ${TASKS.toLocaleString('en')} tasks; ${small.events.toLocaleString('en')} vs ${large.events.toLocaleString('en')} events in the log (filler seeded by batch append in ${(large.seedMs / 1000).toFixed(1)} s); ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s, medians`,
    );
    const round = (ledger: Ledger) => async () => {
      await settle(ledger.app.url, ledger.database.url);
      return urgeLoad(ledger.app.url, ledger.supervisor, ledger.pick);
    };
    const runs = await interleaved(ROUNDS, { small: round(small), large: round(large) });
    const rps = (loads: readonly Load[]) => median(loads.map((run) => run.rps));
    const ratio = rps(runs.large) / rps(runs.small);
    figure(
      `commands with ${small.events.toLocaleString('en')} events in the log`,
      `${Math.round(rps(runs.small)).toLocaleString('en')} req/s, p99 ${median(runs.small.map((run) => run.p99))} ms`,
    );
    figure(
      `commands with ${large.events.toLocaleString('en')} events in the log`,
      `${Math.round(rps(runs.large)).toLocaleString('en')} req/s, p99 ${median(runs.large.map((run) => run.p99))} ms`,
    );
    figure('growth: large ÷ small', ratio.toFixed(2), `— ${verdict(ratio >= 0.9, '≥ 0.9')}`);
  } finally {
    for (const ledger of ledgers) {
      await ledger.app.stop();
      await ledger.database.stop();
    }
  }
});

async function ledgerOf(events: number, name: string): Promise<Ledger> {
  const database = await startBenchDatabase(name);
  const store = await PostgresEventStore.open({ connectionString: database.url, poolSize: 12 });
  let written: number;
  let seedMs: number;
  try {
    const ledger = await appendRealisticLedger(store, { tasks: TASKS, concurrency: 8 });
    const filler = Math.max(0, events - ledger.events);
    const seeded = await timed(() =>
      appendSyntheticLog(store, {
        events: filler,
        eventsPerStream: 100,
        concurrency: 8,
        streamPrefix: 'bench-filler-',
      }),
    );
    written = ledger.events + seeded.result;
    seedMs = seeded.ms;
  } finally {
    await store.close();
  }
  const app = await startAppProcess(database.url);
  await caughtUp(database.url);
  await sealedOnce(database.url);
  const pick = randomPick(await openTaskIds(database.url));
  return {
    database,
    app,
    events: written,
    seedMs,
    pick,
    supervisor: `Bearer ${app.tokenFor({ sub: 'bench-supervisor', role: 'supervisor' })}`,
  };
}
