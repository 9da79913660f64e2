/**
 * Writes the 台账 workbook (libs/office writeLedger, exceljs' streaming writer) for 10k and 100k
 * rows onto a sink that counts bytes, sampling memory meanwhile: rows/s, file size, and peak
 * against baseline for each size, to show memory stays flat however many rows. The board query
 * is left out (it pages through the read model); this measures the workbook side of the export.
 * BENCH_LEDGER_ROWS changes the larger size.
 */
import { Writable } from 'node:stream';
import { writeLedger, type LedgerRow } from '@app/office';
import type { TrafficLight } from '@app/supervision';
import { figure, heading, mebibytes, perSecond, runBench, timed } from './support/bench-report';
import { MemorySampler } from './support/memory-sampler';

const LARGE = Number(process.env.BENCH_LEDGER_ROWS ?? 100_000);
const LIGHTS: TrafficLight[] = ['green', 'yellow', 'red', 'none'];

async function* syntheticRows(count: number): AsyncGenerator<LedgerRow> {
  for (let i = 0; i < count; i++) {
    yield {
      code: `2022-${String(i).padStart(6, '0')}`,
      title: `第${i + 1}项重点任务：规范推进未成年人检察业务统一集中办理`,
      category: '未成年人检察',
      status: 'in_progress',
      leader: '分管未成年人检察的院领导',
      leadUnit: '第九检察厅',
      coUnits: ['第一检察厅', '第六检察厅'],
      deadline: '2022-12-31',
      originalDeadline: '2022-06-30',
      progressPercent: i % 100,
      latestProgress: '已制定工作指引，正在各地试点',
      openUrges: i % 3,
      light: LIGHTS[i % 4],
      overdue: i % 4 === 2,
      stale: false,
      issuedAt: '2022-02-08T01:00:00.000Z',
      completedAt: null,
    };
  }
}

async function measure(rows: number): Promise<void> {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const memory = new MemorySampler();
  memory.start();
  const run = await timed(() =>
    writeLedger(
      sink,
      { title: '重点任务督办台账', asOf: '2022-12-31 24:00（北京时间）', filter: '筛选：全部任务' },
      syntheticRows(rows),
    ),
  );
  const figures = memory.stop();
  heading(`台账 workbook: ${rows.toLocaleString('en')} rows`);
  figure('rows written', run.result);
  figure('rate', perSecond(rows, run.ms), 'rows/s');
  figure('file size', mebibytes(bytes), 'MiB');
  figure('peak heap above baseline', mebibytes(figures.peakHeap - figures.baselineHeap), 'MiB');
  figure('peak RSS above baseline', mebibytes(figures.peakRss - figures.baselineRss), 'MiB');
}

runBench(async () => {
  await measure(Math.round(LARGE / 10));
  await measure(LARGE);
});
