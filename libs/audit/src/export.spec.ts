import { accepted, acknowledged, issued, logStore, recorded } from './audit.fixtures';
import { CSV_BOM, CsvReader } from './csv';
import { prepareExport } from './export-log';
import { digestUpTo } from './verify-log';
import { verifyExport } from './verify-export';
import type { ExportFormat } from './export-format';

const log = recorded([
  issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'),
  issued('b', '02', '2026-12-31', '2026-03-01T02:00:00Z'),
  acknowledged('a', '2026-03-02T01:00:00Z'),
  { ...accepted('a', '2026-03-03T01:00:00Z'), data: { comment: '同意办结，"逗号,引号"\n换行也保留', acceptedAt: '2026-03-03T01:00:00Z' } },
]);

async function exported(format: ExportFormat, filter = {}): Promise<string> {
  const prepared = await prepareExport(logStore(log), { filter, format, exportedAt: new Date('2026-03-04T00:00:00Z') });
  let text = '';
  for await (const chunk of prepared.chunks) text += chunk;
  return text;
}

async function* inChunks(text: string, size = 7): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe.each<ExportFormat>(['ndjson', 'csv'])('an export as %s', (format) => {
  it('verifies with no database, and its log digest is the live digest of the same range', async () => {
    const text = await exported(format);
    const report = await verifyExport(inChunks(text));
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, format, eventsChecked: 4, manifest: { count: 4, wholeStreams: true, range: { toPosition: '1-4' } } });
    expect(report.manifest!.logDigest.digest).toBe((await digestUpTo((async function* () { yield log; })())).digest);
  });

  it('fails when any single byte is changed', async () => {
    const text = Buffer.from(await exported(format));
    // Every position in the file, one at a time (a flip to another printable character).
    for (let i = 0; i < text.length; i += 1) {
      const changed = Buffer.from(text);
      changed[i] = changed[i] === 0x41 ? 0x42 : 0x41;
      const report = await verifyExport(inChunks(changed.toString('utf8'), 4096));
      if (report.ok) throw new Error(`a change at byte ${i} (${JSON.stringify(text.subarray(Math.max(0, i - 20), i + 20).toString())}) was not noticed`);
    }
  });

  it('fails when a record is removed', async () => {
    const text = await exported(format);
    const eol = format === 'csv' ? '\r\n' : '\n';
    const lines = text.split(eol);
    const report = await verifyExport(inChunks([...lines.slice(0, -3), lines[lines.length - 2], ''].join(eol)));
    expect(report.ok).toBe(false);
  });
});

describe('a filtered export', () => {
  it('holds only the matching events and checks them as a slice', async () => {
    const report = await verifyExport(inChunks(await exported('ndjson', { types: ['TaskAcknowledged', 'CompletionAccepted'] })));
    expect(report).toMatchObject({ ok: true, eventsChecked: 2, manifest: { wholeStreams: false, range: { type: 'TaskAcknowledged,CompletionAccepted' } } });
  });
});

describe('the CSV export', () => {
  it('starts with a BOM and keeps Chinese text, quotes and line breaks through RFC 4180 quoting', async () => {
    const text = await exported('csv');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const records = new CsvReader().feed(text.slice(1));
    expect(records).toHaveLength(2 + 4);
    expect(records[1].fields.slice(0, 3)).toEqual(['position', 'stream_id', 'revision']);
    const last = records[5].fields;
    expect(JSON.parse(last[14]).comment).toBe('同意办结，"逗号,引号"\n换行也保留');
    expect(last[13]).toBe('comment: 同意办结，"逗号,引号"\n换行也保留');
  });
});
