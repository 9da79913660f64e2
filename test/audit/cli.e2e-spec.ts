/**
 * The audit command-line tools: run in-process against a test database (verify the log, export,
 * verify an export offline), and as a user's shell runs them, the compiled processes on the embedded
 * server `npm start` runs, for their exit codes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Client } from 'pg';
import { RECORDED_EVENT_COUNT_SQL, recordedEventCount } from '@app/audit';
import { createDatabaseIfMissing, startEmbeddedPostgres, withDatabase, type RunningPostgres } from '@app/postgres';
import { post } from '../support/http-client';
import { JUVENILE_UNIT, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import type { CliIo } from '../../apps/api/src/cli/audit-cli-support';
import { runAuditExport } from '../../apps/api/src/cli/audit-export-command';
import { runAuditVerify } from '../../apps/api/src/cli/audit-verify-command';
import { auditGet, givenHistory, startAuditApp } from './audit-support';

describe('the audit command-line tools', () => {
  let app: TestApp;
  let taskId: string;
  const folder = mkdtempSync(join(tmpdir(), 'audit-cli-'));

  function run(command: typeof runAuditVerify, args: string[]) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: string[] = [];
    const said: string[] = [];
    stdout.on('data', (chunk) => out.push(String(chunk)));
    stderr.on('data', (chunk) => said.push(String(chunk)));
    const io: CliIo = { stdout, stderr, env: { DATABASE_URL: app.databaseUrl, DATA_DIR: folder } };
    return command(args, io).then((code) => ({ code, stdout: out.join(''), stderr: said.join('') }));
  }

  beforeAll(async () => {
    app = await startAuditApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
    await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, { token: app.tokenFor(JUVENILE_UNIT) });
    await app.settledHead();
  });
  afterAll(() => app.close());

  it('exports to a file that verifies offline, and fails after one byte of it changes', async () => {
    const file = join(folder, 'export.ndjson');
    expect((await run(runAuditExport, ['--format', 'ndjson', '--out', file])).code).toBe(0);
    const intact = await run(runAuditVerify, ['--file', file]);
    expect(intact).toMatchObject({ code: 0, stdout: expect.stringContaining('export intact: 8 events') });

    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('第九检察厅'));
    bytes[at + 1] ^= 0x02;
    writeFileSync(join(folder, 'changed.ndjson'), bytes);
    const changed = await run(runAuditVerify, ['--file', join(folder, 'changed.ndjson')]);
    expect(changed).toMatchObject({ code: 1, stdout: expect.stringContaining('EXPORT BROKEN') });
  });

  it('exports a CSV slice by time and type', async () => {
    const file = join(folder, 'export.csv');
    expect(
      (
        await run(runAuditExport, [
          '--format',
          'csv',
          '--from',
          '2026-03-01',
          '--type',
          'TaskIssued,TaskAcknowledged',
          '--out',
          file,
        ])
      ).code,
    ).toBe(0);
    expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await run(runAuditVerify, ['--file', file])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('export intact: 2 events'),
    });
  });

  describe('with a kept digest and an export', () => {
    let kept: { digest: string; position: string; count: number };
    let whole: string;
    beforeAll(async () => {
      kept = (await auditGet(app, '/api/audit/digest')).body;
      whole = join(folder, 'whole.ndjson');
      expect((await run(runAuditExport, ['--to-position', kept.position, '--out', whole])).code).toBe(0);
    });

    it('checks the digest against an export of the whole log up to its position', async () => {
      expect(
        await run(runAuditVerify, ['--file', whole, '--digest', kept.digest, '--position', kept.position]),
      ).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(`digest at ${kept.position} matches (${kept.count} events)`),
      });
      const json = await run(runAuditVerify, [
        '--file',
        whole,
        '--digest',
        kept.digest,
        '--position',
        kept.position,
        '--json',
      ]);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: true,
        digestCheck: {
          position: kept.position,
          expected: kept.digest,
          actual: kept.digest,
          count: kept.count,
          matches: true,
        },
      });
    });

    it('fails with exit code 1 when the kept digest is not the export’s', async () => {
      const other = (kept.digest[0] === '0' ? '1' : '0') + kept.digest.slice(1);
      const answer = await run(runAuditVerify, ['--file', whole, '--digest', other, '--position', kept.position]);
      expect(answer).toMatchObject({
        code: 1,
        stdout: expect.stringContaining(
          `DIGEST MISMATCH at ${kept.position}: kept ${other}, the export gives ${kept.digest}`,
        ),
      });
    });

    it('refuses, with exit code 2, a digest kept at another position than the export’s end', async () => {
      const [issued] = await app.readStream(`task-${taskId}`);
      const earlier = (
        await auditGet(app, `/api/audit/digest?position=${issued.position.commit}-${issued.position.prepare}`)
      ).body;
      const answer = await run(runAuditVerify, [
        '--file',
        whole,
        '--digest',
        earlier.digest,
        '--position',
        earlier.position,
      ]);
      expect(answer).toMatchObject({
        code: 2,
        stdout: '',
        stderr: expect.stringContaining(
          `the export ends at ${kept.position}, the digest was kept at ${earlier.position}: export with --to-position ${earlier.position}`,
        ),
      });
    });

    it('refuses, with exit code 2, an export that is a slice of the log', async () => {
      const slice = join(folder, 'slice.ndjson');
      expect(
        (await run(runAuditExport, ['--type', 'TaskIssued', '--to-position', kept.position, '--out', slice])).code,
      ).toBe(0);
      const answer = await run(runAuditVerify, ['--file', slice, '--digest', kept.digest, '--position', kept.position]);
      expect(answer).toMatchObject({
        code: 2,
        stdout: '',
        stderr: expect.stringContaining('the export is a slice of the log (type)'),
      });
    });
  });

  it('refuses a bad filter with the usage and exit code 2', async () => {
    expect((await run(runAuditExport, ['--from', 'last-week'])).code).toBe(2);
    expect((await run(runAuditVerify, ['--digest', 'abc'])).code).toBe(2);
  });

  it('knows the progress bar’s total up front: the streams’ recorded heads add up to the events verified', async () => {
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    const total = recordedEventCount((await client.query<{ count: string }>(RECORDED_EVENT_COUNT_SQL)).rows);
    await client.end();
    const verified = await run(runAuditVerify, ['--json']);
    expect(total).toBeGreaterThan(0);
    expect(total).toBe(JSON.parse(verified.stdout).eventsChecked);
  });

  it('verifies the log and a kept digest, then names the event altered in SQL with a non-zero exit code', async () => {
    const kept = (await auditGet(app, '/api/audit/digest')).body;
    expect(await run(runAuditVerify, ['--digest', kept.digest, '--position', kept.position])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('matches'),
    });

    const [issued] = await app.readStream(`task-${taskId}`);
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    await client.query('set session_replication_role = replica');
    await client.query(`update events set data = jsonb_set(data, '{deadline}', '"2027-12-31"') where event_id = $1`, [
      issued.id,
    ]);
    await client.end();
    const broken = await run(runAuditVerify, []);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`stream task-${taskId}, revision 0`);
    expect(broken.stdout).toContain(issued.id);
  });
});

describe('the audit command-line tools as a shell runs them: their exit codes', () => {
  const VERIFY = join(__dirname, '../../dist/apps/api/src/cli/audit-verify.js');
  const EXPORT = join(__dirname, '../../dist/apps/api/src/cli/audit-export.js');
  // The data folder `npm start` would use, its embedded server running: the tools find it through postmaster.pid.
  const dataDir = mkdtempSync(join(tmpdir(), 'audit-cli-shell-'));
  let server: RunningPostgres;
  let app: TestApp;
  let taskId: string;
  let kept: { digest: string; position: string; count: number };

  function shell(
    cli: string,
    args: string[],
    extraEnv: NodeJS.ProcessEnv = {},
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      EVENT_STORE: 'postgres',
      EVENTSTORE_CONNECTION_STRING: '',
      ...extraEnv,
    };
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  }

  beforeAll(async () => {
    for (const cli of [VERIFY, EXPORT])
      if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm test does)`);
    server = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'postgres'),
      persistent: false,
      notice: () => undefined,
    });
    await createDatabaseIfMissing(server.url, 'ledger');
    app = await startTestApp({ databaseUrl: withDatabase(server.url, 'ledger'), projector: { runInProcess: false } });
    taskId = await givenHistory(app);
    kept = (await auditGet(app, '/api/audit/digest')).body;
  });
  afterAll(async () => {
    await app?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('audit:verify exits 0 on an intact log and on a kept digest that matches, attached to the running server', async () => {
    const intact = await shell(VERIFY, []);
    expect(intact).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`hash chains intact: ${kept.count} events`),
    });
    expect(intact.stderr).toContain(`using the embedded PostgreSQL already running on 127.0.0.1:${server.port}`);
    expect(await shell(VERIFY, ['--digest', kept.digest, '--position', kept.position])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`digest at ${kept.position} matches`),
    });
  });

  it('audit:verify exits 1 on a kept digest the log does not give, and 2 on a malformed one', async () => {
    const other = (kept.digest[0] === '0' ? '1' : '0') + kept.digest.slice(1);
    expect(await shell(VERIFY, ['--digest', other, '--position', kept.position])).toMatchObject({
      code: 1,
      stdout: expect.stringContaining(`DIGEST MISMATCH at ${kept.position}`),
    });
    expect(await shell(VERIFY, ['--digest', 'abc', '--position', kept.position])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--digest (64 hex characters) and --position'),
    });
  });

  it('audit:export exits 0 with a file that verifies (0), 2 on a bad filter; a slice checked against a kept digest exits 2', async () => {
    const whole = join(dataDir, 'whole.ndjson');
    expect((await shell(EXPORT, ['--to-position', kept.position, '--out', whole])).code).toBe(0);
    expect(await shell(VERIFY, ['--file', whole, '--digest', kept.digest, '--position', kept.position])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`export intact: ${kept.count} events`),
    });
    expect(await shell(EXPORT, ['--from', 'last-week'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--from'),
    });

    const slice = join(dataDir, 'slice.ndjson');
    expect((await shell(EXPORT, ['--type', 'TaskIssued', '--to-position', kept.position, '--out', slice])).code).toBe(
      0,
    );
    expect(await shell(VERIFY, ['--file', slice, '--digest', kept.digest, '--position', kept.position])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('the export is a slice of the log (type)'),
    });
  });

  it('both say in one line, with exit 2, that the database DATABASE_URL names cannot be reached', async () => {
    const unreachable = { DATABASE_URL: server.url.replace(/:\d+\//, ':1/') };
    for (const cli of [VERIFY, EXPORT]) {
      const answer = await shell(cli, [], unreachable);
      expect(answer).toMatchObject({ code: 2, stdout: '' });
      expect(answer.stderr).toMatch(
        /^audit:(verify|export) failed: cannot connect to the database DATABASE_URL names \(127\.0\.0\.1:1\/postgres\): .*unset DATABASE_URL to use the embedded PostgreSQL\n$/,
      );
    }
  });

  it('audit:verify exits 1 and names the event after it was altered in SQL', async () => {
    const [, acknowledged] = await app.readStream(`task-${taskId}`);
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      await client.query('set session_replication_role = replica');
      await client.query(`update events set data = jsonb_set(data, '{altered}', 'true') where event_id = $1`, [
        acknowledged.id,
      ]);
    } finally {
      await client.end();
    }
    const broken = await shell(VERIFY, []);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN: `);
    expect(broken.stdout).toContain(`stream task-${taskId}, revision 1`);
  });
});
