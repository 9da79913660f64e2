/**
 * OWASP API8 (security misconfiguration): security headers on every answer, no shared caching of
 * private answers, cross-origin access only for the configured origins, error bodies that never carry a stack or an internal detail
 * (an unexpected error included), and a production start that refuses to run without a key.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get, post } from '../support/http-client';
import { formatPosition } from '@app/event-store';
import { AUDITOR, JUVENILE_UNIT, READER, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const BOARD_ORIGIN = 'https://board.spp.example';
const MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');

describe('security headers and CORS', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ http: { corsOrigins: [BOARD_ORIGIN], rateLimitPerMinute: 600 } });
  });
  afterAll(() => app.close());

  it.each([
    ['the health check', () => get(app.url, '/health')],
    ['a refused command', () => post(app.url, '/api/tasks/no-such-task/acknowledge', {})],
    [
      'a command',
      () => post(app.url, '/api/tasks/no-such-task/acknowledge', {}, { token: app.tokenFor(JUVENILE_UNIT) }),
    ],
  ])('answers %s with helmet’s headers and without saying what runs it', async (_, call) => {
    const { headers } = await call();
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('serves the API documentation page under a policy that allows only its own scripts', async () => {
    const page = await get(app.url, '/api/docs');
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('upgrade-insecure-requests'); // the embedded mode is plain http on 127.0.0.1
    expect(String(page.body).match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull(); // no inline script the policy would block
  });

  it('lets a configured origin call the API from a browser', async () => {
    const preflight = await fetch(`${app.url}/api/tasks/t-1/acknowledge`, {
      method: 'OPTIONS',
      headers: {
        origin: BOARD_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,if-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(BOARD_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives any other origin no CORS grant', async () => {
    for (const origin of ['https://evil.example', 'null', 'https://board.spp.example.evil.example']) {
      const preflight = await fetch(`${app.url}/api/tasks/t-1/acknowledge`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const simple = await get(app.url, '/health', { headers: { origin } });
      expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('caching of private answers', () => {
  let app: TestApp;
  let taskId: string;
  /** Reads wait for the read models to reach the task. */
  let read: (path: string, claims: typeof READER, headers?: Record<string, string>) => ReturnType<typeof get>;
  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
    const position = formatPosition(await app.settledHead());
    read = (path, claims, headers = {}) =>
      get(app.url, path, { token: app.tokenFor(claims), headers: { 'x-min-position': position, ...headers } });
  });
  afterAll(() => app.close());

  it.each([
    ['the board', '/api/tasks', READER],
    ['a task’s detail', '/api/tasks/{taskId}', READER],
    ['a task’s timeline', '/api/tasks/{taskId}/timeline', READER],
    ['a dashboard', '/api/dashboards/units', READER],
    ['the audit log', '/api/audit/events', AUDITOR],
    ['a task’s audit history', '/api/audit/tasks/{taskId}/history', AUDITOR],
  ])('answers %s with Cache-Control: no-store, so no shared proxy keeps it', async (_, path, claims) => {
    const answer = await read(path.replace('{taskId}', taskId), claims);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a refusal with no-store too', async () => {
    const answer = await get(app.url, '/api/tasks');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('still answers 304 to a client revalidating the task it holds with its ETag', async () => {
    const first = await read(`/api/tasks/${taskId}`, READER);
    const etag = first.headers.get('etag');
    // The revision and a digest of the commands offered to this reader (task-detail-etag.ts).
    expect(etag).toMatch(/^"\d+\.[0-9a-f]{8}"$/);
    const again = await read(`/api/tasks/${taskId}`, READER, { 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-store');
  });
});

describe('error bodies', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers an unexpected failure with a 500 that says nothing internal', async () => {
    const spy = jest.spyOn(app.store, 'readStream').mockImplementation(() => {
      throw new TypeError(
        "Cannot read properties of undefined (reading 'revision') at foldStream (/srv/ledger/libs/event-store/src/fold-stream.ts:12:7) password=hunter2",
      );
    });
    try {
      const answer = await post(app.url, '/api/tasks/t-1/acknowledge', {}, { token: app.tokenFor(JUVENILE_UNIT) });
      expect(answer.status).toBe(500);
      const said = 'an unexpected error occurred; it has been logged';
      expect(answer.body).toEqual({
        type: '/api/docs#problem-INTERNAL',
        title: 'Internal Server Error',
        status: 500,
        detail: said,
        instance: '/api/tasks/t-1/acknowledge',
        code: 'INTERNAL',
        statusCode: 500,
        error: 'INTERNAL_SERVER_ERROR',
        message: said,
      });
    } finally {
      spy.mockRestore();
    }
  });

  it.each([
    ['malformed JSON', { raw: '{"reason":' }],
    ['a body too large', { raw: JSON.stringify({ reason: 'x'.repeat(300_000) }) }],
    ['a path that does not exist', {}],
  ])('answers %s in the error shape with no stack', async (label, options) => {
    const path = label.startsWith('a path') ? '/api/no-such-endpoint' : '/api/tasks/t-1/send-back';
    const answer = await post(app.url, path, {}, { token: app.tokenFor(JUVENILE_UNIT), ...options });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(Object.keys(answer.body).sort()).toEqual([
      'code',
      'detail',
      'error',
      'instance',
      'message',
      'status',
      'statusCode',
      'title',
      'type',
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/\bat \S+ \(|node_modules|\/work\//);
  });
});

describe('starting in production', () => {
  it('refuses to start without a secret, public key or key set URL, before starting anything', async () => {
    expect(existsSync(MAIN)).toBe(true); // built by `npm test` before jest runs
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-prod-'));
    try {
      const env = { PATH: process.env.PATH, NODE_ENV: 'production', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'log' };
      const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = execFile(process.execPath, [MAIN], { env, timeout: 30_000 }, (error, stdout, stderr) =>
          resolve({ code: child.exitCode, output: stdout + stderr }),
        );
      });
      expect(code).toBe(1);
      expect(output).toMatch(/NODE_ENV=production needs JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL/);
      expect(readdirSync(dataDir)).toEqual([]); // no database was started, no secret was made
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
