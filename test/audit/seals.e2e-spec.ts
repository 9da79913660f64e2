/** Seals: signed digests of the log the ledger records every N events or M minutes and hands to witnesses outside the system. */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { checkSeal, parseSeal, type LedgerSeal } from '@app/audit';
import { GENESIS_HASH, chainMetadata } from '@app/event-store';
import { eventually } from '@app/testing';
import { post } from '../support/http-client';
import { JUVENILE_UNIT } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { SealRecorder } from '../../apps/api/src/audit';
import { auditGet, givenHistory } from './audit-support';

const AUDIT_VERIFY = join(__dirname, '../../dist/apps/api/src/cli/audit-verify.js');
const EVERY_EVENTS = 5;
const HOUR = 3_600_000;

describe('sealing the log', () => {
  let app: TestApp;
  let taskId: string;
  let webhook: Server;
  const received: LedgerSeal[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'audit-seals-'));
  const witnessFile = join(folder, 'witness.ndjson');
  const keyFile = join(folder, 'ledger.pem');

  beforeAll(async () => {
    // A witness outside the system, on loopback: it keeps every seal POSTed to it.
    webhook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(parseSeal(body));
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const { port } = webhook.address() as { port: number };
    app = await startTestApp({
      projector: { runInProcess: false },
      seals: {
        enabled: true,
        everyEvents: EVERY_EVENTS,
        everyMs: HOUR,
        checkIntervalMs: 50,
        witnessUrls: [`http://127.0.0.1:${port}/seals`],
        witnessFile,
      },
    });
    taskId = await givenHistory(app);
    writeFileSync(keyFile, (await auditGet(app, '/api/audit/keys')).body.keys[0].publicKey);
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => webhook.close(resolve));
  });

  const seals = async (): Promise<LedgerSeal[]> => (await auditGet(app, '/api/audit/seals')).body.seals;

  it('seals once N events came after the last seal, signed, and tells every witness', async () => {
    await app.settledHead();
    const events = (await auditGet(app, '/api/audit/digest')).body.count;
    const latest = (await eventually(seals, (list) => list.length > 0 && list[0].count > events - EVERY_EVENTS))[0];
    expect(latest).toMatchObject({
      kind: 'supervision-ledger-seal',
      version: 1,
      digestAlgorithm: 'sha256-rolling-v1',
      signature: { algorithm: 'ed25519', keyId: app.signer.keyId },
    });
    expect(checkSeal(latest, app.signer.publicKeyPem)).toMatchObject({ ok: true });
    expect(latest.count).toBeGreaterThanOrEqual(EVERY_EVENTS);
    // Each seal is the digest the ledger gives for its position.
    expect((await auditGet(app, `/api/audit/digest?position=${latest.position}`)).body).toMatchObject({
      count: latest.count,
      digest: latest.digest,
    });
    await eventually(
      async () => received.map((seal) => seal.digest),
      (digests) => digests.includes(latest.digest),
    );
    await eventually(
      async () => readFileSync(witnessFile, 'utf8'),
      (text) => text.includes(latest.digest),
    );
  });

  it('seals after M minutes with fewer than N new events, and never with none', async () => {
    // First a seal of the whole log as it stands (the story may have left up to N - 1 events unsealed, and
    // one more would then be sealed by count, not by time).
    await app.settledHead();
    const head = (await auditGet(app, '/api/audit/digest')).body.count;
    app.clock.set(new Date(new Date((await seals())[0].sealedAt).getTime() + HOUR + 1000).toISOString());
    const before = (await eventually(seals, (list) => list[0].count === head))[0];
    await post(
      app.url,
      `/api/tasks/${taskId}/progress`,
      { summary: '试点推进', percent: 50 },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    await app.settledHead();
    app.clock.set(new Date(new Date(before.sealedAt).getTime() + HOUR + 1000).toISOString());
    const latest = (await eventually(seals, (list) => list[0].count > before.count))[0];
    expect(latest.count).toBeLessThan(before.count + EVERY_EVENTS);
    app.clock.set(new Date(new Date(latest.sealedAt).getTime() + 3 * HOUR).toISOString());
    const recorder = app.app.get(SealRecorder);
    expect(await recorder.sealIfDue()).toBeNull();
  });

  it('proves the log up to any seal unchanged while later events are added', async () => {
    const oldest = (await seals()).at(-1)!;
    await post(
      app.url,
      `/api/tasks/${taskId}/progress`,
      { summary: '继续推进', percent: 55 },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    await app.settledHead();
    const answer = await auditGet(app, `/api/audit/verify?digest=${oldest.digest}&position=${oldest.position}`);
    expect(answer.body).toMatchObject({ ok: true, digestCheck: { matches: true, count: oldest.count } });
  });

  it('catches history rewritten below a seal with every chain recomputed, which the chains alone cannot see', async () => {
    const sealed = (await seals())[0];
    await rewriteWithConsistentChain(app, `task-${taskId}`, 1, { unitId: 'dept-1' });
    const chains = await auditGet(app, '/api/audit/verify');
    expect(chains.body).toMatchObject({ ok: true, firstBreak: null });

    const againstSeal = await auditGet(app, `/api/audit/verify?digest=${sealed.digest}&position=${sealed.position}`);
    expect(againstSeal.body).toMatchObject({
      ok: false,
      firstBreak: null,
      digestCheck: { matches: false, expected: sealed.digest },
    });

    // The auditor's own copy, checked with the real CLI: the witness file and the key kept outside.
    const cli = await runCli(['--seal', witnessFile, '--public-key', keyFile], app.databaseUrl, folder);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('signed by the key given');
    expect(cli.stdout).toContain('DIGEST MISMATCH');
  });

  it('refuses a seal that the ledger’s key did not sign', async () => {
    const forged = join(folder, 'forged-seal.json');
    const sealed = (await seals())[0];
    writeFileSync(forged, JSON.stringify({ ...sealed, count: sealed.count + 1 }));
    const cli = await runCli(['--seal', forged, '--public-key', keyFile], app.databaseUrl, folder);
    expect(cli).toMatchObject({ code: 1, stdout: expect.stringContaining("SEAL NOT THE LEDGER'S") });
  });
});

/**
 * As a superuser with the trigger off: changes one event's data and recomputes its hash and every
 * later link of its stream, so that each chain is internally consistent again.
 */
async function rewriteWithConsistentChain(
  app: TestApp,
  streamId: string,
  revision: number,
  change: Record<string, unknown>,
): Promise<void> {
  const events = await app.readStream(streamId);
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    let prevHash = revision === 0 ? GENESIS_HASH : String(events[revision - 1].metadata.hash);
    for (const event of events.slice(revision)) {
      const data = event.revision === BigInt(revision) ? { ...event.data, ...change } : event.data;
      const { hash: _h, prevHash: _p, chainVersion: _v, ...metadata } = event.metadata;
      const rechained = chainMetadata({ ...event, data, metadata }, prevHash);
      await client.query('update events set data = $2, metadata = $3 where event_id = $1', [
        event.id,
        JSON.stringify(data),
        JSON.stringify(rechained),
      ]);
      prevHash = String(rechained.hash);
    }
  } finally {
    await client.end();
  }
}

async function runCli(
  args: string[],
  databaseUrl: string,
  dataDir: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [AUDIT_VERIFY, ...args], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
