/** Helpers the audit specs share: reading NDJSON answers and starting the app without the projector (audits read the log only). */
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

/** An organisation and one task with a short history (Chinese text in it), visible in the log; returns the task id. */
export async function givenHistory(app: TestApp): Promise<string> {
  await givenOrganisation(app);
  const taskId = await givenIssuedTask(app);
  for (const [path, body, who] of [
    ['/acknowledge', {}, JUVENILE_UNIT],
    ['/urge', { reason: '请加快进度', replyDueOn: '2026-03-20' }, SUPERVISOR],
    [
      '/plan',
      { plan: '制定工作指引，分批试点。', milestones: [{ title: '工作指引', dueOn: '2026-05-31' }] },
      JUVENILE_UNIT,
    ],
    ['/progress', { summary: '指引起草中，已完成初稿', percent: 30 }, JUVENILE_UNIT],
  ] as const) {
    const answer = await post(app.url, `/api/tasks/${taskId}${path}`, body, { token: app.tokenFor(who) });
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
  }
  await app.settledHead();
  return taskId;
}
