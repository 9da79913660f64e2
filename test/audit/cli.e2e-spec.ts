/** The audit command-line tools, run in-process against a test database: verify the log, export, verify an export offline. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Client } from 'pg';
import { RECORDED_EVENT_COUNT_SQL, recordedEventCount } from '@app/audit';
import { post } from '../support/http-client';
import { JUVENILE_UNIT, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import type { TestApp } from '../support/test-app';
import type { CliIo } from '../../apps/api/src/cli/audit-cli-support';
import { runAuditExport } from '../../apps/api/src/cli/audit-export-command';
import { runAuditVerify } from '../../apps/api/src/cli/audit-verify-command';
import { auditGet, logSettled, startAuditApp } from './audit-support';

describe('the audit command-line tools', () => {
  let app: TestApp;
  let taskId: string;
  const folder = mkdtempSync(join(tmpdir(), 'audit-cli-'));

  function run(command: typeof runAuditVerify, args: string[]) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: string[] = [];
    stdout.on('data', (chunk) => out.push(String(chunk)));
    stderr.resume();
    const io: CliIo = { stdout, stderr, env: { DATABASE_URL: app.databaseUrl, DATA_DIR: folder } };
    return command(args, io).then((code) => ({ code, stdout: out.join('') }));
  }

  beforeAll(async () => {
    app = await startAuditApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
    await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, { token: app.tokenFor(JUVENILE_UNIT) });
    await logSettled(app);
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
    expect((await run(runAuditExport, ['--format', 'csv', '--from', '2026-03-01', '--type', 'TaskIssued,TaskAcknowledged', '--out', file])).code).toBe(0);
    expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await run(runAuditVerify, ['--file', file])).toMatchObject({ code: 0, stdout: expect.stringContaining('export intact: 2 events') });
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
    expect(await run(runAuditVerify, ['--digest', kept.digest, '--position', kept.position])).toMatchObject({ code: 0, stdout: expect.stringContaining('matches') });

    const [issued] = await app.readStream(`task-${taskId}`);
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    await client.query('set session_replication_role = replica');
    await client.query(`update events set data = jsonb_set(data, '{deadline}', '"2027-12-31"') where event_id = $1`, [issued.id]);
    await client.end();
    const broken = await run(runAuditVerify, []);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`stream task-${taskId}, revision 0`);
    expect(broken.stdout).toContain(issued.id);
  });
});
