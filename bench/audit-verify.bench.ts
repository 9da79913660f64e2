/**
 * How fast auditors' integrity work runs on a 200k-event log: verifying every hash chain (and the
 * digest), exporting (two passes: manifest, then records) as NDJSON and CSV, and verifying an export
 * file offline. BENCH_EVENTS changes the size.
 */
import 'reflect-metadata';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareExport, readAuditLog, verifyExport, verifyLog, type ExportFormat } from '@app/audit';
import { PostgresEventStore, type EventStore } from '@app/event-store';
import { startBenchDatabase } from './support/bench-database';
import { figure, heading, mebibytes, perSecond, runBench, timed } from './support/bench-report';
import { appendSyntheticLog } from './support/synthetic-log';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);

runBench(async () => {
  const database = await startBenchDatabase();
  const store = await PostgresEventStore.open({ connectionString: database.url, poolSize: 12 });
  const folder = mkdtempSync(join(tmpdir(), 'ledger-bench-export-'));
  try {
    heading(`audit verify and export: ${EVENTS.toLocaleString('en')} events`);
    const fill = await timed(() => appendSyntheticLog(store, { events: EVENTS, eventsPerStream: 100, concurrency: 8 }));
    figure('append (100 events per call, 8 calls at once)', perSecond(EVENTS, fill.ms), 'events/s');

    const head = await store.headPosition();
    const verified = await timed(() => verifyLog(readAuditLog(store, { toPosition: head }, 2000)));
    if (!verified.result.ok || verified.result.eventsChecked !== EVENTS)
      throw new Error(`verification failed: ${JSON.stringify(verified.result.firstBreak)}`);
    figure('verify: hash chains + log digest', perSecond(EVENTS, verified.ms), 'events/s');

    for (const format of ['ndjson', 'csv'] as const) {
      const file = join(folder, `export.${format}`);
      const exported = await timed(() => exportTo(store, format, file));
      figure(
        `export ${format} (two passes, to a file)`,
        perSecond(EVENTS, exported.ms),
        `events/s (${mebibytes(statSync(file).size)} MiB)`,
      );
      const offline = await timed(() => verifyExport(readText(file)));
      if (!offline.result.ok)
        throw new Error(`the ${format} export does not verify: ${JSON.stringify(offline.result.problems.slice(0, 3))}`);
      figure(`verify the ${format} export offline`, perSecond(EVENTS, offline.ms), 'events/s');
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await store.close();
    await database.stop();
  }
});

async function exportTo(store: EventStore, format: ExportFormat, file: string): Promise<void> {
  const out = createWriteStream(file);
  const prepared = await prepareExport(store, { filter: {}, format, exportedAt: new Date() });
  for await (const chunk of prepared.chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function* readText(file: string): AsyncIterable<string> {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) yield chunk as string;
}
