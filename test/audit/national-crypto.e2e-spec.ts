/**
 * The national cryptography option (GB/T 39786): a ledger created with an SM2 key hashes its chain,
 * digests, seals and manifests with SM3 and signs them with SM2/SM3, says so in each, and verifies
 * offline with its public key and fails with another key or after a row is altered; a key or a hash
 * algorithm other than the ledger's own is refused on the same ledger.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Client } from 'pg';
import { checkSeal, checkSignature, createLedgerSigner, parseSeal } from '@app/audit';
import { get } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import type { CliIo } from '../../apps/api/src/cli/audit-cli-support';
import { runAuditVerify } from '../../apps/api/src/cli/audit-verify-command';
import { auditGet, givenHistory } from './audit-support';
import { hashEvent, hashHex } from '@app/event-store';
import { AUDITOR } from '../support/ledger-fixtures';

const sm2Key = () =>
  generateKeyPairSync('ec', { namedCurve: 'SM2' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ed25519Key = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('a ledger created with SM2/SM3', () => {
  let app: TestApp;
  const folder = mkdtempSync(join(tmpdir(), 'national-crypto-'));
  const signingKeyPem = sm2Key();
  const publicKeyFile = join(folder, 'ledger-sm2.pem');
  const otherKeyFile = join(folder, 'other-sm2.pem');
  const ed25519File = join(folder, 'other-ed25519.pem');

  function verify(args: string[]) {
    const stdout = new PassThrough();
    const out: string[] = [];
    stdout.on('data', (chunk) => out.push(String(chunk)));
    const io: CliIo = { stdout, stderr: new PassThrough(), env: { DATABASE_URL: app.databaseUrl, DATA_DIR: folder } };
    return runAuditVerify(args, io).then((code) => ({ code, stdout: out.join('') }));
  }

  beforeAll(async () => {
    app = await startTestApp({
      signingKeyPem,
      seals: { enabled: true, everyEvents: 5, everyMs: 3_600_000, checkIntervalMs: 50, witnessUrls: [] },
    });
    await givenHistory(app);
    await app.settledHead();
    writeFileSync(publicKeyFile, createLedgerSigner(signingKeyPem).publicKeyPem);
    writeFileSync(otherKeyFile, createLedgerSigner(sm2Key()).publicKeyPem);
    writeFileSync(ed25519File, createLedgerSigner(ed25519Key()).publicKeyPem);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('hashes every event it records with SM3 (chain version 3)', async () => {
    const events = [];
    for await (const batch of app.store.readAll()) events.push(...batch);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.metadata.chainVersion).toBe(3);
      expect(hashEvent(event)).toBe(event.metadata.hash);
    }
    const verified = (await auditGet(app, '/api/audit/verify')).body;
    expect(verified).toMatchObject({ ok: true, chainVersions: { '3': expect.any(Number) } });
    expect(verified.head.algorithm).toBe('sm3-rolling-v1');
  });

  it('publishes its SM2 key, and signs digests with SM2/SM3', async () => {
    const keys = (await auditGet(app, '/api/audit/keys')).body;
    expect(keys.keys).toEqual([
      expect.objectContaining({
        algorithm: 'sm2-sm3',
        publicKey: createLedgerSigner(signingKeyPem).publicKeyPem,
        validUntil: null,
      }),
    ]);
    const digest = (await auditGet(app, '/api/audit/digest')).body;
    expect(digest.signature.algorithm).toBe('sm2-sm3');
    expect(digest.algorithm).toBe('sm3-rolling-v1');
    expect(
      checkSignature(
        { algorithm: digest.algorithm, position: digest.position, count: digest.count, digest: digest.digest },
        digest.signature,
        keys.keys[0].publicKey,
      ),
    ).toMatchObject({ ok: true });
  });

  it('records SM2/SM3 in the export’s manifest, which verifies offline with its public key and fails with another key', async () => {
    const exported = await get(app.url, '/api/audit/export?format=ndjson', { token: app.tokenFor(AUDITOR) });
    const file = join(folder, 'export.ndjson');
    writeFileSync(file, exported.body as string);
    const manifest = JSON.parse((exported.body as string).split('\n')[0]);
    expect(manifest.signature.algorithm).toBe('sm2-sm3');
    expect(manifest.logDigest.algorithm).toBe('sm3-rolling-v1');
    const records = (exported.body as string).split('\n').slice(1).join('\n');
    expect(manifest.contentDigest).toBe(hashHex('sm3', records));
    expect(await verify(['--file', file, '--public-key', publicKeyFile])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('manifest signed by the key given'),
    });
    expect(await verify(['--file', file, '--public-key', otherKeyFile])).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('not by the key given'),
    });
    expect((await verify(['--file', file, '--public-key', ed25519File])).code).toBe(1);
  });

  it('signs its seals with SM2/SM3: a seal verifies with its key and not with another', async () => {
    let seals: unknown[] = [];
    for (let tries = 0; tries < 200 && seals.length === 0; tries++) {
      seals = (await auditGet(app, '/api/audit/seals')).body.seals;
      if (seals.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seals.length).toBeGreaterThan(0);
    const seal = parseSeal(JSON.stringify(seals[0]));
    expect(seal.signature.algorithm).toBe('sm2-sm3');
    expect(seal.digestAlgorithm).toBe('sm3-rolling-v1');
    expect(checkSeal(seal, createLedgerSigner(signingKeyPem).publicKeyPem)).toMatchObject({ ok: true });
    expect(checkSeal(seal, createLedgerSigner(sm2Key()).publicKeyPem)).toMatchObject({ ok: false });
  });

  it('fails offline verification of an export taken after a row was altered (as superuser, trigger off)', async () => {
    const [target] = (await app.store.readAll({ batchSize: 1 })[Symbol.asyncIterator]().next()).value;
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      await client.query('set session_replication_role = replica');
      await client.query(`update events set data = jsonb_set(data, '{title}', '"改过的标题"') where event_id = $1`, [
        target.id,
      ]);
    } finally {
      await client.end();
    }
    const exported = await get(app.url, '/api/audit/export?format=ndjson', { token: app.tokenFor(AUDITOR) });
    const file = join(folder, 'altered.ndjson');
    writeFileSync(file, exported.body as string);
    const result = await verify(['--file', file, '--public-key', publicKeyFile]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`the content of ${target.streamId}@0 does not hash to its stored hash`);
    expect((await auditGet(app, '/api/audit/verify')).body.firstBreak).toMatchObject({
      kind: 'hash_mismatch',
      streamId: target.streamId,
      revision: 0,
    });
  });

  it('refuses to start on the same ledger with SHA-256 asked for: the hash algorithm is the ledger’s', async () => {
    const { databaseUrl } = app;
    await app.close();
    await expect(startTestApp({ databaseUrl, signingKeyPem, hashAlgorithm: 'sha256' })).rejects.toThrow(
      'this ledger hashes with sm3 (chosen when it was created); LEDGER_HASH_ALGORITHM is sha256',
    );
    app = await startTestApp({ databaseUrl, signingKeyPem, hashAlgorithm: 'sm3' });
  });

  it('refuses to start on the same ledger with an Ed25519 key: algorithms are not mixed', async () => {
    const { databaseUrl } = app;
    await app.close();
    await expect(startTestApp({ databaseUrl, signingKeyPem: ed25519Key() })).rejects.toThrow(
      'this ledger signs with sm2-sm3 (chosen when it was created); the signing key given is ed25519',
    );
    app = await startTestApp({ databaseUrl, signingKeyPem: sm2Key() });
    const keys = (await auditGet(app, '/api/audit/keys')).body.keys;
    expect(keys.map((key: { algorithm: string }) => key.algorithm)).toEqual(['sm2-sm3', 'sm2-sm3']);
  });
});
