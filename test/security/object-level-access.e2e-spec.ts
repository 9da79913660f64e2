/**
 * OWASP API1 (broken object level authorisation): on a task under way, every command is tried by
 * every actor who must be refused — a unit that is not the task's, a leader who does not lead it,
 * the auditor, the reader, the admin, and the task's own people for acts that are not theirs.
 * Each refusal is a 403, appends nothing, and leaves a log line naming the actor and the reason.
 * Reading too: a unit with no part in a task sees its board row, not the task in full, and cannot
 * search the parts of it that are not on that row.
 * The commands come from the OpenAPI document, so a new command without a row fails this suite.
 */
import { formatPosition } from '@app/event-store';
import { get, post } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { ROUTE_ACCESS } from './route-access.table';
import { captureDenials } from './support/denial-log';
import { logSnapshot } from './support/event-count';
import {
  ACTORS,
  ACTOR_KINDS,
  documentedRoutes,
  fillPath,
  givenTaskUnderWay,
  type ActorKind,
  type DocumentedRoute,
  type FixtureIds,
} from './support/security-fixtures';

describe('object-level access: nobody acts on a task that is not theirs', () => {
  let app: TestApp;
  let ids: FixtureIds;
  let commands: DocumentedRoute[];
  /** Where the log stood after the fixtures: reads wait for the read models to get there. */
  let position: string;

  beforeAll(async () => {
    app = await startTestApp();
    ids = await givenTaskUnderWay(app);
    position = formatPosition(await app.settledHead());
    commands = (await documentedRoutes(app)).filter((route) => route.method === 'POST');
  });
  afterAll(() => app.close());

  it('has a row in the route table for every command the API documents', () => {
    expect(commands.length).toBeGreaterThanOrEqual(30);
    expect(commands.map((c) => c.key).filter((key) => !(key in ROUTE_ACCESS))).toEqual([]);
  });

  it('refuses every command to every actor the table does not allow, with 403, no event and a log line', async () => {
    const denials = captureDenials();
    const before = await logSnapshot(app);
    const wrong: string[] = [];
    let tried = 0;
    try {
      for (const command of commands) {
        const row = ROUTE_ACCESS[command.key];
        if (!row || row.allowed === 'public') continue;
        for (const kind of ACTOR_KINDS.filter((k) => !(row.allowed as readonly ActorKind[]).includes(k))) {
          const path = fillPath(command.path, ids, row.params?.(ids));
          const answer = await post(app.url, path, row.body?.(ids) ?? {}, { token: app.tokenFor(ACTORS[kind]) });
          tried += 1;
          const logged = denials.lines.some(
            (line) => line.includes(`POST ${path} `) && line.includes(`user=${ACTORS[kind].sub} `),
          );
          if (answer.status !== 403 || !logged)
            wrong.push(
              `${command.key} as ${kind}: ${answer.status} ${answer.body?.code ?? ''}${logged ? '' : ' (not logged)'}`,
            );
        }
      }
    } finally {
      denials.stop();
    }
    expect(wrong).toEqual([]);
    expect(tried).toBeGreaterThan(200);
    expect(await logSnapshot(app)).toEqual(before);
  });

  it('logs a refusal with the actor, their unit and the domain’s reason', async () => {
    const denials = captureDenials();
    try {
      const answer = await post(
        app.url,
        `/api/tasks/${ids.taskId}/completion-report`,
        { summary: '完成情况' },
        { token: app.tokenFor(ACTORS.otherUnit) },
      );
      expect(answer.status).toBe(403);
      expect(denials.lines).toEqual([
        expect.stringMatching(
          /^denied POST \/api\/tasks\/\S+\/completion-report user=dept-6-staff role=unit unit=dept-6 code=LEAD_UNIT_ONLY reason="only the lead unit \(dept-9\)/,
        ),
      ]);
    } finally {
      denials.stop();
    }
  });

  it('refuses the task in full and its history to a unit with no part in it, and logs it', async () => {
    const denials = captureDenials();
    try {
      for (const path of [`/api/tasks/${ids.taskId}`, `/api/tasks/${ids.taskId}/timeline`]) {
        const answer = await get(app.url, path, { token: app.tokenFor(ACTORS.otherUnit) });
        expect(answer.status).toBe(403);
        expect(answer.body).toMatchObject({ code: 'TASK_NOT_OF_YOUR_UNIT' });
        expect(JSON.stringify(answer.body)).not.toContain('制定工作指引'); // the plan
      }
      expect(denials.lines).toHaveLength(2);
      expect(denials.lines[0]).toMatch(/user=dept-6-staff role=unit unit=dept-6 code=TASK_NOT_OF_YOUR_UNIT/);
    } finally {
      denials.stop();
    }
  });

  it('shows the task in full to its lead unit and its co-unit', async () => {
    for (const kind of ['leadUnit', 'coUnit'] as const) {
      const answer = await get(app.url, `/api/tasks/${ids.taskId}`, {
        token: app.tokenFor(ACTORS[kind]),
        headers: { 'x-min-position': position },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.plan).toMatchObject({ text: '制定工作指引' });
    }
  });

  it('shows a unit with no part in the task only the board’s public row', async () => {
    const answer = await get(app.url, `/api/tasks?limit=200`, {
      token: app.tokenFor(ACTORS.otherUnit),
      headers: { 'x-min-position': position },
    });
    expect(answer.status).toBe(200);
    const row = answer.body.items.find((item: { id: string }) => item.id === ids.taskId);
    expect(row).toMatchObject({ code: '2026-S1', leadUnit: { id: 'dept-9' } });
    for (const field of ['plan', 'description', 'instructions', 'cooperation', 'outcomes', 'completionReport'])
      expect(row).not.toHaveProperty(field);
  });

  it('does not let a unit with no part in the task test guesses about its description with a search', async () => {
    const search = (kind: ActorKind, q: string) =>
      get(app.url, `/api/tasks?q=${encodeURIComponent(q)}`, {
        token: app.tokenFor(ACTORS[kind]),
        headers: { 'x-min-position': position },
      });
    // 公益诉讼 is in the fixture task's description only; 统一集中办理 is in its title too.
    const outsider = await search('otherUnit', '公益诉讼');
    expect(outsider.status).toBe(200);
    expect(outsider.body.total).toBe(0);
    for (const kind of ['leadUnit', 'coUnit', 'supervisor', 'reader'] as const) {
      const answer = await search(kind, '公益诉讼');
      expect({ kind, ids: answer.body.items?.map((item: { id: string }) => item.id) }).toEqual({
        kind,
        ids: [ids.taskId],
      });
    }
    const byTitle = await search('otherUnit', '统一集中办理');
    expect(byTitle.body.items.map((item: { id: string }) => item.id)).toEqual([ids.taskId]);
  });

  it('never hands one user the result of another’s Idempotency-Key: keys are per user', async () => {
    const headers = { 'idempotency-key': 'progress-shared-key' };
    const lead = await post(
      app.url,
      `/api/tasks/${ids.taskId}/progress`,
      { summary: '牵头单位进展', percent: 20 },
      { token: app.tokenFor(ACTORS.leadUnit), headers },
    );
    const co = await post(
      app.url,
      `/api/tasks/${ids.taskId}/progress`,
      { summary: '配合单位进展', percent: 30 },
      { token: app.tokenFor(ACTORS.coUnit), headers },
    );
    expect([lead.status, co.status]).toEqual([200, 200]);
    expect(co.body).toMatchObject({ replayed: false, appendedEvents: 1 });
    const events = await app.readStream(`task-${ids.taskId}`);
    expect(events.find((e) => Number(e.revision) === co.body.revision)?.metadata).toMatchObject({
      actorId: ACTORS.coUnit.sub,
      unitId: 'dept-1',
    });
  });

  it('lets the task’s own people act after all the refusals (the refusals changed nothing)', async () => {
    const answer = await post(
      app.url,
      `/api/tasks/${ids.taskId}/progress`,
      { summary: '进展情况', percent: 40 },
      { token: app.tokenFor(ACTORS.coUnit) },
    );
    expect(answer.status).toBe(200);
  });
});
