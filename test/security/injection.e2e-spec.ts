/**
 * Injection: SQL and JSON metacharacters, template and script syntax, escapes and Chinese text go
 * through every text field of every command and come back from the log exactly as they were sent
 * (parameterised SQL and JSON all the way; nothing interpreted, trimmed or re-encoded), and the
 * read side shows them unchanged and finds them by search and filter, taken literally.
 */
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';
import { get, post } from '../support/http-client';
import { PROGRAMME_ID, givenOrganisation, juvenileTask } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { ACTORS } from './support/security-fixtures';

const PAYLOADS = [
  "督办'); DROP TABLE events; --",
  '未成年人检察" OR "1"="1',
  '反斜杠\\ 百分号% 下划线_ 美元$1 $$ 两个引号\'\'',
  '{"$gt": ""} ${7*7} {{7*7}} <script>alert("催办")</script>',
  '换行\n制表\t回车\r 表情😀 组合é 全角（）【】“”',
  "E'\\x41' 'a'::text /* 注释 */ ; select pg_sleep(10) --",
];

describe('injection: every text field keeps exactly what was sent', () => {
  let app: TestApp;
  let sent = 0;
  const checks: { streamId: string; revision: number; text: string; command: string }[] = [];

  /** A text for one field: a payload, the field's name, and Chinese; short enough for the field. */
  const text = (field: string, max = 200) => `${PAYLOADS[sent++ % PAYLOADS.length]}〔${field}〕`.slice(-max);

  /** Sends a command whose body carries texts; remembers where each text must show up. */
  const command = async (path: string, body: Record<string, unknown>, texts: string[], as: TokenClaims) => {
    const answer = await post(app.url, path, body, { token: app.tokenFor(as) });
    if (answer.status >= 300) throw new Error(`${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    for (const t of texts) checks.push({ streamId: answer.body.streamId, revision: answer.body.revision, text: t, command: path });
    return answer.body;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
  });
  afterAll(() => app.close());

  it('stores the texts of the organisation and programme commands unchanged', async () => {
    const [name, title, ptitle] = [text('unit name', 100), text('official title', 100), text('programme title')];
    await command('/api/units', { unitId: 'dept-inj', name, kind: 'department' }, [name], ACTORS.supervisor);
    await command('/api/officials', { officialId: 'official-inj', title, kind: 'staff' }, [title], ACTORS.supervisor);
    await command('/api/programmes', { programmeId: 'spp-inj', title: ptitle, year: 2026, issuedOn: '2026-02-08', plannedTaskCount: 3 }, [ptitle], ACTORS.supervisor);
    const summary = text('programme summary');
    await command('/api/programmes/spp-inj/close', { summary }, [summary], ACTORS.supervisor);
    await expectStoredExactly();
  });

  it('stores the texts of a task’s whole lifecycle unchanged', async () => {
    const { supervisor, leadUnit, coUnit, taskLeader } = ACTORS;
    const issued = { code: text('code', 40), title: text('title'), description: text('description', 5000), category: text('category', 40) };
    const { id } = await command('/api/tasks', juvenileTask({ ...issued, coUnitIds: ['dept-1'] }), Object.values(issued), supervisor);
    const at = (suffix: string) => `/api/tasks/${id}${suffix}`;
    await command(at('/acknowledge'), {}, [], leadUnit);
    const plan = { plan: text('plan'), milestone: text('milestone title') };
    await command(at('/plan'), { plan: plan.plan, milestones: [{ title: plan.milestone, dueOn: '2026-06-30' }] }, [plan.plan, plan.milestone], leadUnit);
    const [progress, instruction, urge] = [text('progress'), text('instruction'), text('urge reason')];
    await command(at('/progress'), { summary: progress, percent: 50 }, [progress], coUnit);
    await command(at('/instructions'), { text: instruction }, [instruction], taskLeader);
    await command(at('/urge'), { reason: urge, replyDueOn: '2026-04-30' }, [urge], supervisor);
    const outcome = { title: text('outcome title'), description: text('outcome description') };
    await command(at('/outcomes'), { kind: 'typical_case', ...outcome }, Object.values(outcome), leadUnit);
    const subject = text('cooperation subject');
    const cooperation = await command(at('/cooperation-requests'), { fromUnitId: 'dept-1', subject }, [subject], leadUnit);
    const response = text('cooperation response');
    await command(at(`/cooperation-requests/${cooperation.created.requestId}/provide`), { response }, [response], coUnit);
    const [askWhy, refuseWhy] = [text('extension reason'), text('rejection reason')];
    const extension = await command(at('/extension-requests'), { requestedDeadline: '2027-03-31', reason: askWhy }, [askWhy], leadUnit);
    await command(at(`/extension-requests/${extension.created.requestId}/reject`), { reason: refuseWhy }, [refuseWhy], supervisor);
    const [sign1, report1, returned, sign2, report2, accepted] = ['countersign', 'completion report', 'return reason', 'second countersign', 'second report', 'acceptance'].map((f) => text(f));
    await command(at('/countersign'), { comment: sign1 }, [sign1], coUnit);
    await command(at('/completion-report'), { summary: report1 }, [report1], leadUnit);
    await command(at('/return'), { reason: returned }, [returned], supervisor);
    await command(at('/countersign'), { comment: sign2 }, [sign2], coUnit);
    await command(at('/completion-report'), { summary: report2 }, [report2], leadUnit);
    await command(at('/accept'), { comment: accepted }, [accepted], supervisor);
    await command(at('/rating'), { rating: 'excellent' }, [], supervisor);
    const [findings, rectification, conclusion] = [text('findings'), text('rectification'), text('conclusion')];
    await command(at('/look-back'), { findings }, [findings], supervisor);
    await command(at('/rectification'), { summary: rectification }, [rectification], leadUnit);
    await command(at('/look-back/close'), { conclusion }, [conclusion], supervisor);
    await expectStoredExactly();
  });

  it('stores the reasons of routing and control unchanged', async () => {
    const { supervisor, leadUnit } = ACTORS;
    const { id } = await command('/api/tasks', juvenileTask({ code: '2026-INJ2', programmeId: PROGRAMME_ID }), [], supervisor);
    const reasons = ['send-back', 'reassign', 'suspend', 'resume', 'cancel'].map((f) => text(`${f} reason`));
    await command(`/api/tasks/${id}/send-back`, { reason: reasons[0] }, [reasons[0]], leadUnit);
    await command(`/api/tasks/${id}/reassign`, { leadUnitId: 'dept-6', coUnitIds: ['dept-1'], reason: reasons[1] }, [reasons[1]], supervisor);
    await command(`/api/tasks/${id}/suspend`, { reason: reasons[2] }, [reasons[2]], supervisor);
    await command(`/api/tasks/${id}/resume`, { reason: reasons[3] }, [reasons[3]], supervisor);
    await command(`/api/tasks/${id}/cancel`, { reason: reasons[4] }, [reasons[4]], supervisor);
    await expectStoredExactly();
    // 33 texts over all 25 text fields of the command bodies (a reason or a comment on several commands).
    expect(sent).toBe(33);
  });

  it('reads the texts back unchanged from the read side, and finds them by search and filter taken literally', async () => {
    const texts = {
      code: `2026-'"%_\\`,
      title: `督办'); DROP TABLE task_board; -- 百分号%下划线_ 反斜杠\\ "OR"1"="1 \${7*7}`,
      description: PAYLOADS.join(' | '),
      category: `未检'"%_\\;--`,
    };
    const issued = await command('/api/tasks', juvenileTask({ ...texts, programmeId: PROGRAMME_ID }), Object.values(texts), ACTORS.supervisor);
    await expectStoredExactly();
    const read = (path: string) => get(app.url, path, { token: app.tokenFor(ACTORS.supervisor), headers: { 'x-min-position': issued.position } });

    const detail = await read(`/api/tasks/${issued.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject(texts);

    for (const query of [`q=${encodeURIComponent("DROP TABLE task_board; --")}`, `q=${encodeURIComponent('百分号%下划线_')}`, `q=${encodeURIComponent('"OR"1"="1')}`, `category=${encodeURIComponent(texts.category)}`]) {
      const board = await read(`/api/tasks?${query}`);
      expect(board.status).toBe(200);
      expect(board.body.items.map((item: { id: string; title: string }) => [item.id, item.title])).toEqual([[issued.id, texts.title]]);
    }
    // `%` and `_` are literal characters in a search, not patterns: this matches nothing.
    const wildcard = await read(`/api/tasks?q=${encodeURIComponent('%_%')}`);
    expect(wildcard.body.items).toEqual([]);
  });

  /** Each text is, character for character, a string in the data of the event its command appended. */
  async function expectStoredExactly(): Promise<void> {
    const missing: string[] = [];
    for (const check of checks.splice(0)) {
      const events = await app.readStream(check.streamId);
      const event = events.find((e) => Number(e.revision) === check.revision);
      if (!event || !stringsIn(event.data).includes(check.text)) missing.push(`${check.command}: ${JSON.stringify(check.text)}`);
    }
    expect(missing).toEqual([]);
  }
});

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
