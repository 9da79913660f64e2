/** Helpers the audit specs share: reading NDJSON answers and starting the app without the projector (audits read the log only). */
import { Client } from 'pg';
import { comparePositions, type GlobalPosition } from '@app/event-store';
import { startTestApp, type TestApp } from '../support/test-app';
import { get, post } from '../support/http-client';
import { AUDITOR, JUVENILE_UNIT, SUPERVISOR, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';

export function startAuditApp(now = '2026-03-02T09:00:00+08:00'): Promise<TestApp> {
  return startTestApp({ now, projector: { runInProcess: false } });
}

/** The entries of an NDJSON answer, read as text (the JSON client would take a one-line answer for JSON). */
export async function auditLines(app: TestApp, path: string): Promise<any[]> {
  const answer = await fetch(app.url + path, { headers: { authorization: `Bearer ${app.tokenFor(AUDITOR)}` } });
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
  return ndjson(await answer.text());
}

export function ndjson(text: unknown): any[] {
  if (typeof text !== 'string') throw new Error(`not NDJSON: ${JSON.stringify(text)}`);
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

export const asAuditor = (app: TestApp) => ({ token: app.tokenFor(AUDITOR) });

export function auditGet(app: TestApp, path: string) {
  return get(app.url, path, asAuditor(app));
}

/**
 * Waits until every event written so far is visible in the global log. Readers see a transaction
 * only once the cluster-wide xmin passes it, and other suites share the server, so a commit can
 * take a moment to show: poll for it rather than assume it.
 */
export async function logSettled(app: TestApp, timeoutMs = 15_000): Promise<GlobalPosition> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  let last: GlobalPosition;
  try {
    const { rows } = await client.query<{ tx: string; pos: string }>('select transaction_id::text as tx, global_position::text as pos from events order by transaction_id desc, global_position desc limit 1');
    last = rows.length === 0 ? { commit: 0n, prepare: 0n } : { commit: BigInt(rows[0].tx), prepare: BigInt(rows[0].pos) };
  } finally {
    await client.end();
  }
  const deadline = Date.now() + timeoutMs;
  while (comparePositions(await app.store.headPosition(), last) < 0) {
    if (Date.now() > deadline) throw new Error('the log did not become visible in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return last;
}

/** An organisation and one task with a short history (Chinese text in it), visible in the log; returns the task id. */
export async function givenHistory(app: TestApp): Promise<string> {
  await givenOrganisation(app);
  const taskId = await givenIssuedTask(app);
  for (const [path, body, who] of [
    ['/acknowledge', {}, JUVENILE_UNIT],
    ['/urge', { reason: '请加快进度', replyDueOn: '2026-03-20' }, SUPERVISOR],
    ['/plan', { plan: '制定工作指引，分批试点。', milestones: [{ title: '工作指引', dueOn: '2026-05-31' }] }, JUVENILE_UNIT],
    ['/progress', { summary: '指引起草中，已完成初稿', percent: 30 }, JUVENILE_UNIT],
  ] as const) {
    const answer = await post(app.url, `/api/tasks/${taskId}${path}`, body, { token: app.tokenFor(who) });
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
  }
  await logSettled(app);
  return taskId;
}
