/** The ledger signs what it hands auditors; the offline verifier (the real CLI, spawned) checks it with the published key. */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkSignature, createLedgerSigner } from '@app/audit';
import { startTestApp, type TestApp } from '../support/test-app';
import { auditGet, givenHistory, startAuditApp } from './audit-support';
import { AUDITOR } from '../support/ledger-fixtures';

const AUDIT_VERIFY = join(__dirname, '../../dist/apps/api/src/cli/audit-verify.js');
const run = promisify(execFile);

/** The compiled `npm run audit:verify`, with no database in its environment: what an auditor runs on their own machine. */
async function auditVerify(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [AUDIT_VERIFY, ...args], {
      env: { PATH: process.env.PATH ?? '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const otherKeyPem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('the ledger’s signatures', () => {
  let app: TestApp;
  const folder = mkdtempSync(join(tmpdir(), 'audit-signatures-'));
  beforeAll(async () => {
    app = await startAuditApp();
    await givenHistory(app);
  });
  afterAll(() => app.close());

  it('publishes the public key it signs with, valid from its first start and still in use', async () => {
    const answer = await auditGet(app, '/api/audit/keys');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      keys: [
        {
          keyId: app.signer.keyId,
          algorithm: 'ed25519',
          publicKey: app.signer.publicKeyPem,
          validFrom: expect.any(String),
          validUntil: null,
        },
      ],
    });
  });

  it('signs every digest it gives, so a kept digest proves the ledger gave it', async () => {
    const digest = (await auditGet(app, '/api/audit/digest')).body;
    const { keys } = (await auditGet(app, '/api/audit/keys')).body;
    const statement = {
      algorithm: digest.algorithm,
      position: digest.position,
      count: digest.count,
      digest: digest.digest,
    };
    expect(digest.signature).toMatchObject({ algorithm: 'ed25519', keyId: keys[0].keyId });
    expect(checkSignature(statement, digest.signature, keys[0].publicKey)).toMatchObject({ ok: true });
    expect(
      checkSignature({ ...statement, count: digest.count + 1 }, digest.signature, keys[0].publicKey),
    ).toMatchObject({ ok: false });
  });

  it('signs the export’s manifest; the offline verifier checks it with the published key and fails with another', async () => {
    const answer = await fetch(`${app.url}/api/audit/export`, {
      headers: { authorization: `Bearer ${app.tokenFor(AUDITOR)}` },
    });
    const file = join(folder, 'export.ndjson');
    writeFileSync(file, await answer.text());
    const ledgerKey = join(folder, 'ledger.pem');
    writeFileSync(ledgerKey, (await auditGet(app, '/api/audit/keys')).body.keys[0].publicKey);
    const anotherKey = join(folder, 'another.pem');
    writeFileSync(anotherKey, createLedgerSigner(otherKeyPem()).publicKeyPem);

    const intact = await auditVerify(['--file', file, '--public-key', ledgerKey]);
    expect(intact).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`manifest signed by the key given (${app.signer.keyId})`),
    });
    expect(intact.stdout).toContain('export intact');

    const wrongKey = await auditVerify(['--file', file, '--public-key', anotherKey]);
    expect(wrongKey).toMatchObject({
      code: 1,
      stdout: expect.stringContaining(`signed by key ${app.signer.keyId}, not by the key given`),
    });

    const unchecked = await auditVerify(['--file', file]);
    expect(unchecked).toMatchObject({ code: 0, stdout: expect.stringContaining('not checked: give --public-key') });

    const notAKey = await auditVerify(['--file', file, '--public-key', file]);
    expect(notAKey).toMatchObject({ code: 2, stderr: expect.stringContaining('not a readable public key') });
  });

  it('fails a manifest a forger re-signed with a key of their own', async () => {
    const text = await (
      await fetch(`${app.url}/api/audit/export`, { headers: { authorization: `Bearer ${app.tokenFor(AUDITOR)}` } })
    ).text();
    const [first, ...rest] = text.split('\n');
    const { signature: _s, ...manifest } = JSON.parse(first);
    const forger = createLedgerSigner(otherKeyPem());
    const forged = join(folder, 'forged.ndjson');
    writeFileSync(forged, [JSON.stringify({ ...manifest, signature: forger.sign(manifest) }), ...rest].join('\n'));
    const ledgerKey = join(folder, 'ledger.pem');
    const result = await auditVerify(['--file', forged, '--public-key', ledgerKey]);
    expect(result).toMatchObject({ code: 1, stdout: expect.stringContaining(`signed by key ${forger.keyId}`) });
  });
});

describe('a new signing key', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAuditApp();
  });
  afterAll(() => app.close());

  it('retires the one before it: both are published, the old one valid until the new one’s first start', async () => {
    const first = app.signer;
    const restarted = await app.restart();
    app = restarted;
    expect(app.signer.keyId).toBe(first.keyId);
    expect((await auditGet(app, '/api/audit/keys')).body.keys).toHaveLength(1);

    await app.close();
    app = await startTestApp({
      databaseUrl: app.databaseUrl,
      tokens: app.tokens,
      projector: { runInProcess: false },
      now: '2026-04-01T09:00:00+08:00',
      signingKeyPem: otherKeyPem(),
    });
    const { keys } = (await auditGet(app, '/api/audit/keys')).body;
    expect(keys).toEqual([
      expect.objectContaining({ keyId: first.keyId, validUntil: '2026-04-01T01:00:00.000Z' }),
      expect.objectContaining({ keyId: app.signer.keyId, validFrom: '2026-04-01T01:00:00.000Z', validUntil: null }),
    ]);
  });
});
