/**
 * A seeded fuzz pass over every endpoint of the OpenAPI document: malformed bodies (wrong types,
 * huge strings, deep JSON, invalid UTF-8, impossible dates, bad ids in the path, prototype-pollution
 * keys, not JSON at all), each sent by an actor the route allows, so that the request gets as far
 * as it can. Every answer must be a 4xx in the one error shape — never a 5xx, never a success —
 * and the log must hold exactly the events it held before. A malformed body must be refused as a
 * body (400, 413 or 415 with a body code): a 409 or 422 from the fixture task's state would mean it
 * got past validation to the domain, and would hide the hole. Read endpoints get hostile values in
 * each documented query parameter: they may answer 200 (a search that finds nothing) or a 4xx, never a 5xx.
 * Every status must also be one the OpenAPI document declares for that operation (the schema-driven
 * pass in test/openapi/schema-fuzz.e2e-spec.ts checks the bodies and headers too).
 */
import { startTestApp, type TestApp } from '../support/test-app';
import { ROUTE_ACCESS } from './route-access.table';
import { logSnapshot } from './support/event-count';
import { malformedBodies, unreadableBodies, type MalformedBody } from './support/malformed-bodies';
import { SeededRandom } from './support/seeded-random';
import {
  ACTORS,
  documentedRoutes,
  fillPath,
  givenTaskUnderWay,
  type DocumentedRoute,
  type FixtureIds,
} from './support/security-fixtures';

const SEED = 20260302;
const RANDOM_BODIES_PER_ROUTE = 8;
/** Hostile values for every documented query parameter: read endpoints may find nothing, but never fail. */
const HOSTILE_QUERY_VALUES = [
  "'; DROP TABLE events; --",
  'NUL\u0000字',
  'x'.repeat(5000),
  '2026-02-30',
  '{"$gt":"督办%_\\"}',
  '\ud800',
];
/** What the body checks answer (validation pipe, body shape, JSON reader, errors filter); nothing else may refuse a malformed body. */
const BODY_REFUSALS: Readonly<Record<number, readonly string[]>> = {
  400: ['VALIDATION_FAILED', 'BODY_TOO_DEEP', 'MALFORMED_BODY'],
  413: ['BODY_TOO_LARGE'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
};
const BAD_PATH_IDS = [
  '..%2F..%2Fetc',
  'a%20b',
  'x'.repeat(200),
  '%00',
  '%E4%BB%BB%E5%8A%A1',
  "1'%20OR%20'1'='1",
  '%C3%28',
];

interface Outcome {
  readonly request: string;
  /** The statuses the document declares for the operation. */
  readonly declared: readonly string[];
  readonly status: number;
  readonly shaped: boolean;
  /** The error body's code, when it has one. */
  readonly code?: string;
  /** Sent with a malformed body, so only a body refusal will do. */
  readonly malformedBody: boolean;
}

const refusedAsBody = (o: Outcome) => o.code !== undefined && (BODY_REFUSALS[o.status] ?? []).includes(o.code);

describe('fuzzing every endpoint with malformed requests', () => {
  let app: TestApp;
  let ids: FixtureIds;
  let routes: DocumentedRoute[];
  let responses: Record<string, Record<string, { responses: Record<string, unknown> }>>;

  beforeAll(async () => {
    // One user sends every request here: the rate limit is raised so that it does not answer for the validation.
    app = await startTestApp({ http: { corsOrigins: [], rateLimitPerMinute: 1_000_000 } });
    ids = await givenTaskUnderWay(app);
    routes = await documentedRoutes(app);
    responses = ((await fetch(`${app.url}/api/docs-json`).then((r) => r.json())) as { paths: typeof responses }).paths;
  });
  afterAll(() => app.close());

  const send = async (
    route: DocumentedRoute,
    path: string,
    body: MalformedBody | undefined,
    label: string,
    malformedBody = false,
  ): Promise<Outcome> => {
    const row = ROUTE_ACCESS[route.key];
    const actor = row.allowed === 'public' ? undefined : ACTORS[row.allowed[0]];
    const headers: Record<string, string> = actor ? { authorization: `Bearer ${app.tokenFor(actor)}` } : {};
    if (body) headers['content-type'] = body.contentType;
    const response = await fetch(app.url + path, {
      method: route.method,
      headers,
      body: route.method === 'GET' ? undefined : body?.raw,
    });
    const text = await response.text();
    let shaped: boolean;
    let code: string | undefined;
    try {
      const parsed = JSON.parse(text);
      shaped = typeof parsed.code === 'string' && parsed.statusCode === response.status && !('stack' in parsed);
      code = shaped ? parsed.code : undefined;
    } catch {
      shaped = false;
    }
    const declared = Object.keys(responses[route.path][route.method.toLowerCase()].responses);
    return { request: `${route.key} ${label}`, declared, status: response.status, shaped, code, malformedBody };
  };

  it('answers each malformed request with a 4xx in the error shape and writes no event', async () => {
    const random = new SeededRandom(SEED);
    const before = await logSnapshot(app);
    const outcomes: Outcome[] = [];
    for (const route of routes) {
      const row = ROUTE_ACCESS[route.key];
      if (!row) continue; // the access suites fail for a route without a row; here it would have no actor to send as
      const path = fillPath(route.path, ids, row.params?.(ids));
      if (route.method !== 'GET') {
        const valid = (row.body?.(ids) ?? {}) as Record<string, unknown>;
        const bodies = route.hasBody
          ? malformedBodies(valid, route.requiredFields, random, RANDOM_BODIES_PER_ROUTE)
          : unreadableBodies();
        for (const body of bodies) outcomes.push(await send(route, path, body, body.label, true));
      }
      for (const name of route.path.match(/\{\w+\}/g) ?? []) {
        for (const bad of BAD_PATH_IDS) {
          const badPath = fillPath(route.path.replace(name, '__BAD__'), ids, row.params?.(ids)).replace('__BAD__', bad);
          outcomes.push(
            await send(
              route,
              badPath,
              {
                label: 'valid',
                raw: Buffer.from(JSON.stringify(row.body?.(ids) ?? {})),
                contentType: 'application/json',
              },
              `with ${name} = ${bad.slice(0, 20)}`,
            ),
          );
        }
      }
    }
    const undeclared = (o: Outcome) => !o.declared.includes(String(o.status));
    const wrong = outcomes
      .filter(
        (o) =>
          o.status < 400 || o.status >= 500 || !o.shaped || (o.malformedBody && !refusedAsBody(o)) || undeclared(o),
      )
      .map(
        (o) =>
          `${o.request}: ${o.status} ${o.code ?? ''}${o.shaped ? '' : ' (not in the error shape)'}${o.malformedBody && o.shaped && !refusedAsBody(o) ? ' (not refused as a malformed body)' : ''}${undeclared(o) ? ' (a status the document does not declare)' : ''}`,
      );
    const queryOutcomes = await fuzzQueryParameters();
    outcomes.push(...queryOutcomes);
    wrong.push(
      ...queryOutcomes
        .filter((o) => o.status >= 500 || (o.status >= 400 && !o.shaped) || undeclared(o))
        .map((o) => `${o.request}: ${o.status}`),
    );
    expect(wrong).toEqual([]);
    expect(await logSnapshot(app)).toEqual(before);
    // The count of requests tried, for the report.
    process.stdout.write(
      `fuzz pass: ${outcomes.length} malformed requests over ${routes.length} routes, seed ${SEED}\n`,
    );
    expect(outcomes.length).toBeGreaterThan(800);
    // Some 1,500 requests: bounded, but more than the default minute on a busy machine.
  }, 180_000);

  /** Each documented query parameter of each read endpoint, given hostile text, an array, a repeat. */
  async function fuzzQueryParameters(): Promise<Outcome[]> {
    const document = (await fetch(`${app.url}/api/docs-json`).then((r) => r.json())) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const outcomes: Outcome[] = [];
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const row = ROUTE_ACCESS[route.key];
      if (!row) continue;
      const names = (document.paths[route.path].get.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => p.name);
      for (const name of names) {
        const variants = HOSTILE_QUERY_VALUES.map(
          (value) => [`=${value.slice(0, 12)}`, (q: URLSearchParams) => q.set(name, value)] as const,
        );
        for (const [label, change] of [
          ...variants,
          ['[]=1', (q: URLSearchParams) => q.append(`${name}[]`, '1')] as const,
          ['given twice', (q: URLSearchParams) => (q.append(name, '1'), q.append(name, '2'))] as const,
        ]) {
          const query = new URLSearchParams((row.query ?? '').replace(/^\?/, ''));
          query.delete(name);
          change(query);
          outcomes.push(
            await send(
              route,
              `${fillPath(route.path, ids, row.params?.(ids))}?${query.toString()}`,
              undefined,
              `?${name}${label}`,
            ),
          );
        }
      }
    }
    return outcomes;
  }
});
