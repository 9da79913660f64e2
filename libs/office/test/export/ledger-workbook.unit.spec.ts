import { Writable } from 'node:stream';
import { Workbook } from 'exceljs';
import { writeLedger } from '../../src/export/ledger-workbook';
import type { LedgerRow } from '../../src/export/ledger-row';

describe('writing the 台账 workbook as a stream', () => {
  it('stops taking rows while the reader does not read, and goes on when it does', async () => {
    let produced = 0;
    async function* rows(): AsyncGenerator<LedgerRow> {
      for (let i = 0; i < 8_000; i++) {
        produced++;
        yield row(i);
      }
    }
    const chunks: Buffer[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A client that takes the first chunk and then nothing until released.
    const slowClient = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        if (chunks.length === 1) void held.then(() => done());
        else done();
      },
    });
    const writing = writeLedger(
      slowClient,
      { title: '重点任务督办台账', asOf: '2026-03-31 24:00', filter: '筛选：全部任务' },
      rows(),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const whileHeld = produced;
    release();
    expect(await writing).toBe(8_000);
    expect(whileHeld).toBeLessThan(4_000);

    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('督办台账')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('截至 2026-03-31 24:00');
    expect(sheet.rowCount).toBe(5 + 8_000);
    expect(sheet.getRow(6 + 2).getCell(14).fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
  });
});

function row(i: number): LedgerRow {
  const lights = ['green', 'yellow', 'red', 'none'] as const;
  return {
    code: `2026-${i}`,
    title: `第${i + 1}项重点任务`,
    category: '未成年人检察',
    status: 'in_progress',
    leader: '分管未成年人检察的院领导',
    leadUnit: '第九检察厅',
    coUnits: [],
    deadline: '2026-12-31',
    originalDeadline: '2026-12-31',
    progressPercent: null,
    latestProgress: null,
    openUrges: 0,
    light: lights[i % 4],
    overdue: false,
    stale: false,
    issuedAt: '2026-02-08T01:00:00.000Z',
    completedAt: null,
  };
}
