/**
 * OWASP API3 (broken object property level authorisation): a client can neither set a field it may
 * not set — the server's own (status, revision, actor, the import-only `at`, ids the server
 * derives) or one that does not exist — nor see one it should not: command answers are the
 * documented CommandResponse and nothing more.
 */
import { formatPosition } from '@app/event-store';
import { post } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { get } from '../support/http-client';
import { ROUTE_ACCESS } from './route-access.table';
import { logSnapshot } from './support/event-count';
import { ACTORS, documentedRoutes, fillPath, givenTaskUnderWay, type DocumentedRoute, type FixtureIds } from './support/security-fixtures';

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
    commands = (await documentedRoutes(app)).filter((r) => r.method === 'POST' && ROUTE_ACCESS[r.key]?.body !== undefined);
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
      const answer = await post(app.url, fillPath(command.path, ids, row.params?.(ids)), { ...row.body!(ids), ...SERVER_FIELDS }, { token: app.tokenFor(ACTORS[row.allowed[0]]) });
      const named = ((answer.body?.details?.fields ?? []) as { field: string }[]).map((f) => f.field);
      const missing = Object.keys(SERVER_FIELDS).filter((field) => !named.includes(field));
      if (answer.status !== 400 || missing.length > 0) wrong.push(`${command.key}: ${answer.status}, not named: ${missing.join(', ')}`);
    }
    expect(wrong).toEqual([]);
    expect(commands.length).toBeGreaterThanOrEqual(30);
    expect(await logSnapshot(app)).toEqual(before);
  });

  it('refuses a milestone id in a work plan (the server derives it), naming the nested field', async () => {
    const answer = await post(app.url, `/api/tasks/${ids.taskId}/plan`, { plan: '工作打算', milestones: [{ milestoneId: 'chosen-by-client', title: '试点', dueOn: '2026-09-30' }] }, { token: app.tokenFor(ACTORS.leadUnit) });
    expect(answer.status).toBe(400);
    expect(answer.body.details.fields).toEqual([expect.objectContaining({ field: 'milestones.0.milestoneId' })]);
  });

  it('refuses prototype-polluting keys, naming them, and leaves Object.prototype alone', async () => {
    const raw = `{"reason":"督办","__proto__":{"role":"supervisor"}}`;
    const answer = await post(app.url, `/api/tasks/${ids.taskId}/send-back`, undefined, { token: app.tokenFor(ACTORS.leadUnit), raw });
    expect(answer.status).toBe(400);
    expect(answer.body.details.fields).toEqual([expect.objectContaining({ field: '__proto__' })]);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  it('answers a command with exactly the documented CommandResponse fields', async () => {
    const answer = await post(app.url, `/api/tasks/${ids.taskId}/urge`, { reason: '请按期报送', replyDueOn: '2026-04-30' }, { token: app.tokenFor(ACTORS.supervisor) });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body).every((field) => documentedResponseFields.includes(field))).toBe(true);
    expect(Object.keys(answer.body).sort()).toEqual(['appendedEvents', 'created', 'id', 'position', 'replayed', 'revision', 'streamId']);
    expect(Object.keys(answer.body.created)).toEqual(['urgeId']);
  });

  it('answers every read endpoint with only the fields its documented answer has', async () => {
    const document = (await get(app.url, '/api/docs-json')).body as OpenApiDocument;
    const position = formatPosition(await app.store.headPosition());
    const undocumented: string[] = [];
    let checked = 0;
    for (const route of (await documentedRoutes(app)).filter((r) => r.method === 'GET')) {
      const row = ROUTE_ACCESS[route.key];
      const schema = document.paths[route.path].get.responses?.['200']?.content?.['application/json']?.schema;
      if (!row || row.allowed === 'public' || !schema) continue;
      const answer = await get(app.url, fillPath(route.path, ids, row.params?.(ids)) + (row.query ?? ''), { token: app.tokenFor(ACTORS[row.allowed[0]]), headers: { 'x-min-position': position } });
      expect(answer.status).toBe(200);
      undocumented.push(...fieldsBeyond(answer.body, schema, document, route.key));
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    expect(undocumented).toEqual([]);
  });

  it('answers an error with the one error shape and nothing else', async () => {
    const answer = await post(app.url, `/api/tasks/${ids.taskId}/accept`, {}, { token: app.tokenFor(ACTORS.supervisor) });
    expect(answer.status).toBe(409);
    expect(Object.keys(answer.body).sort()).toEqual(['code', 'details', 'error', 'message', 'statusCode']);
  });
});

interface JsonSchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: unknown;
  allOf?: JsonSchema[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }> }>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** Paths of the fields in `value` that its schema does not document (free-form objects are not descended into). */
function fieldsBeyond(value: unknown, schema: JsonSchema, document: OpenApiDocument, path: string): string[] {
  const resolved = schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()!] : schema;
  if (Array.isArray(value)) return resolved.items ? value.flatMap((item, i) => fieldsBeyond(item, resolved.items!, document, `${path}[${i}]`)) : [];
  if (typeof value !== 'object' || value === null) return [];
  const properties = { ...Object.assign({}, ...(resolved.allOf ?? []).map((part) => (part.$ref ? document.components.schemas[part.$ref.split('/').pop()!] : part).properties ?? {})), ...resolved.properties };
  if (Object.keys(properties).length === 0 || resolved.additionalProperties) return [];
  return Object.entries(value).flatMap(([key, field]) => (key in properties ? fieldsBeyond(field, properties[key], document, `${path}.${key}`) : [`${path}.${key}`]));
}
