/**
 * Streams a 200k-event log through the real NDJSON endpoint (GET /api/audit/events) and samples the
 * process's memory meanwhile: events/s, and peak against baseline, to show memory stays flat
 * however long the log. BENCH_EVENTS changes the size.
 */
import 'reflect-metadata';
import { request } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { createLedgerSigner } from '@app/audit';
import { PostgresEventStore } from '@app/event-store';
import { createApp } from '../apps/api/src/create-app';
import { TokenVerifier } from '../apps/api/src/auth/token-verifier';
import { systemClock } from '@app/runtime';
import { startBenchDatabase } from './support/bench-database';
import { figure, heading, mebibytes, perSecond, runBench, timed } from './support/bench-report';
import { MemorySampler } from './support/memory-sampler';
import { appendSyntheticLog } from './support/synthetic-log';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);

runBench(async () => {
  const database = await startBenchDatabase();
  const store = await PostgresEventStore.open({ connectionString: database.url, poolSize: 12 });
  try {
    heading(`audit stream: ${EVENTS.toLocaleString('en')} events`);
    const fill = await timed(() => appendSyntheticLog(store, { events: EVENTS, eventsPerStream: 100, concurrency: 8 }));
    figure('append (100 events per call, 8 calls at once)', perSecond(EVENTS, fill.ms), 'events/s');

    const tokens = { secret: randomBytes(32).toString('hex') };
    const app = await createApp(
      {
        databaseUrl: database.url,
        eventStore: { kind: 'postgres', url: database.url },
        tokens,
        clock: systemClock,
        signer: createLedgerSigner(
          generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        ),
        projector: { runInProcess: false },
      },
      false,
    );
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    const token = new TokenVerifier(new JwtService({}), tokens).sign({ sub: 'bench-auditor', role: 'auditor' });
    try {
      const memory = new MemorySampler();
      memory.start();
      const streamed = await timed(() => consume(port, '/api/audit/events', token));
      const figures = memory.stop();
      if (streamed.result.lines !== EVENTS)
        throw new Error(`streamed ${streamed.result.lines} lines, expected ${EVENTS}`);
      figure(
        'GET /api/audit/events (NDJSON, server and client in this process)',
        perSecond(streamed.result.lines, streamed.ms),
        'events/s',
      );
      figure(
        'bytes streamed',
        mebibytes(streamed.result.bytes),
        `MiB (${mebibytes((streamed.result.bytes * 1000) / streamed.ms)} MiB/s)`,
      );
      figure(
        'rss baseline → peak',
        `${mebibytes(figures.baselineRss)} → ${mebibytes(figures.peakRss)} MiB (+${mebibytes(figures.peakRss - figures.baselineRss)})`,
      );
      figure(
        'heap used baseline → peak',
        `${mebibytes(figures.baselineHeap)} → ${mebibytes(figures.peakHeap)} MiB (+${mebibytes(figures.peakHeap - figures.baselineHeap)})`,
      );
      figure('rss at 10%, 20% … 100% of the stream', streamed.result.rssByTenth.map(mebibytes).join(' '), 'MiB');
      if (streamed.result.retainedByTenth.length > 0)
        figure(
          'heap kept after a full GC at 10% … 100%',
          streamed.result.retainedByTenth.map(mebibytes).join(' '),
          'MiB',
        );
      figure('memory samples', figures.samples);
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
    await database.stop();
  }
});

/** Reads the answer as it comes and keeps nothing but counts, like a client saving to disk would. */
function consume(
  port: number,
  path: string,
  token: string,
): Promise<{ lines: number; bytes: number; rssByTenth: number[]; retainedByTenth: number[] }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } },
      (response) => {
        if (response.statusCode !== 200) return reject(new Error(`status ${response.statusCode}`));
        let lines = 0;
        let bytes = 0;
        const rssByTenth: number[] = [];
        const retainedByTenth: number[] = [];
        const gc = (globalThis as { gc?: () => void }).gc;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
          while (lines >= ((rssByTenth.length + 1) * EVENTS) / 10 && rssByTenth.length < 10) {
            rssByTenth.push(process.memoryUsage().rss);
            // What the stream really holds on to, garbage aside (run.ts passes --expose-gc).
            if (gc) {
              gc();
              retainedByTenth.push(process.memoryUsage().heapUsed);
            }
          }
        });
        response.on('end', () => resolve({ lines, bytes, rssByTenth, retainedByTenth }));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
