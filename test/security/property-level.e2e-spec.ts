/**
 * OWASP API3 (broken object property level authorisation): a client can neither set a field it may
 * not set — the server's own (status, revision, actor, the import-only `at`, ids the server
 * derives) or one that does not exist — nor see one it should not: command answers are the
 * documented CommandResponse and nothing more, and read answers hold only the fields their OpenAPI
 * schemas declare, nested objects and arrays included.
 */
import { CommandBus } from '@nestjs/cqrs';
import { formatPosition } from '@app/event-store';
import { commandBusSender } from '@app/deadline-watcher';
import { WATCHER_ACTOR } from '@app/deadline-watcher';
import { get, post } from '../support/http-client';
import { CRIMINAL_UNIT, JUVENILE_LEADER, JUVENILE_UNIT, SUPERVISOR, givenIssuedTask } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { ROUTE_ACCESS } from './route-access.table';
import { logSnapshot } from './support/event-count';
import { pdfBytes, upload } from '../evidence/evidence-support';
import { resolveSchema, type JsonSchema } from './support/openapi-schema';
import {
  ACTORS,
  documentedRoutes,
  fillPath,
  givenTaskUnderWay,
  type DocumentedRoute,
  type FixtureIds,
} from './support/security-fixtures';

/** Fields the server sets: a body that carries any of them is refused, each named. */
const SERVER_FIELDS = {
  status: 'completed',
  revision: 99,
  position: '1-1',
  actor: { userId: 'duban-office', role: 'supervisor' },
  actorId: 'duban-office',
  role: 'supervisor',
  at: '2022-01-01T00:00:00+08:00',
  occurredAt: '2022-01-01T00:00:00+08:00',
  metadata: { hash: 'forged' },
  hash: 'forged',
};

describe('property-level access: only the fields a client may set, only the fields it may see', () => {
  let app: TestApp;
  let ids: FixtureIds;
  let commands: DocumentedRoute[];
  let documentedResponseFields: string[];

  beforeAll(async () => {
    app = await startTestApp();
    ids = await givenTaskUnderWay(app);
    commands = (await documentedRoutes(app)).filter(
      (r) => r.method === 'POST' && ROUTE_ACCESS[r.key]?.body !== undefined,
    );
    const document = (await get(app.url, '/api/docs-json')).body;
    documentedResponseFields = Object.keys(document.components.schemas.CommandResponse.properties).sort();
  });
  afterAll(() => app.close());

  it('refuses, on every command, a body that sets fields the server owns, naming each one, and appends nothing', async () => {
    const before = await logSnapshot(app);
    const wrong: string[] = [];
    for (const command of commands) {
      const row = ROUTE_ACCESS[command.key];
      if (row.allowed === 'public') continue;
      const answer = await post(
        app.url,
        fillPath(command.path, ids, row.params?.(ids)),
        { ...row.body!(ids), ...SERVER_FIELDS },
        { token: app.tokenFor(ACTORS[row.allowed[0]]) },
      );
      const named = ((answer.body?.details?.fields ?? []) as { field: string }[]).map((f) => f.field);
      const missing = Object.keys(SERVER_FIELDS).filter((field) => !named.includes(field));
      if (answer.status !== 400 || missing.length > 0)
        wrong.push(`${command.key}: ${answer.status}, not named: ${missing.join(', ')}`);
    }
    expect(wrong).toEqual([]);
    expect(commands.length).toBeGreaterThanOrEqual(30);
    expect(await logSnapshot(app)).toEqual(before);
  });

  it('refuses a milestone id in a work plan (the server derives it), naming the nested field', async () => {
    const answer = await post(
      app.url,
      `/api/tasks/${ids.taskId}/plan`,
      { plan: '工作打算', milestones: [{ milestoneId: 'chosen-by-client', title: '试点', dueOn: '2026-09-30' }] },
      { token: app.tokenFor(ACTORS.leadUnit) },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.details.fields).toEqual([expect.objectContaining({ field: 'milestones.0.milestoneId' })]);
  });

  it('refuses prototype-polluting keys, naming them, and leaves Object.prototype alone', async () => {
    const raw = `{"reason":"督办","__proto__":{"role":"supervisor"}}`;
    const answer = await post(app.url, `/api/tasks/${ids.taskId}/send-back`, undefined, {
      token: app.tokenFor(ACTORS.leadUnit),
      raw,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.details.fields).toEqual([expect.objectContaining({ field: '__proto__' })]);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  it('answers a command with exactly the documented CommandResponse fields', async () => {
    const answer = await post(
      app.url,
      `/api/tasks/${ids.taskId}/urge`,
      { reason: '请按期报送', replyDueOn: '2026-04-30' },
      { token: app.tokenFor(ACTORS.supervisor) },
    );
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body).every((field) => documentedResponseFields.includes(field))).toBe(true);
    expect(Object.keys(answer.body).sort()).toEqual([
      'appendedEvents',
      'created',
      'id',
      'position',
      'replayed',
      'revision',
      'streamId',
    ]);
    expect(Object.keys(answer.body.created)).toEqual(['urgeId']);
  });

  it('answers every read endpoint with only the fields its documented answer has', async () => {
    const document = (await get(app.url, '/api/docs-json')).body as OpenApiDocument;
    const position = formatPosition(await app.settledHead());
    const undocumented: string[] = [];
    let checked = 0;
    for (const route of (await documentedRoutes(app)).filter((r) => r.method === 'GET')) {
      const row = ROUTE_ACCESS[route.key];
      const schema = document.paths[route.path].get.responses?.['200']?.content?.['application/json']?.schema;
      // A read of what the fixtures never make answers 404 (its fields: test/read-side/projection-operations).
      if (!row || row.allowed === 'public' || !schema || row.absentAnswers) continue;
      const answer = await get(app.url, fillPath(route.path, ids, row.params?.(ids)) + (row.query ?? ''), {
        token: app.tokenFor(ACTORS[row.allowed[0]]),
        headers: { 'x-min-position': position },
      });
      expect(answer.status).toBe(200);
      undocumented.push(...fieldsBeyond(answer.body, schema, document, route.key));
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    expect(undocumented).toEqual([]);
  });

  describe('when three tasks have been through every step that fills a part of the detail', () => {
    const details: Record<string, unknown>[] = [];
    const commandAnswers: { step: string; body: Record<string, unknown> }[] = [];
    let document: OpenApiDocument;

    beforeAll(async () => {
      document = (await get(app.url, '/api/docs-json')).body;
      let position = '';
      const lifeOf = async (
        taskId: string,
        steps: [string, object, object][],
        missedDeadline?: { deadline: string; at: string },
      ) => {
        // `{urgeId}` in a step or its body is the id an earlier step created.
        const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => created[name]);
        for (const [step, body, who] of steps) {
          const answer = await post(
            app.url,
            `/api/tasks/${taskId}${fill(step)}`,
            JSON.parse(fill(JSON.stringify(body))),
            { token: app.tokenFor(who as never) },
          );
          if (answer.status !== 200) throw new Error(`${step}: ${answer.status} ${JSON.stringify(answer.body)}`);
          commandAnswers.push({ step, body: answer.body });
          Object.assign(created, answer.body.created);
          position = answer.body.position;
        }
        if (missedDeadline) {
          // The command the deadline watcher sends once the day is over, through the same CommandBus path.
          const command = { type: 'RecordMissedDeadline' as const, data: { deadline: missedDeadline.deadline } };
          const result = await commandBusSender(app.app.get(CommandBus))(
            { taskId, commandId: `missed-${taskId}`, command },
            { actor: WATCHER_ACTOR, at: new Date(missedDeadline.at) },
          );
          position = formatPosition(result.position);
        }
        details.push(
          (
            await get(app.url, `/api/tasks/${taskId}`, {
              token: app.tokenFor(SUPERVISOR),
              headers: { 'x-min-position': position },
            })
          ).body,
        );
      };
      const created: Record<string, string> = {};
      const file = (await upload(app.url, app.tokenFor(JUVENILE_UNIT), '完成情况报告.pdf', pdfBytes())).body;
      const evidence = { sha256: file.sha256, name: '完成情况报告.pdf', mediaType: file.mediaType, size: file.size };
      await lifeOf(await givenIssuedTask(app, { code: '2026-S3', coUnitIds: ['dept-1'] }), [
        ['/acknowledge', {}, JUVENILE_UNIT],
        ['/instructions', { text: '要抓好规范化' }, JUVENILE_LEADER],
        ['/plan', { plan: '制定工作指引', milestones: [{ title: '工作指引', dueOn: '2026-06-30' }] }, JUVENILE_UNIT],
        ['/urge', { reason: '请报送进展', replyDueOn: '2026-04-30' }, SUPERVISOR],
        ['/progress', { summary: '指引起草中', percent: 40, answersUrgeId: '{urgeId}' }, JUVENILE_UNIT],
        ['/progress', { summary: '配合起草', percent: 30 }, CRIMINAL_UNIT],
        ['/extension-requests', { requestedDeadline: '2027-03-31', reason: '试点需延长' }, JUVENILE_UNIT],
        ['/extension-requests/{requestId}/reject', { reason: '按期完成' }, SUPERVISOR],
        ['/cooperation-requests', { fromUnitId: 'dept-1', subject: '移送线索' }, JUVENILE_UNIT],
        ['/cooperation-requests/{requestId}/provide', { response: '已移送' }, CRIMINAL_UNIT],
        ['/outcomes', { kind: 'rule', title: '工作规则' }, JUVENILE_UNIT],
        ['/countersign', { comment: '同意' }, CRIMINAL_UNIT],
        ['/completion-report', { summary: '完成情况' }, JUVENILE_UNIT],
        ['/return', { reason: '请补充材料' }, SUPERVISOR],
        ['/countersign', {}, CRIMINAL_UNIT],
        ['/completion-report', { summary: '已补充材料', attachments: [evidence] }, JUVENILE_UNIT],
        ['/accept', { comment: '同意办结' }, SUPERVISOR],
        ['/rating', { rating: 'good' }, SUPERVISOR],
        ['/look-back', { findings: '个别地区落实不到位' }, SUPERVISOR],
        ['/rectification', { summary: '已逐项整改' }, JUVENILE_UNIT],
        ['/urge', { reason: '请报送整改情况', replyDueOn: '2026-05-30' }, SUPERVISOR],
      ]);
      await lifeOf(
        await givenIssuedTask(app, { code: '2026-S4', coUnitIds: ['dept-1'], deadline: '2026-03-10' }),
        [
          ['/acknowledge', {}, JUVENILE_UNIT],
          ['/extension-requests', { requestedDeadline: '2027-06-30', reason: '试点需延长' }, JUVENILE_UNIT],
        ],
        { deadline: '2026-03-10', at: '2026-03-11T00:00:01+08:00' },
      );
      await lifeOf(await givenIssuedTask(app, { code: '2026-S5', coUnitIds: ['dept-1'] }), [
        ['/send-back', { reason: '不属于本单位职责' }, JUVENILE_UNIT],
        ['/suspend', { reason: '暂缓推进' }, SUPERVISOR],
        ['/cancel', { reason: '任务调整' }, SUPERVISOR],
      ]);
    });

    it('answers the detail with only documented fields in every nested part, every part filled in one of them', async () => {
      const detail = { $ref: '#/components/schemas/TaskDetailView' };
      expect(details.flatMap((answer, i) => fieldsBeyond(answer, detail, document, `detail ${i}`))).toEqual([]);
      const detailSchema = resolveSchema(detail, document.components.schemas);
      const parts = Object.keys(detailSchema.properties!).filter((key) => {
        const part = resolveSchema(detailSchema.properties![key], document.components.schemas);
        return part.items !== undefined || Object.keys(part.properties!).length > 0;
      });
      const neverFilled = parts.filter((key) =>
        details.every(
          (answer) => answer[key] === null || (Array.isArray(answer[key]) && (answer[key] as unknown[]).length === 0),
        ),
      );
      expect(parts.length).toBeGreaterThanOrEqual(25);
      expect(neverFilled).toEqual([]);
    });

    it('answered each of those commands with only the documented CommandResponse fields, created naming only ids', () => {
      const response = { $ref: '#/components/schemas/CommandResponse' };
      const isIds = (value: unknown) =>
        typeof value === 'string' || (Array.isArray(value) && value.every((id) => typeof id === 'string'));
      const beyond = commandAnswers.flatMap(({ step, body: { created, ...rest } }) => [
        ...fieldsBeyond(rest, response, document, step),
        ...Object.entries((created ?? {}) as Record<string, unknown>).flatMap(([key, ids]) =>
          isIds(ids) ? [] : [`${step}.created.${key}`],
        ),
      ]);
      expect(commandAnswers.length).toBeGreaterThanOrEqual(25);
      expect(beyond).toEqual([]);
    });
  });

  it('answers an error with the one error shape (RFC 9457 problem details and the codes) and nothing else', async () => {
    const answer = await post(
      app.url,
      `/api/tasks/${ids.taskId}/accept`,
      {},
      { token: app.tokenFor(ACTORS.supervisor) },
    );
    expect(answer.status).toBe(409);
    expect(answer.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(Object.keys(answer.body).sort()).toEqual([
      'code',
      'detail',
      'details',
      'error',
      'instance',
      'message',
      'status',
      'statusCode',
      'title',
      'type',
    ]);
    expect(answer.body).toMatchObject({
      status: 409,
      statusCode: 409,
      title: 'Conflict',
      instance: `/api/tasks/${ids.taskId}/accept`,
      type: `/api/docs#problem-${answer.body.code}`,
    });
    expect(answer.body.detail).toBe(answer.body.message);
  });
});

/**
 * Parts of an answer whose schema is free-form (no properties) on purpose, by route and path (`[]` for
 * any index). The auditor's as-of replay shows whatever the domain folds (state, board rows, the point
 * asked for). Anything else free-form is reported, so a new nested part needs its DTO before it can ship.
 */
const FREE_FORM_BY_DESIGN = new Set<string>([
  'GET /api/audit/tasks/{taskId}/as-of.state',
  'GET /api/audit/tasks/{taskId}/as-of.asOf',
  'GET /api/audit/board/as-of.items[]',
]);

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }> }>
  >;
  components: { schemas: Record<string, JsonSchema> };
}

/**
 * Paths of the fields in `value` its schema does not document, looking inside every nested object and
 * array; an object whose schema lists no properties counts as undocumented unless FREE_FORM_BY_DESIGN names it.
 */
function fieldsBeyond(value: unknown, schema: JsonSchema, document: OpenApiDocument, path: string): string[] {
  const resolved = resolveSchema(schema, document.components.schemas);
  if (Array.isArray(value))
    return resolved.items
      ? value.flatMap((item, i) => fieldsBeyond(item, resolved.items!, document, `${path}[${i}]`))
      : [`${path} (array without items)`];
  // A count documented as an integer holds one: the count maps' values are checked, not only their keys.
  if (value === null && (resolved as { nullable?: boolean }).nullable) return [];
  if (typeof value !== 'object' || value === null)
    return resolved.type === 'integer' && !Number.isInteger(value) ? [`${path} (not an integer)`] : [];
  const properties = resolved.properties ?? {};
  const map = typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined;
  if (Object.keys(properties).length === 0 && !map)
    return FREE_FORM_BY_DESIGN.has(path.replace(/\[\d+\]/g, '[]')) ? [] : [`${path} (free-form)`];
  return Object.entries(value).flatMap(([key, field]) => {
    if (key in properties) return fieldsBeyond(field, properties[key], document, `${path}.${key}`);
    return map ? fieldsBeyond(field, map, document, `${path}.${key}`) : [`${path}.${key}`];
  });
}
