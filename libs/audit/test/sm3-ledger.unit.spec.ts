/** A ledger created with SM3: its chain, digest, seals and exports hash with SM3, and a claim of another algorithm fails. */
import { generateKeyPairSync } from 'node:crypto';
import { hashEvent, hashHex } from '@app/event-store';
import { ChainVerifier } from '../src/chain-verifier';
import { prepareExport } from '../src/export-log';
import { manifestHashOf, type ExportManifest } from '../src/export-format';
import { createLedgerSigner } from '../src/ledger-signature';
import { LogDigest } from '../src/log-digest';
import { makeSeal, parseSeal } from '../src/ledger-seal';
import { verifyExport } from '../src/verify-export';
import { verifyLog } from '../src/verify-log';
import { acknowledged, inBatches, issued, logStore, recorded, type EventSpec } from './audit.fixtures';

const sm3 = (spec: EventSpec): EventSpec => ({ ...spec, chainVersion: 3 });
const sm3Log = () =>
  recorded([
    sm3(issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z')),
    sm3(issued('b', '02', '2026-12-31', '2026-03-01T02:00:00Z')),
    sm3(acknowledged('a', '2026-03-02T01:00:00Z')),
  ]);
const sha256Log = () =>
  recorded([issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'), acknowledged('a', '2026-03-02T01:00:00Z')]);
const sm2Signer = createLedgerSigner(
  generateKeyPairSync('ec', { namedCurve: 'SM2' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
);

async function exportText(events: ReturnType<typeof recorded>, hashAlgorithm: 'sha256' | 'sm3') {
  const prepared = await prepareExport(logStore(events), {
    filter: {},
    format: 'ndjson',
    exportedAt: new Date('2026-03-04T00:00:00Z'),
    signer: sm2Signer,
    hashAlgorithm,
  });
  let text = '';
  for await (const chunk of prepared.chunks) text += chunk;
  return { text, manifest: prepared.manifest };
}

async function* once(text: string): AsyncIterable<string> {
  yield text;
}

describe('a ledger created with SM3', () => {
  it('verifies its chain, and names the one event whose field was altered', async () => {
    const events = sm3Log();
    const intact = await verifyLog(inBatches(events), { hashAlgorithm: 'sm3' });
    expect(intact).toMatchObject({ ok: true, eventsChecked: 3, chainVersions: { '3': 2 } });
    expect(intact.head.algorithm).toBe('sm3-rolling-v1');
    const altered = { ...events[2], data: { ...events[2].data, unitId: 'dept-1' } };
    const report = await verifyLog(inBatches([events[0], events[1], altered]), { hashAlgorithm: 'sm3' });
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([
      expect.objectContaining({ kind: 'hash_mismatch', streamId: 'task-a', revision: 1, eventId: events[2].id }),
    ]);
  });

  it('rolls its log digest with SM3, and a seal records that algorithm', () => {
    const events = sm3Log();
    const digest = new LogDigest('sm3');
    for (const event of events) digest.addEvent(event);
    const sha = new LogDigest();
    for (const event of events) sha.addEvent(event);
    expect(digest.current()).toMatchObject({ algorithm: 'sm3-rolling-v1', count: 3 });
    expect(digest.current().digest).not.toBe(sha.current().digest);
    const seal = parseSeal(JSON.stringify(makeSeal(digest.current(), new Date('2026-03-04T00:00:00Z'), sm2Signer)));
    expect(seal).toMatchObject({ digestAlgorithm: 'sm3-rolling-v1', signature: { algorithm: 'sm2-sm3' } });
    // Going on from the seal goes on with SM3.
    expect(LogDigest.resume(seal).hashAlgorithm).toBe('sm3');
  });

  it('exports with SM3 named in the manifest and taken for every digest, and the export verifies offline', async () => {
    const { text, manifest } = await exportText(sm3Log(), 'sm3');
    expect(manifest.logDigest.algorithm).toBe('sm3-rolling-v1');
    const records = text.split('\n').slice(1).join('\n');
    expect(manifest.contentDigest).toBe(hashHex('sm3', records));
    const report = await verifyExport(once(text), { publicKeyPem: sm2Signer.publicKeyPem });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, eventsChecked: 3, signature: { checked: true, valid: true } });
  });

  it('fails an export whose manifest claims SM3 over a chain made with SHA-256, naming both', async () => {
    const { text } = await exportText(sha256Log(), 'sm3');
    const report = await verifyExport(once(text), { publicKeyPem: sm2Signer.publicKeyPem });
    expect(report.ok).toBe(false);
    expect(report.problems[0].message).toContain(
      'task-a@0 is hashed with sha256 (chain version 2), the ledger says it hashes with sm3',
    );
  });

  it('fails an export re-labelled as SHA-256 after the fact: the signature no longer holds and the chain does not match', async () => {
    const { text } = await exportText(sm3Log(), 'sm3');
    const [first, ...rest] = text.split('\n');
    const manifest = JSON.parse(first) as ExportManifest;
    const relabelled = { ...manifest, logDigest: { ...manifest.logDigest, algorithm: 'sha256-rolling-v1' as const } };
    const resealed = { ...relabelled, manifestHash: manifestHashOf(relabelled) };
    const report = await verifyExport(once([JSON.stringify(resealed), ...rest].join('\n')), {
      publicKeyPem: sm2Signer.publicKeyPem,
    });
    expect(report.ok).toBe(false);
    const messages = report.problems.map((problem) => problem.message).join('\n');
    expect(messages).toContain('the manifest is not the ledger’s');
    expect(messages).toContain('is hashed with sm3 (chain version 3), the ledger says it hashes with sha256');
  });

  it('breaks a stream whose hash algorithm changes, even when nothing names the ledger’s', () => {
    const [a0] = sm3Log();
    const [, a1] = sha256Log();
    const verifier = new ChainVerifier();
    verifier.add(a0);
    // Rewritten with SHA-256 and linked properly: only the change of algorithm gives it away.
    const { hash: _h, ...rest } = a1.metadata;
    const metadata = { ...rest, prevHash: a0.metadata.hash };
    const step = verifier.add({ ...a1, metadata: { ...metadata, hash: hashEvent({ ...a1, metadata }) } });
    expect(step.break).toMatchObject({ kind: 'hash_algorithm_mismatch', streamId: 'task-a', revision: 1 });
  });
});
