/**
 * OWASP API5 (broken function level authorisation): every route of the OpenAPI document, GET and
 * POST, against every role: without a token a 401 (public routes excepted), a role the table does
 * not allow a 403, an allowed one gets past every access check. Admin endpoints (@Roles('admin'))
 * are refused to everyone else before their body is even read. A route without a row in
 * route-access.table.ts fails the suite, and so does a route the app serves but does not document.
 */
import { get, post, type HttpAnswer } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { ROUTE_ACCESS } from './route-access.table';
import {
  ACTORS,
  ACTOR_KINDS,
  documentedRoutes,
  fillPath,
  givenTaskUnderWay,
  type DocumentedRoute,
  type FixtureIds,
} from './support/security-fixtures';

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** An unknown field: an allowed actor's command stops at validation (400), so nothing is changed by this suite. */
const PROBE = { securityProbe: 1 };

describe('function-level access: each route answers only the roles it is for', () => {
  let app: TestApp;
  let ids: FixtureIds;
  let routes: DocumentedRoute[];

  beforeAll(async () => {
    app = await startTestApp();
    ids = await givenTaskUnderWay(app);
    routes = await documentedRoutes(app);
  });
  afterAll(() => app.close());

  const call = (route: DocumentedRoute, token: string | undefined, body: object): Promise<HttpAnswer> => {
    const row = ROUTE_ACCESS[route.key];
    const path = fillPath(route.path, ids, row.params?.(ids)) + (row.query ?? '');
    return route.method === 'GET' ? get(app.url, path, { token }) : post(app.url, path, body, { token });
  };

  /** A route that takes a file: the row's valid file and the probe as a form field, so an allowed actor stops at validation. */
  const uploadWithProbe = async (route: DocumentedRoute, token: string): Promise<HttpAnswer> => {
    const row = ROUTE_ACCESS[route.key];
    const part = await row.upload!();
    const form = new FormData();
    form.append(part.field, new Blob([new Uint8Array(part.bytes)], { type: part.type }), part.filename);
    for (const [name, value] of Object.entries(PROBE)) form.append(name, String(value));
    const response = await fetch(app.url + fillPath(route.path, ids, row.params?.(ids)) + (row.query ?? ''), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };

  it('has a row in the route table for every documented route, and no row for a route that is gone', () => {
    const documented = routes.map((r) => r.key);
    expect(documented.filter((key) => !(key in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('serves no route that the OpenAPI document leaves out (API9: the inventory is complete)', () => {
    const server = app.app.getHttpAdapter().getInstance() as {
      router?: { stack: RouterLayer[] };
      _router?: { stack: RouterLayer[] };
    };
    const served = (server.router ?? server._router)!.stack
      .filter((layer) => layer.route && !layer.route.path.startsWith('/api/docs'))
      .flatMap((layer) =>
        Object.keys(layer.route!.methods).map(
          (method) => `${method.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`,
        ),
      );
    expect(served.length).toBeGreaterThanOrEqual(40);
    expect(served.filter((key) => !routes.some((route) => route.key === key))).toEqual([]);
  });

  it('answers 401 to a call without a token on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const row = ROUTE_ACCESS[route.key];
      if (!row) continue;
      const answer = await call(route, undefined, row.body?.(ids) ?? {});
      const expected = row.allowed === 'public' ? answer.status < 400 : answer.status === 401;
      if (!expected) wrong.push(`${route.key}: ${answer.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to every role the table does not allow, and lets the allowed ones through', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const row = ROUTE_ACCESS[route.key];
      if (!row || row.allowed === 'public') continue;
      for (const kind of ACTOR_KINDS) {
        const token = app.tokenFor(ACTORS[kind]);
        if (row.allowed.includes(kind)) {
          const answer = row.upload
            ? await uploadWithProbe(route, token)
            : await call(route, token, { ...(row.body?.(ids) ?? {}), ...PROBE });
          // Past the guards: a command stops at validation; a read answers.
          const through =
            route.method === 'POST' && route.hasBody
              ? answer.status === 400 && answer.body?.code === 'VALIDATION_FAILED'
              : answer.status < 400 || (answer.status === 404 && answer.body?.code === row.absentAnswers);
          if (!through) wrong.push(`${route.key} as ${kind} (allowed): ${answer.status} ${answer.body?.code ?? ''}`);
        } else {
          const answer = await call(route, token, row.body?.(ids) ?? {});
          if (answer.status !== 403)
            wrong.push(`${route.key} as ${kind} (refused): ${answer.status} ${answer.body?.code ?? ''}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
