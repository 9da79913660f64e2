/**
 * OWASP API4 (unrestricted resource consumption): bodies are capped (413), page sizes are capped on
 * every list endpoint (400 naming `limit`), and each user — or, before authentication, each client
 * address — has a request budget per minute (429 with Retry-After, logged), and a much smaller one
 * for the operations that replay or rebuild from the whole log. The budgets are tested with low
 * configured values; the default is shown not to trip a burst like the concurrency suite's.
 */
import { eventually } from '@app/testing';
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';
import { get, post, type HttpAnswer } from '../support/http-client';
import {
  ADMIN,
  AUDITOR,
  CIVIL_UNIT,
  CRIMINAL_UNIT,
  JUVENILE_UNIT,
  PROGRAMME_ID,
  SUPERVISOR,
  givenOrganisation,
} from '../support/ledger-fixtures';
import { taskTemplate } from '@app/office';
import { fillTemplate, upload, yearList } from '../office/workbook-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { MAX_PAGE_SIZE } from '../../apps/api/src/http/validation/page-limit';
import { ROUTE_ACCESS } from './route-access.table';
import { captureDenials } from './support/denial-log';
import { ACTORS, documentedRoutes, fillPath, givenTaskUnderWay, type FixtureIds } from './support/security-fixtures';

/** A command on a task that does not exist: it passes authentication and costs nothing (404). */
const probe = (app: TestApp, token: string) => post(app.url, '/api/tasks/no-such-task/acknowledge', {}, { token });

describe('request budgets, with RATE_LIMIT_PER_MINUTE=5', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ http: { corsOrigins: [], rateLimitPerMinute: 5 } });
  });
  afterAll(() => app.close());

  it('answers a user’s sixth request in the minute with 429 and Retry-After, and logs who was limited', async () => {
    const token = app.tokenFor(JUVENILE_UNIT);
    for (let i = 0; i < 5; i += 1) expect((await probe(app, token)).status).toBe(404);
    const denials = captureDenials();
    try {
      const limited = await probe(app, token);
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(denials.lines).toEqual([
        expect.stringMatching(/user=dept-9-staff role=unit unit=dept-9 code=RATE_LIMITED/),
      ]);
    } finally {
      denials.stop();
    }
  });

  it('keeps each user’s budget apart', async () => {
    expect((await probe(app, app.tokenFor(CIVIL_UNIT))).status).toBe(404);
  });

  it('counts requests without a valid token per client address, so guessing tokens is limited too', async () => {
    for (let i = 0; i < 5; i += 1) expect((await probe(app, `guess-${i}`)).status).toBe(401);
    expect((await probe(app, 'guess-6')).status).toBe(429);
    // Health probes are outside the budget (test/health.e2e-spec.ts), so they stay up through a flood.
    expect((await get(app.url, '/health')).status).toBe(200);
    // A valid token is its user's budget, not the address's (a unit member: acknowledging is a unit's act, so the route answers 404).
    expect((await probe(app, app.tokenFor(CRIMINAL_UNIT))).status).toBe(404);
  });
});

describe('the heavy operations’ budget, with RATE_LIMIT_HEAVY_PER_MINUTE=2', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ http: { heavyRateLimitPerMinute: 2 } });
    // The import's dry run needs a programme and units to check its row against.
    await givenOrganisation(app);
  });
  afterAll(() => app.close());

  it.each(heavyOperations())(
    'answers a user’s third %s in the minute with 429 and Retry-After, logged, while their ordinary reads still pass',
    async (_name, operation) => {
      const claims = { ...operation.as, sub: `${operation.as.sub}-${operation.path.replace(/\W+/g, '-')}` };
      const token = app.tokenFor(claims);
      const allowed = operation.answers ?? 200;
      for (let i = 0; i < 2; i += 1) expect((await operation.call(app, token)).status).toBe(allowed);
      const denials = captureDenials();
      try {
        const limited = await operation.call(app, token);
        expect(limited.status).toBe(429);
        expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', details: { budget: 'heavy' } });
        const retryAfter = Number(limited.headers.get('retry-after'));
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(60);
        expect(denials.lines).toEqual([
          expect.stringMatching(new RegExp(`user=${claims.sub} role=${claims.role} .*code=RATE_LIMITED`)),
        ]);
      } finally {
        denials.stop();
      }
      expect((await operation.ordinary(app, token)).status).toBe(200);
      // Another user of the same role still has a heavy budget of their own.
      expect((await operation.call(app, app.tokenFor({ ...claims, sub: `${claims.sub}-colleague` }))).status).toBe(
        allowed,
      );
    },
  );

  it('does not count a checksum without ?fresh=true as heavy', async () => {
    const token = app.tokenFor({ ...ADMIN, sub: 'operator-checksums' });
    for (let i = 0; i < 4; i += 1)
      expect((await get(app.url, '/api/projections/task-board/checksum', { token })).status).toBe(200);
    expect((await get(app.url, '/api/projections/task-board/checksum?fresh=true', { token })).status).toBe(200);
  });
});

describe('the client address behind a proxy', () => {
  const ADDRESSES = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'];
  /** Four token guesses, each claiming another address; the budget is 3. */
  const guessesFromFourAddresses = async (app: TestApp) => {
    const statuses: number[] = [];
    for (const address of ADDRESSES)
      statuses.push(
        (
          await post(
            app.url,
            '/api/tasks/no-such-task/acknowledge',
            {},
            { token: 'guess', headers: { 'x-forwarded-for': address } },
          )
        ).status,
      );
    return statuses;
  };

  it('ignores X-Forwarded-For by default, so a caller cannot pick a fresh address to dodge the budget', async () => {
    const app = await startTestApp({ http: { corsOrigins: [], rateLimitPerMinute: 3 } });
    try {
      expect(await guessesFromFourAddresses(app)).toEqual([401, 401, 401, 429]);
    } finally {
      await app.close();
    }
  });

  it('counts each forwarded address apart when the proxy is trusted (TRUST_PROXY)', async () => {
    const app = await startTestApp({ http: { corsOrigins: [], rateLimitPerMinute: 3, trustProxy: 'loopback' } });
    try {
      expect(await guessesFromFourAddresses(app)).toEqual([401, 401, 401, 401]);
    } finally {
      await app.close();
    }
  });
});

describe('limits with the default settings', () => {
  let app: TestApp;
  let ids: FixtureIds;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await givenTaskUnderWay(app);
  });
  afterAll(() => app.close());

  it('serves a burst of 60 concurrent requests of one user (the default budget is 600 a minute)', async () => {
    const token = app.tokenFor(JUVENILE_UNIT);
    const answers = await Promise.all(Array.from({ length: 60 }, () => probe(app, token)));
    expect(answers.map((a) => a.status)).toEqual(Array(60).fill(404));
  });

  it('refuses a body over 256 kB with 413 in the error shape', async () => {
    const answer = await post(
      app.url,
      `/api/tasks/${ids.taskId}/progress`,
      { summary: '进展'.repeat(140_000), percent: 10 },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ statusCode: 413, code: 'BODY_TOO_LARGE' });
  });

  it(`caps the page size of every list endpoint at ${MAX_PAGE_SIZE}, naming limit`, async () => {
    const document = (await get(app.url, '/api/docs-json')).body;
    const lists = (await documentedRoutes(app)).filter(
      (route) =>
        route.method === 'GET' &&
        (document.paths[route.path].get.parameters ?? []).some(
          (p: { name: string; in: string }) => p.in === 'query' && p.name === 'limit',
        ),
    );
    expect(lists.length).toBeGreaterThanOrEqual(1);
    const wrong: string[] = [];
    for (const route of lists) {
      const row = ROUTE_ACCESS[route.key];
      if (!row || row.allowed === 'public') {
        wrong.push(`${route.key}: no row in route-access.table.ts`);
        continue;
      }
      const token = app.tokenFor(ACTORS[row.allowed[0]]);
      const at = (limit: string) => {
        const query = new URLSearchParams((row.query ?? '').replace(/^\?/, ''));
        query.set('limit', limit);
        return `${fillPath(route.path, ids, row.params?.(ids))}?${query.toString()}`;
      };
      for (const limit of [String(MAX_PAGE_SIZE + 1), '100000', '0', '-1', 'all']) {
        const answer = await get(app.url, at(limit), { token });
        if (answer.status !== 400 || !JSON.stringify(answer.body).includes('limit'))
          wrong.push(`${route.key} limit=${limit}: ${answer.status}`);
      }
      const largest = await get(app.url, at(String(MAX_PAGE_SIZE)), { token });
      if (largest.status !== 200) wrong.push(`${route.key} limit=${MAX_PAGE_SIZE}: ${largest.status}`);
    }
    expect(wrong).toEqual([]);
  });
});

interface HeavyOperation {
  readonly as: TokenClaims;
  readonly path: string;
  call(app: TestApp, token: string): Promise<HttpAnswer>;
  /** What an allowed call answers: 200 unless given (a rebuild starts with 202). */
  readonly answers?: number;
  /** A light read the same user may make (counted against the ordinary budget only). */
  ordinary(app: TestApp, token: string): Promise<HttpAnswer>;
}

/** Every route that replays or rebuilds from the whole log (a function: it.each reads it before the bottom of the file runs). */
function heavyOperations(): [string, HeavyOperation][] {
  return [
    ['chain verification', auditorReads('/api/audit/verify')],
    ['log digest', auditorReads('/api/audit/digest')],
    ['export', auditorReads('/api/audit/export')],
    ['board as of a moment', auditorReads('/api/audit/board/as-of?at=2026-03-02T09%3A00%3A00%2B08%3A00')],
    ['台账 workbook as of a moment', auditorReads('/api/audit/ledger/export?at=2026-03-02T09%3A00%3A00%2B08%3A00')],
    ['dry run of a year list import', supervisorImports()],
    [
      'quarterly report',
      {
        as: SUPERVISOR,
        path: `/api/programmes/${PROGRAMME_ID}/reports/2026-Q1`,
        call: (app, token) => get(app.url, `/api/programmes/${PROGRAMME_ID}/reports/2026-Q1`, { token }),
        ordinary: (app, token) => get(app.url, '/api/tasks?limit=10', { token }),
      },
    ],
    ['comparison with a scratch rebuild', adminOperation('/api/projections/task-board/checksum?fresh=true', 'GET')],
    ['rebuild', adminRebuilds('task-board')],
  ];
}

function auditorReads(path: string): HeavyOperation {
  return {
    as: AUDITOR,
    path,
    call: (app, token) => get(app.url, path, { token }),
    ordinary: (app, token) => get(app.url, '/api/audit/events?stream=directory', { token }),
  };
}

/** A one-row workbook checked against the programme: it reads the directory, the programme and the whole board. */
function supervisorImports(): HeavyOperation {
  const path = `/api/programmes/${PROGRAMME_ID}/task-imports?dryRun=true`;
  return {
    as: SUPERVISOR,
    path,
    call: async (app, token) =>
      upload(app, PROGRAMME_ID, await fillTemplate(await taskTemplate(), yearList(1)), {
        query: '?dryRun=true',
        token,
      }),
    ordinary: (app, token) => get(app.url, '/api/tasks?limit=10', { token }),
  };
}

/** Starts a rebuild (202) and waits for it to finish, so that the next one is not refused as still running. */
function adminRebuilds(projection: string): HeavyOperation {
  const path = `/api/projections/${projection}/rebuild`;
  return {
    as: ADMIN,
    path,
    answers: 202,
    call: async (app, token) => {
      const started = await post(app.url, path, {}, { token });
      if (started.status === 202)
        await eventually(
          () => get(app.url, path, { token }),
          (answer) => answer.body.phase === 'finished',
        );
      return started;
    },
    ordinary: (app, token) => get(app.url, '/api/projections', { token }),
  };
}

function adminOperation(path: string, method: 'GET' | 'POST'): HeavyOperation {
  return {
    as: ADMIN,
    path,
    call: (app, token) => (method === 'GET' ? get(app.url, path, { token }) : post(app.url, path, {}, { token })),
    ordinary: (app, token) => get(app.url, '/api/projections', { token }),
  };
}
