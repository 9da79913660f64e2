import { accepted, acknowledged, issued, logStore, recorded } from './audit.fixtures';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createLedgerSigner } from '../src/ledger-signature';
import { CSV_BOM, CSV_EOL, CsvReader, FORMULA_GUARD, unguardFormula } from '../src/csv';
import { prepareExport } from '../src/export-log';
import { digestUpTo } from '../src/verify-log';
import { verifyExport } from '../src/verify-export';
import { exportPreamble, exportRecord, manifestHashOf, sealManifest, type ExportFormat } from '../src/export-format';

const log = recorded([
  issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'),
  issued('b', '02', '2026-12-31', '2026-03-01T02:00:00Z'),
  acknowledged('a', '2026-03-02T01:00:00Z'),
  {
    ...accepted('a', '2026-03-03T01:00:00Z'),
    data: { comment: '同意办结，"逗号,引号"\n换行也保留', acceptedAt: '2026-03-03T01:00:00Z' },
  },
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
    expect(report).toMatchObject({
      ok: true,
      format,
      eventsChecked: 4,
      manifest: { count: 4, wholeStreams: true, range: { toPosition: '1-4' } },
    });
    expect(report.manifest!.logDigest.digest).toBe(
      (
        await digestUpTo(
          (async function* () {
            yield log;
          })(),
        )
      ).digest,
    );
  });

  it('fails when any single byte is changed', async () => {
    const text = Buffer.from(await exported(format));
    // Every position in the file, one at a time (a flip to another printable character).
    for (let i = 0; i < text.length; i += 1) {
      const changed = Buffer.from(text);
      changed[i] = changed[i] === 0x41 ? 0x42 : 0x41;
      const report = await verifyExport(inChunks(changed.toString('utf8'), 4096));
      if (report.ok)
        throw new Error(
          `a change at byte ${i} (${JSON.stringify(text.subarray(Math.max(0, i - 20), i + 20).toString())}) was not noticed`,
        );
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
    const report = await verifyExport(
      inChunks(await exported('ndjson', { types: ['TaskAcknowledged', 'CompletionAccepted'] })),
    );
    expect(report).toMatchObject({
      ok: true,
      eventsChecked: 2,
      manifest: { wholeStreams: false, range: { type: 'TaskAcknowledged,CompletionAccepted' } },
    });
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

describe('the CSV export’s formula guard', () => {
  // Actor ids come from the token's subject: any of these would run as a formula in a spreadsheet, or look like the guard.
  const formulas = [
    '=HYPERLINK("http://example.invalid","打开")',
    '+1',
    '-1+2',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    "'已加引号",
  ];
  const formulaLog = recorded(
    formulas.map((actorId, i) => ({ ...acknowledged(`f${i}`, '2026-03-02T01:00:00Z'), actorId })),
  );
  const exportOf = async (events = formulaLog) => {
    const prepared = await prepareExport(logStore(events), {
      filter: {},
      format: 'csv',
      exportedAt: new Date('2026-03-04T00:00:00Z'),
    });
    let text = '';
    for await (const chunk of prepared.chunks) text += chunk;
    return { manifest: prepared.manifest, text };
  };
  const actorCells = (text: string) =>
    new CsvReader()
      .feed(text.slice(CSV_BOM.length))
      .slice(2)
      .map((record) => record.fields[7]);

  it('writes a cell that starts like a formula with a leading quote, so that it opens as text, and says so in the manifest', async () => {
    const { manifest, text } = await exportOf();
    expect(manifest.formulaGuard).toBe(FORMULA_GUARD);
    expect(actorCells(text)).toEqual(formulas.map((actorId) => `'${actorId}`));
    expect(actorCells(text).map(unguardFormula)).toEqual(formulas);
  });

  it('leaves a cell that does not start like a formula as it was', async () => {
    const { text } = await exportOf(recorded([acknowledged('plain', '2026-03-02T01:00:00Z')]));
    expect(actorCells(text)).toEqual(['dept-9-staff']);
  });

  it('verifies with no database, byte for byte, and fails when a guard is taken off', async () => {
    const { text } = await exportOf();
    expect((await verifyExport(inChunks(text))).problems).toEqual([]);
    const unguarded = text.replace(`,'@SUM(A1),`, ',@SUM(A1),');
    expect(unguarded).not.toBe(text);
    expect((await verifyExport(inChunks(unguarded))).ok).toBe(false);
  });

  it('takes the guard off the cells it rebuilds an event from (a stream id that starts like a formula), so that its hashes still hold', async () => {
    const { text } = await exportOf(recorded([{ ...acknowledged('x', '2026-03-02T01:00:00Z'), streamId: '-1+task' }]));
    expect(new CsvReader().feed(text.slice(CSV_BOM.length))[2].fields[1]).toBe("'-1+task");
    const report = await verifyExport(inChunks(text));
    expect(report.problems).toEqual([]);
    expect(report.eventsChecked).toBe(1);
  });

  it('still verifies a file written before the guard, whose manifest has none and whose cells are verbatim', async () => {
    const { manifest } = await exportOf();
    const records = formulaLog.map((event) => exportRecord('csv', event, false));
    const { formulaGuard: _none, manifestHash: _hash, ...before } = manifest;
    const older = sealManifest({
      ...before,
      contentDigest: createHash('sha256').update(records.join(''), 'utf8').digest('hex'),
    });
    const report = await verifyExport(inChunks(exportPreamble('csv', older) + records.join('')));
    expect(report.problems).toEqual([]);
    expect(report.eventsChecked).toBe(formulas.length);
  });

  it('refuses a manifest naming a guard it does not know', async () => {
    const { manifest, text } = await exportOf();
    const { manifestHash: _hash, ...rest } = manifest;
    const odd = sealManifest({ ...rest, formulaGuard: '"' as typeof FORMULA_GUARD });
    const report = await verifyExport(
      inChunks(exportPreamble('csv', odd) + text.split(CSV_EOL).slice(2).join(CSV_EOL)),
    );
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('unknown formula guard'));
  });

  it('is not written into an NDJSON export, which no spreadsheet runs', async () => {
    const prepared = await prepareExport(logStore(formulaLog), {
      filter: {},
      format: 'ndjson',
      exportedAt: new Date('2026-03-04T00:00:00Z'),
    });
    expect(prepared.manifest).not.toHaveProperty('formulaGuard');
  });
});

describe('a signed export', () => {
  const newKey = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const ledger = createLedgerSigner(newKey());

  async function signedExport(signer = ledger): Promise<string> {
    const prepared = await prepareExport(logStore(log), {
      filter: {},
      format: 'ndjson',
      exportedAt: new Date('2026-03-04T00:00:00Z'),
      signer,
    });
    let text = '';
    for await (const chunk of prepared.chunks) text += chunk;
    return text;
  }

  it('verifies with the ledger’s public key and says which key signed it', async () => {
    const report = await verifyExport(inChunks(await signedExport()), { publicKeyPem: ledger.publicKeyPem });
    expect(report).toMatchObject({ ok: true, signature: { keyId: ledger.keyId, checked: true, valid: true } });
  });

  it('fails with the ledger’s public key when another key signed the manifest', async () => {
    const report = await verifyExport(inChunks(await signedExport(createLedgerSigner(newKey()))), {
      publicKeyPem: ledger.publicKeyPem,
    });
    expect(report.ok).toBe(false);
    expect(report.signature).toMatchObject({ checked: true, valid: false });
    expect(report.problems).toContainEqual({
      record: 1,
      message: expect.stringContaining(`not by the key given (${ledger.keyId})`),
    });
  });

  it('fails when the manifest was changed and its hash recomputed, since the signature no longer holds', async () => {
    const [first, ...rest] = (await signedExport()).split('\n');
    const manifest = JSON.parse(first);
    const { manifestHash: _h, signature, ...body } = manifest;
    const forgedBody = { ...body, exportedAt: '2020-01-01T00:00:00.000Z' };
    const forged = JSON.stringify({ ...forgedBody, manifestHash: manifestHashOf(forgedBody), signature });
    const report = await verifyExport(inChunks([forged, ...rest].join('\n')), { publicKeyPem: ledger.publicKeyPem });
    expect(report.problems).toEqual([
      { record: 1, message: expect.stringContaining('does not verify with the key given') },
    ]);
  });

  it('fails an unsigned export when a public key is given, and only reports the key otherwise', async () => {
    expect(
      (await verifyExport(inChunks(await exported('ndjson')), { publicKeyPem: ledger.publicKeyPem })).problems,
    ).toEqual([{ record: 1, message: expect.stringContaining('carries no signature') }]);
    expect(await verifyExport(inChunks(await signedExport()))).toMatchObject({
      ok: true,
      signature: { keyId: ledger.keyId, checked: false, valid: null },
    });
  });
});
