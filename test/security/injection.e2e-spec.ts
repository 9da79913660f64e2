/**
 * Injection: SQL and JSON metacharacters, template and script syntax, escapes and Chinese text go
 * through every text field of every command and come back from the log exactly as they were sent
 * (parameterised SQL and JSON all the way; nothing interpreted, trimmed or re-encoded), and the
 * read side shows them unchanged and finds them by search and filter, taken literally. The text fields
 * are read from the OpenAPI document, so a new one fails here until it is sent payloads; the audit
 * log's actor, type and stream filters match literally too.
 */
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';
import { ID_PATTERN } from '../../apps/api/src/http/validation/validators';
import { get, post } from '../support/http-client';
import { PROGRAMME_ID, givenOrganisation, juvenileTask } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { auditLines } from '../audit/audit-support';
import { ROUTE_ACCESS } from './route-access.table';
import { ACTORS } from './support/security-fixtures';
import { pdfBytes, upload } from '../evidence/evidence-support';
import { bodyWith, commandBodyFields, fieldsCarrying, templateOf, type CommandBodyFields } from './support/text-fields';

interface Check {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly text: string;
  readonly command: string;
}

const PAYLOADS = [
  "督办'); DROP TABLE events; --",
  '未成年人检察" OR "1"="1',
  "反斜杠\\ 百分号% 下划线_ 美元$1 $$ 两个引号''",
  '{"$gt": ""} ${7*7} {{7*7}} <script>alert("催办")</script>',
  '换行\n制表\t回车\r 表情😀 组合é 全角（）【】“”',
  "E'\\x41' 'a'::text /* 注释 */ ; select pg_sleep(10) --",
];

describe('injection: every text field keeps exactly what was sent', () => {
  let app: TestApp;
  let fields: CommandBodyFields;
  let sent = 0;
  /** Every text made by `text`, so that a command's body shows which of its fields carried one. */
  const texts = new Set<string>();
  /** `POST /api/tasks/{taskId}/plan milestones[].title`: each field that was sent a payload. */
  const covered = new Set<string>();
  const checks: Check[] = [];

  /** A text for one field: a payload, the field's name, and Chinese; short enough for the field. */
  const text = (field: string, max = 200) => {
    const made = `${PAYLOADS[sent++ % PAYLOADS.length]}〔${field}〕`.slice(-max);
    texts.add(made);
    return made;
  };

  /** Sends a command; remembers which fields carried texts and where each text must show up. */
  const command = async (path: string, body: Record<string, unknown>, as: TokenClaims) => {
    const answer = await post(app.url, path, body, { token: app.tokenFor(as) });
    if (answer.status >= 300) throw new Error(`${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const route = `POST ${templateOf(path, fields.templates)}`;
    for (const field of fieldsCarrying(body, texts)) covered.add(`${route} ${field}`);
    for (const t of stringsIn(body).filter((s) => texts.has(s)))
      checks.push({
        streamId: answer.body.streamId,
        revision: answer.body.revision,
        position: answer.body.position,
        text: t,
        command: path,
      });
    return answer.body;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    fields = await commandBodyFields(app);
  });
  afterAll(() => app.close());

  it('stores the texts of the organisation and programme commands unchanged, and the read side shows the names unchanged', async () => {
    const [name, title, ptitle] = [text('unit name', 100), text('official title', 100), text('programme title')];
    await command('/api/units', { unitId: 'dept-inj', name, kind: 'department' }, ACTORS.supervisor);
    await command('/api/officials', { officialId: 'official-inj', title, kind: 'leader' }, ACTORS.supervisor);
    await command(
      '/api/programmes',
      { programmeId: 'spp-inj', title: ptitle, year: 2026, issuedOn: '2026-02-08', plannedTaskCount: 3 },
      ACTORS.supervisor,
    );
    await command('/api/programmes/spp-inj/close', { summary: text('programme summary') }, ACTORS.supervisor);
    await expectStoredExactly();
    // The unit's name and the official's title show where a task names its lead unit and leader; the programme's summary only in the log.
    const task = await command(
      '/api/tasks',
      juvenileTask({ code: '2026-INJ0', leadUnitId: 'dept-inj', leadLeaderId: 'official-inj', coUnitIds: ['dept-1'] }),
      ACTORS.supervisor,
    );
    const read = { token: app.tokenFor(ACTORS.supervisor), headers: { 'x-min-position': task.position } };
    const [detail, dashboard] = await Promise.all([
      get(app.url, `/api/tasks/${task.id}`, read),
      get(app.url, '/api/dashboards/programmes/spp-inj', read),
    ]);
    expect([detail.status, dashboard.status]).toEqual([200, 200]);
    expect([detail.body.leadUnit.name, detail.body.leader.name, dashboard.body.programme.name]).toEqual([
      name,
      title,
      ptitle,
    ]);
  });

  it('stores the texts of a task’s whole lifecycle unchanged, and the task’s detail or timeline shows them unchanged', async () => {
    const { supervisor, leadUnit, coUnit, taskLeader } = ACTORS;
    const issued = {
      code: text('code', 40),
      title: text('title'),
      description: text('description', 5000),
      category: text('category', 40),
    };
    const { id } = await command('/api/tasks', juvenileTask({ ...issued, coUnitIds: ['dept-1'] }), supervisor);
    const at = (suffix: string) => `/api/tasks/${id}${suffix}`;
    // An evidence file's name is the reporter's text too: each report carrying one names it with a payload.
    const file = (await upload(app.url, app.tokenFor(leadUnit), 'evidence.pdf', pdfBytes())).body;
    const attachments = (field: string) => [
      { sha256: file.sha256, name: text(field, 255), mediaType: file.mediaType, size: file.size },
    ];
    await command(at('/acknowledge'), {}, leadUnit);
    await command(
      at('/plan'),
      { plan: text('plan', 10000), milestones: [{ title: text('milestone title'), dueOn: '2026-06-30' }] },
      leadUnit,
    );
    await command(
      at('/progress'),
      { summary: text('progress', 5000), percent: 50, attachments: attachments('progress attachment') },
      coUnit,
    );
    await command(at('/instructions'), { text: text('instruction', 5000) }, taskLeader);
    await command(at('/urge'), { reason: text('urge reason'), replyDueOn: '2026-04-30' }, supervisor);
    await command(
      at('/outcomes'),
      {
        kind: 'typical_case',
        title: text('outcome title'),
        description: text('outcome description', 5000),
        attachments: attachments('outcome attachment'),
      },
      leadUnit,
    );
    const cooperation = await command(
      at('/cooperation-requests'),
      { fromUnitId: 'dept-1', subject: text('cooperation subject') },
      leadUnit,
    );
    await command(
      at(`/cooperation-requests/${cooperation.created.requestId}/provide`),
      { response: text('cooperation response', 5000) },
      coUnit,
    );
    const extension = await command(
      at('/extension-requests'),
      { requestedDeadline: '2027-03-31', reason: text('extension reason') },
      leadUnit,
    );
    await command(
      at(`/extension-requests/${extension.created.requestId}/reject`),
      { reason: text('rejection reason') },
      supervisor,
    );
    const [firstCountersign, firstReport] = [text('countersign'), text('completion report', 10000)];
    await command(at('/countersign'), { comment: firstCountersign }, coUnit);
    await command(at('/completion-report'), { summary: firstReport }, leadUnit);
    await command(at('/return'), { reason: text('return reason') }, supervisor);
    await command(at('/countersign'), { comment: text('second countersign') }, coUnit);
    await command(
      at('/completion-report'),
      { summary: text('second report', 10000), attachments: attachments('report attachment') },
      leadUnit,
    );
    await command(at('/accept'), { comment: text('acceptance') }, supervisor);
    await command(at('/rating'), { rating: 'excellent' }, supervisor);
    await command(at('/look-back'), { findings: text('findings', 5000) }, supervisor);
    await command(
      at('/rectification'),
      { summary: text('rectification', 5000), attachments: attachments('rectification attachment') },
      leadUnit,
    );
    await command(at('/look-back/close'), { conclusion: text('conclusion', 5000) }, supervisor);
    // The detail shows the current round: the countersign and report before the return give way to the second ones.
    await expectShownExactly(id, await expectStoredExactly(), [firstCountersign, firstReport]);
  });

  it('stores the reasons of routing and control unchanged, and the task’s detail or timeline shows them unchanged', async () => {
    const { supervisor, leadUnit } = ACTORS;
    const { id } = await command(
      '/api/tasks',
      juvenileTask({ code: '2026-INJ2', programmeId: PROGRAMME_ID }),
      supervisor,
    );
    await command(`/api/tasks/${id}/send-back`, { reason: text('send-back reason') }, leadUnit);
    const [reassigned, suspended, resumed] = [text('reassign reason'), text('suspend reason'), text('resume reason')];
    await command(
      `/api/tasks/${id}/reassign`,
      { leadUnitId: 'dept-6', coUnitIds: ['dept-1'], reason: reassigned },
      supervisor,
    );
    await command(`/api/tasks/${id}/suspend`, { reason: suspended }, supervisor);
    await command(`/api/tasks/${id}/resume`, { reason: resumed }, supervisor);
    await command(`/api/tasks/${id}/cancel`, { reason: text('cancel reason') }, supervisor);
    // The detail keeps who leads and the state the task is in, not why they changed: the timeline does.
    await expectShownExactly(id, await expectStoredExactly(), [reassigned, suspended, resumed]);
  });

  it('takes a stream id in a replay of parked events literally: a payload replays nothing', async () => {
    const streamId = text('parked stream id', 300);
    const answer = await post(
      app.url,
      '/api/projections/task-deadlines/parked/replay',
      { streamId },
      { token: app.tokenFor(ACTORS.admin) },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([]);
    for (const field of fieldsCarrying({ streamId }, texts))
      covered.add(`POST /api/projections/{name}/parked/replay ${field}`);
  });

  // After the commands above (jest runs a file's tests in order): what they sent is what is covered.
  it('has sent a payload through every free-text field of every command body in the OpenAPI document', () => {
    const left = fields.text.map((f) => `${f.route} ${f.field}`).filter((key) => !covered.has(key));
    expect(left).toEqual([]);
    expect(fields.text.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses a payload in every string field the document gives a pattern or format (ids and dates)', async () => {
    // The ids and dates show their rule in the document; were one to lose it, it would be sent payloads above and refuse them.
    expect(fields.notText.map((f) => f.restriction)).toEqual(
      expect.arrayContaining([`pattern ${ID_PATTERN.source}`, expect.stringMatching(/^format date, pattern /)]),
    );
    const accepted: string[] = [];
    for (const { route, pathTemplate, field, restriction } of fields.notText) {
      const row = ROUTE_ACCESS[route];
      const actor = row && row.allowed !== 'public' ? ACTORS[row.allowed[0]] : ACTORS.supervisor;
      const answer = await post(app.url, pathTemplate.replace(/\{\w+\}/g, 'inj-none'), bodyWith(field, PAYLOADS[0]), {
        token: app.tokenFor(actor),
      });
      const named = ((answer.body?.details?.fields ?? []) as { field: string }[]).map((f) => f.field);
      // A nested field is named with its index; an array of ids checked `each` is named as the array.
      const names = [field.replace(/\[\]/g, '.0'), field.replace(/\[\]$/, '')];
      if (answer.status !== 400 || !names.some((name) => named.includes(name)))
        accepted.push(`${route} ${field} (${restriction}): ${answer.status} ${named.join(', ')}`);
    }
    expect(accepted).toEqual([]);
  });

  it('reads the texts back unchanged from the read side, and finds them by search and filter taken literally', async () => {
    const issuedTexts = {
      code: `2026-'"%_\\`,
      title: `督办'); DROP TABLE task_board; -- 百分号%下划线_ 反斜杠\\ "OR"1"="1 \${7*7}`,
      description: PAYLOADS.join(' | '),
      category: `未检'"%_\\;--`,
    };
    for (const t of Object.values(issuedTexts)) texts.add(t);
    const issued = await command(
      '/api/tasks',
      juvenileTask({ ...issuedTexts, programmeId: PROGRAMME_ID }),
      ACTORS.supervisor,
    );
    await expectStoredExactly();
    const read = (path: string) =>
      get(app.url, path, { token: app.tokenFor(ACTORS.supervisor), headers: { 'x-min-position': issued.position } });

    const detail = await read(`/api/tasks/${issued.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject(issuedTexts);

    for (const query of [
      `q=${encodeURIComponent('DROP TABLE task_board; --')}`,
      `q=${encodeURIComponent('百分号%下划线_')}`,
      `q=${encodeURIComponent('"OR"1"="1')}`,
      `category=${encodeURIComponent(issuedTexts.category)}`,
    ]) {
      const board = await read(`/api/tasks?${query}`);
      expect(board.status).toBe(200);
      expect(board.body.items.map((item: { id: string; title: string }) => [item.id, item.title])).toEqual([
        [issued.id, issuedTexts.title],
      ]);
    }
    // `%` and `_` are literal characters in a search, not patterns: this matches nothing.
    const wildcard = await read(`/api/tasks?q=${encodeURIComponent('%_%')}`);
    expect(wildcard.body.items).toEqual([]);
  });

  it('filters the audit log by actor, type and stream literally: a metacharacter matches only an event that really has it', async () => {
    // Actor ids come from the token's subject and stream ids may hold `_`: each has a look-alike a pattern would also match.
    const percent: TokenClaims = { sub: '%', role: 'supervisor' };
    const quoted: TokenClaims = { sub: `督办'%_"; --`, role: 'supervisor' };
    const lookalike: TokenClaims = { sub: `督办'x1"; --`, role: 'supervisor' };
    const byPercent = await command(
      '/api/tasks',
      juvenileTask({ taskId: 'inj_a1', code: '2026-INJ3', programmeId: PROGRAMME_ID }),
      percent,
    );
    const byQuoted = await command(
      '/api/tasks',
      juvenileTask({ taskId: 'injxa1', code: '2026-INJ4', programmeId: PROGRAMME_ID }),
      quoted,
    );
    await command(
      '/api/tasks',
      juvenileTask({ taskId: 'inj-a12', code: '2026-INJ5', programmeId: PROGRAMME_ID }),
      lookalike,
    );
    await app.settledHead();
    const entries = async (filter: Record<string, string>) =>
      (
        (await auditLines(app, `/api/audit/events?${new URLSearchParams(filter).toString()}`)) as {
          streamId: string;
          type: string;
          who: { actorId: string };
        }[]
      ).map((e) => `${e.streamId} ${e.type} ${e.who.actorId}`);

    expect(await entries({ actor: '%' })).toEqual([`${byPercent.streamId} TaskIssued %`]);
    expect(await entries({ actor: quoted.sub })).toEqual([`${byQuoted.streamId} TaskIssued ${quoted.sub}`]);
    expect(await entries({ stream: 'task-inj_a1' })).toEqual([`task-inj_a1 TaskIssued %`]);
    expect(await entries({ stream: byQuoted.streamId, type: 'TaskIssued', actor: quoted.sub })).toEqual([
      `${byQuoted.streamId} TaskIssued ${quoted.sub}`,
    ]);
    const found: string[] = [];
    for (const field of ['actor', 'type', 'stream']) {
      for (const value of [
        '_',
        '%%',
        '*',
        '.*',
        "' or 1=1 --",
        '" OR "1"="1',
        '督办%',
        'task-inj%',
        'task-inj_a_',
        'TaskIssued%',
        "TaskIssued' or '1'='1",
        '{"$gt": ""}',
      ]) {
        found.push(...(await entries({ [field]: value })).map((entry) => `${field}=${value}: ${entry}`));
      }
    }
    expect(found).toEqual([]);
  });

  /** Each text is, character for character, a string in the data of the event its command appended. */
  async function expectStoredExactly(): Promise<Check[]> {
    const checked = checks.splice(0);
    const missing: string[] = [];
    for (const check of checked) {
      const events = await app.readStream(check.streamId);
      const event = events.find((e) => Number(e.revision) === check.revision);
      if (!event || !stringsIn(event.data).includes(check.text))
        missing.push(`${check.command}: ${JSON.stringify(check.text)}`);
    }
    expect(missing).toEqual([]);
    return checked;
  }

  /**
   * Each text is, character for character, a whole value in the task's detail, read as of the last write;
   * the ones the detail does not keep must show, character for character, in their event's timeline entry.
   */
  async function expectShownExactly(
    taskId: string,
    written: readonly Check[],
    notInDetail: readonly string[] = [],
  ): Promise<void> {
    const read = {
      token: app.tokenFor(ACTORS.supervisor),
      headers: { 'x-min-position': written[written.length - 1].position },
    };
    const [detail, timeline] = await Promise.all([
      get(app.url, `/api/tasks/${taskId}`, read),
      get(app.url, `/api/tasks/${taskId}/timeline?limit=100`, read),
    ]);
    expect([detail.status, timeline.status]).toEqual([200, 200]);
    const shown = stringsIn(detail.body);
    const entries = timeline.body.items as { revision: number; summary: string }[];
    const missing = written.filter((check) =>
      notInDetail.includes(check.text)
        ? !entries.some((entry) => entry.revision === check.revision && entry.summary.includes(check.text))
        : !shown.includes(check.text),
    );
    expect(missing.map((check) => `${check.command}: ${JSON.stringify(check.text)}`)).toEqual([]);
    expect(notInDetail.every((t) => written.some((check) => check.text === t))).toBe(true);
  }
});

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
