/**
 * The HTTP figures, each beside `GET /health` of the same process in the same run (interleaved
 * rounds, medians): single-event commands spread over many tasks, a task's detail, the board with a
 * filter and the board's page 100, and freshness (command answered → the detail shows it, by polling
 * and with X-Min-Position, one way after the other) at a steady 200 commands/s. The load comes from autocannon.
 *
 * BENCH_TASKS (default 5,000) sizes the ledger, BENCH_SECONDS (default 5) each round, BENCH_ROUNDS
 * (default 3) the rounds, BENCH_CONNECTIONS (default 64) the connections; BENCH_APP_DIR runs the API
 * of another checkout (its dist/), to measure old code against new with the same commands.
 * BENCH_ONLY=freshness skips the throughput rounds and measures freshness alone, at BENCH_RATES
 * (commands/s, comma-separated; default 200), after an untimed warm-up of the same loads;
 * BENCH_ONLY=commands measures the command figure alone (beside its /health), for profiling and
 * comparing the command path. BENCH_PROJECTOR=off runs the API
 * without its embedded projector (RUN_PROJECTOR=false): a projector process builds the read models of the
 * seeded ledger and stops before the rounds, so the command figure and its CPU are the command path's
 * alone (the read models fall behind during the rounds, and freshness is not measured).
 * BENCH_BASELINE_DIR=<another checkout, built> runs that checkout's API too, over a ledger of its own, in
 * the same interleaved command rounds (its /health and commands after this checkout's in every round),
 * and prints this checkout's command figures over the baseline's: old against new under the same load.
 */
import 'reflect-metadata';
import { PostgresEventStore } from '@app/event-store';
import { startAppProcess, startProjectorProcess, type AppProcess } from './support/app-process';
import { startBenchDatabase } from './support/bench-database';
import { figure, heading, runBench } from './support/bench-report';
import {
  CONNECTIONS,
  caughtUp,
  costed,
  load,
  openTaskIds,
  sealedOnce,
  randomPick,
  settle,
  SECONDS,
  URGE_BODY,
  urgeLoad,
  type CpuCost,
  type Load,
} from './support/http-load';
import { appendRealisticLedger } from './support/realistic-ledger';
import { interleaved, median, percentile, verdict } from './support/rounds';

const TASKS = Number(process.env.BENCH_TASKS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FRESHNESS_ONLY = process.env.BENCH_ONLY === 'freshness';
const COMMANDS_ONLY = process.env.BENCH_ONLY === 'commands';
const PROJECTOR_OFF = process.env.BENCH_PROJECTOR === 'off';
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR;

runBench(async () => {
  const main = await startSide(process.env.BENCH_APP_DIR);
  let baseline: Awaited<ReturnType<typeof startSide>> | undefined;
  try {
    if (BASELINE_DIR) baseline = await startSide(BASELINE_DIR);
    const { app, database, events, openTasks } = main;
    heading(
      `HTTP (${process.env.BENCH_APP_DIR ? `API of ${process.env.BENCH_APP_DIR}` : 'this checkout'}${PROJECTOR_OFF ? ', projector off' : ''}${BASELINE_DIR ? `, beside the API of ${BASELINE_DIR}` : ''}): ${TASKS.toLocaleString('en')} tasks, ${events.toLocaleString('en')} events, ${openTasks.length.toLocaleString('en')} open; ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s, medians`,
    );

    const reader = `Bearer ${app.tokenFor({ sub: 'bench-reader', role: 'reader' })}`;
    const { url, supervisor, pick, settled, health } = main;
    if (PROJECTOR_OFF && FRESHNESS_ONLY) throw new Error('freshness needs the projector: unset BENCH_PROJECTOR');
    if (FRESHNESS_ONLY) {
      const rates = (process.env.BENCH_RATES ?? '200').split(',').map(Number);
      await warmUp(url, database.url, supervisor, reader, pick, rates);
      for (const rate of rates) await reportFreshness(url, database.url, supervisor, reader, pick, rate);
      return;
    }

    const commands = await interleaved(ROUNDS, {
      health,
      urge: main.urge,
      ...(baseline ? { baselineHealth: baseline.health, baselineUrge: baseline.urge } : {}),
    });
    report('single-event commands (urge), spread over the open tasks', commands.urge, commands.health, 0.5);
    reportCpu('  CPU per command ÷ per /health', commands.urge, commands.health);
    if (baseline) {
      report(`  the same, API of ${BASELINE_DIR}`, commands.baselineUrge, commands.baselineHealth, 0.5);
      reportCpu('  its CPU per command ÷ per /health', commands.baselineUrge, commands.baselineHealth);
      reportAgainstBaseline(commands);
    }
    if (COMMANDS_ONLY) {
      printHealthRuns(commands.health);
      return;
    }

    const reads = await interleaved(ROUNDS, {
      health,
      detail: settled(() =>
        load({
          url,
          requests: [
            {
              method: 'GET',
              headers: { authorization: reader },
              setupRequest: (request) => ({ ...request, path: `/api/tasks/${pick()}` }),
            },
          ],
        }),
      ),
      filter: settled(() =>
        load({
          url: `${url}/api/tasks?status=in_progress,acknowledged&light=red,yellow`,
          headers: { authorization: reader },
        }),
      ),
      page100: settled(() => load({ url: `${url}/api/tasks?page=100`, headers: { authorization: reader } })),
    });
    report('GET /api/tasks/{id}', reads.detail, reads.health, 0.7);
    report('board status=in_progress,acknowledged&light=red,yellow', reads.filter, reads.health, 0.5);
    report('board ?page=100, no filter', reads.page100, reads.health, 0.5);
    printHealthRuns([...commands.health, ...reads.health]);
    if (PROJECTOR_OFF) return;

    // At the target's 200 commands/s, and at half the command rate this machine sustained in the rounds above
    // (when that is less): past what the API can answer, commands queue and freshness measures the queue.
    const sustained = Math.floor(median(commands.urge.map((run) => run.rps)) / 2);
    for (const rate of [...new Set([200, Math.max(10, Math.min(200, sustained))])])
      await reportFreshness(url, database.url, supervisor, reader, pick, rate);
  } finally {
    for (const side of [main, baseline]) await side?.stop();
  }
});

/** A database with the realistic ledger and an API over it (the API of `appDir`, this checkout's when undefined), ready for rounds. */
async function startSide(appDir: string | undefined) {
  const database = await startBenchDatabase();
  const store = await PostgresEventStore.open({ connectionString: database.url, poolSize: 12 });
  let app: AppProcess | undefined;
  try {
    const { events } = await appendRealisticLedger(store, { tasks: TASKS, concurrency: 8 });
    await store.close();
    app = await startAppProcess(database.url, appDir, PROJECTOR_OFF ? { RUN_PROJECTOR: 'false' } : {});
    if (PROJECTOR_OFF) {
      const projector = startProjectorProcess(database.url, appDir);
      await caughtUp(database.url);
      await projector.stop();
    } else await caughtUp(database.url);
    await sealedOnce(database.url);
    const openTasks = await openTaskIds(database.url);
    const { url } = app;
    const supervisor = `Bearer ${app.tokenFor({ sub: 'bench-supervisor', role: 'supervisor' })}`;
    const pick = randomPick(openTasks);
    // Every round starts on a drained server with the read models at the head (see settle).
    const settled =
      <T>(measure: () => Promise<T>) =>
      async () => {
        await settle(url, PROJECTOR_OFF ? undefined : database.url);
        return measure();
      };
    // The CPU each request cost the API and the database: on a shared machine, steadier than requests per second.
    const pids = { api: app.pid, database: () => database.serverPid() };
    const started = app;
    return {
      app: started,
      database,
      events,
      openTasks,
      url,
      supervisor,
      pick,
      settled,
      health: settled(() => costed(pids, () => load({ url: `${url}/health` }))),
      urge: settled(() => costed(pids, () => urgeLoad(url, supervisor, pick))),
      async stop() {
        await started.stop();
        await database.stop();
      },
    };
  } catch (error) {
    await app?.stop();
    await database.stop();
    throw error;
  }
}

/** This checkout's command figures over the baseline's of the same rounds: the ratio to /health, and the CPU per command. */
function reportAgainstBaseline(runs: Record<string, readonly (Load & { cpu: CpuCost })[]>): void {
  const ratio = (urge: readonly Load[], health: readonly Load[]) =>
    median(urge.map((run) => run.rps)) / median(health.map((run) => run.rps));
  const cpu = (urge: readonly { cpu: CpuCost }[]) => median(urge.map((run) => run.cpu.apiMs));
  const mine = ratio(runs.urge, runs.health);
  const theirs = ratio(runs.baselineUrge, runs.baselineHealth);
  figure(
    '  this checkout ÷ the baseline',
    `ratio to /health ${mine.toFixed(2)} ÷ ${theirs.toFixed(2)} → ${(mine / theirs).toFixed(2)}`,
    `(API CPU per command ${cpu(runs.urge).toFixed(2)} ms ÷ ${cpu(runs.baselineUrge).toFixed(2)} ms → ${(cpu(runs.urge) / cpu(runs.baselineUrge)).toFixed(2)})`,
  );
}

/**
 * What the full run does before its freshness figures, untimed: commands and detail reads at full load,
 * then each way of freshness once at each rate. A cold API (JIT, kept folds, prepared statements, the
 * pools' connections) measured several times slower than the same code after the throughput rounds.
 */
async function warmUp(
  url: string,
  databaseUrl: string,
  supervisor: string,
  reader: string,
  pick: () => string,
  rates: readonly number[],
): Promise<void> {
  await settle(url, databaseUrl);
  await urgeLoad(url, supervisor, pick);
  await settle(url, databaseUrl);
  await load({
    url,
    requests: [
      {
        method: 'GET',
        headers: { authorization: reader },
        setupRequest: (request) => ({ ...request, path: `/api/tasks/${pick()}` }),
      },
    ],
  });
  for (const rate of rates) {
    await settle(url, databaseUrl);
    await freshness(url, supervisor, reader, pick, rate, 'minPosition');
    await settle(url, databaseUrl);
    await freshness(url, supervisor, reader, pick, rate, 'polling');
  }
}

async function reportFreshness(
  url: string,
  databaseUrl: string,
  supervisor: string,
  reader: string,
  pick: () => string,
  rate: number,
): Promise<void> {
  // One way at a time: readers polling in a loop load the API and the database, and would slow the
  // projector that the X-Min-Position readers wait for (and the commands) as much as their own reads.
  await settle(url, databaseUrl);
  const minPosition = await freshness(url, supervisor, reader, pick, rate, 'minPosition');
  await settle(url, databaseUrl);
  const polling = await freshness(url, supervisor, reader, pick, rate, 'polling');
  const met = (figures: { p50: number; p99: number }) =>
    verdict(figures.p50 <= 10 && figures.p99 <= 50, 'p50 ≤ 10 ms, p99 ≤ 50 ms');
  figure(
    `freshness by polling at ${rate}/s (answered → detail)`,
    `p50 ${polling.figures.p50.toFixed(1)} ms, p99 ${polling.figures.p99.toFixed(1)} ms`,
    `(${polling.commands} commands, ${polling.achieved} answered/s) — ${met(polling.figures)}`,
  );
  figure(
    `freshness with X-Min-Position at ${rate}/s`,
    `p50 ${minPosition.figures.p50.toFixed(1)} ms, p99 ${minPosition.figures.p99.toFixed(1)} ms`,
    `(${minPosition.commands} commands, ${minPosition.achieved} answered/s) — ${met(minPosition.figures)}`,
  );
}

function reportCpu(label: string, runs: readonly { cpu: CpuCost }[], reference: readonly { cpu: CpuCost }[]): void {
  const api = median(runs.map((run) => run.cpu.apiMs));
  const apiHealth = median(reference.map((run) => run.cpu.apiMs));
  const thread = median(runs.map((run) => run.cpu.apiThreadMs));
  const threadHealth = median(reference.map((run) => run.cpu.apiThreadMs));
  const database = median(runs.map((run) => run.cpu.databaseMs));
  const databaseHealth = median(reference.map((run) => run.cpu.databaseMs));
  figure(
    label,
    `API ${api.toFixed(2)} ms ÷ ${apiHealth.toFixed(2)} ms → ${(apiHealth / api).toFixed(2)}`,
    `(its HTTP thread ${thread.toFixed(2)} ms ÷ ${threadHealth.toFixed(2)} ms → ${(threadHealth / thread).toFixed(2)}; database ${database.toFixed(2)} ms ÷ ${databaseHealth.toFixed(2)} ms; 0 where /proc cannot be read)`,
  );
}

function printHealthRuns(healthRuns: readonly Load[]): void {
  figure(
    '  /health in every round',
    healthRuns.map((run) => Math.round(run.rps)).join(', '),
    `req/s (${healthRuns.reduce((sum, run) => sum + run.failed, 0)} failed, ${healthRuns.reduce((sum, run) => sum + run.timeouts, 0)} timed out)`,
  );
}

function report(label: string, runs: readonly Load[], reference: readonly Load[], targetRatio: number): void {
  const rps = median(runs.map((run) => run.rps));
  const health = median(reference.map((run) => run.rps));
  const ratio = rps / health;
  const failed = runs.reduce((sum, run) => sum + run.failed, 0);
  figure(
    label,
    `${Math.round(rps).toLocaleString('en')} req/s, p50 ${median(runs.map((run) => run.p50))} ms, p99 ${median(runs.map((run) => run.p99))} ms`,
    `/health ${Math.round(health).toLocaleString('en')} req/s → ratio ${ratio.toFixed(2)} — ${verdict(ratio >= targetRatio, `ratio ≥ ${targetRatio}`)}${failed ? ` (${failed} not 2xx)` : ''}`,
  );
}
/** `rate` commands/s for a few seconds; after each answer, how long until the detail shows it (read with X-Min-Position, or polled). */
async function freshness(
  url: string,
  supervisor: string,
  reader: string,
  pick: () => string,
  rate: number,
  way: 'minPosition' | 'polling',
) {
  const waits: number[] = [];
  const count = rate * Math.max(2, Math.min(SECONDS, 5));
  const gapMs = 1000 / rate;
  const runs: Promise<void>[] = [];
  let failures = 0;
  let answered = 0;
  let lastAnswer = 0;
  const began = performance.now();
  for (let index = 0; index < count; index++) {
    const useHeader = way === 'minPosition';
    runs.push(
      (async () => {
        const taskId = pick();
        const answer = await fetch(`${url}/api/tasks/${taskId}/urge`, {
          method: 'POST',
          headers: { authorization: supervisor, 'content-type': 'application/json' },
          body: URGE_BODY,
        });
        if (!answer.ok) {
          if (failures++ === 0)
            process.stderr.write(
              `freshness: a command answered ${answer.status}: ${(await answer.text()).slice(0, 300)}\n`,
            );
          return;
        }
        const { revision, position } = (await answer.json()) as { revision: number; position: string };
        answered++;
        lastAnswer = performance.now();
        const started = performance.now();
        if (useHeader) {
          await fetch(`${url}/api/tasks/${taskId}`, {
            headers: { authorization: reader, 'x-min-position': position },
          }).then((response) => response.arrayBuffer());
          waits.push(performance.now() - started);
          return;
        }
        for (;;) {
          const detail = (await (
            await fetch(`${url}/api/tasks/${taskId}`, { headers: { authorization: reader } })
          ).json()) as { revision: number };
          if (detail.revision >= revision) break;
        }
        waits.push(performance.now() - started);
      })(),
    );
    // On a schedule (one every gapMs from the start), so timer drift does not lower the rate.
    await new Promise((done) => setTimeout(done, Math.max(0, began + (index + 1) * gapMs - performance.now())));
  }
  await Promise.all(runs);
  if (failures > 0) process.stderr.write(`freshness: ${failures} of ${count} commands failed\n`);
  return {
    commands: count,
    achieved: Math.round((answered * 1000) / Math.max(1, lastAnswer - began)),
    figures: { p50: percentile(waits, 50), p99: percentile(waits, 99) },
  };
}
