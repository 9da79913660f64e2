/**
 * A schema-driven fuzz pass, as schemathesis does it: for every operation of the OpenAPI document,
 * requests generated from its own schemas (one fitting every rule, then variants each breaking one),
 * sent by an actor the document says may call it, plus one without a token and one by an actor it
 * refuses. Every answer must be one the document declares for that operation: its status, a body
 * that fits the declared schema in the declared media type (errors as problem details, with
 * `status` equal to the HTTP status), and only declared API headers (ETag, Location, Retry-After,
 * WWW-Authenticate, Idempotent-Replayed); no weak ETag anywhere. Seeded and bounded.
 */
import { ROUTE_ACCESS } from '../security/route-access.table';
import { SeededRandom } from '../security/support/seeded-random';
import {
  ACTORS,
  ACTOR_KINDS,
  givenTaskUnderWay,
  type ActorKind,
  type FixtureIds,
} from '../security/support/security-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  PROBLEM,
  SchemaValidator,
  actorsOf,
  operationsOf,
  servedDocument,
  type ApiDocument,
  type DocumentedOperation,
} from './support/api-document';
import { RequestGenerator, type GeneratedRequest } from './support/request-generator';

const SEED = 20261202;
/** Rule-breaking variants per operation, on top of the valid one, the tokenless one and the refused one. */
const VARIANTS_PER_OPERATION = 8;
const API_HEADERS = ['etag', 'location', 'retry-after', 'www-authenticate', 'idempotent-replayed'];

describe('a schema-driven fuzz pass over every operation of the document', () => {
  let app: TestApp;
  let document: ApiDocument;
  let ids: FixtureIds;

  beforeAll(async () => {
    // One user sends every request here: the rate limit is raised so that it does not answer for the document.
    app = await startTestApp({ http: { corsOrigins: [], rateLimitPerMinute: 1_000_000 } });
    ids = await givenTaskUnderWay(app);
    document = await servedDocument(app);
  });
  afterAll(() => app.close());

  it('gets from every operation only the answers the document declares for it', async () => {
    const random = new SeededRandom(SEED);
    const validator = new SchemaValidator(document);
    const operations = operationsOf(document);
    const undeclared: string[] = [];
    let sent = 0;
    for (const op of operations) {
      const known = {
        taskId: ids.taskId,
        programmeId: ids.programmeId,
        milestoneId: ids.milestoneId,
        officialId: 'leader-juvenile',
        unitId: 'dept-9',
        name: 'task-deadlines',
        ...ROUTE_ACCESS[op.key]?.params?.(ids),
      };
      const generator = new RequestGenerator(document, random, known);
      const parties = op.operation['x-allowed-parties'];
      const allowed = Array.isArray(parties) ? (actorsOf(parties) ?? []) : [];
      const refused = ACTOR_KINDS.filter((kind) => !allowed.includes(kind));
      const requests = generator.requestsFor(op.path, op.operation, VARIANTS_PER_OPERATION);
      const plan: [GeneratedRequest, ActorKind | undefined][] = requests.map((request) => [request, allowed[0]]);
      if (parties !== 'public') plan.push([{ ...requests[0], label: 'without a token' }, undefined]);
      if (parties !== 'public' && refused.length > 0)
        plan.push([{ ...requests[0], label: `as ${refused[0]}, whom it refuses` }, refused[0]]);
      for (const [request, actor] of plan) {
        undeclared.push(
          ...(await send(op, request, actor, validator)).map((complaint) => `${op.key} ${request.label}: ${complaint}`),
        );
        sent += 1;
      }
    }
    process.stdout.write(`schema fuzz pass: ${sent} requests over ${operations.length} operations, seed ${SEED}\n`);
    expect(operations.length).toBeGreaterThanOrEqual(50);
    expect(sent).toBeGreaterThan(operations.length * 8);
    expect(undeclared).toEqual([]);
    // About 500 requests, some of them whole-log replays: bounded, but more than the default minute on a busy machine.
  }, 180_000);

  async function send(
    op: DocumentedOperation,
    request: GeneratedRequest,
    actor: ActorKind | undefined,
    validator: SchemaValidator,
  ): Promise<string[]> {
    const headers: Record<string, string> = { ...request.headers };
    if (actor) headers.authorization = `Bearer ${app.tokenFor(ACTORS[actor])}`;
    const hasBody = op.method !== 'GET' && request.body !== undefined;
    if (hasBody) headers['content-type'] = 'application/json';
    const query = request.query.toString();
    const response = await fetch(`${app.url}${request.path}${query ? `?${query}` : ''}`, {
      method: op.method,
      headers,
      body: hasBody ? JSON.stringify(request.body) : op.method === 'GET' ? undefined : '',
    });
    const text = await response.text();
    const declared = op.operation.responses[String(response.status)];
    if (!declared) return [`answered ${response.status}, which the document does not declare (${text.slice(0, 160)})`];
    const complaints: string[] = [];
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    const media = declared.content
      ? Object.entries(declared.content).find(([name]) => name.split(';')[0].trim() === type)
      : undefined;
    if (declared.content && !media)
      complaints.push(
        `${response.status} as ${type || 'no type'}, declared ${Object.keys(declared.content).join(', ')}`,
      );
    if (media?.[1].schema && (type === 'application/json' || type === PROBLEM)) {
      const body = text ? JSON.parse(text) : undefined;
      const wrong = validator.problem(body, media[1].schema);
      if (wrong) complaints.push(`${response.status} body does not fit its schema: ${wrong}`);
      if (type === PROBLEM && (body?.status !== response.status || body?.statusCode !== response.status))
        complaints.push(`problem status ${body?.status} on a ${response.status}`);
    }
    for (const header of API_HEADERS) {
      if (
        response.headers.has(header) &&
        !Object.keys(declared.headers ?? {}).some((name) => name.toLowerCase() === header)
      )
        complaints.push(`${response.status} carries ${header}, undeclared`);
    }
    if (response.headers.get('etag')?.startsWith('W/')) complaints.push(`a weak ETag ${response.headers.get('etag')}`);
    if (response.status === 401 && !/^Bearer\b/.test(response.headers.get('www-authenticate') ?? ''))
      complaints.push('a 401 without WWW-Authenticate: Bearer');
    return complaints;
  }
});
