/**
 * The console's production sign-in, against a real OpenID Connect provider (`oidc-provider`, started
 * here as its own process): the console reads the provider from GET /api/console/config, sends the
 * browser there (authorization code with PKCE), exchanges the code on its way back, and calls the
 * API with the provider's access token, which the API verifies through the provider's key set. No
 * demo sign-in and no local secret: as in production. The token is in no URL the browser asked for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { get } from '../support/http-client';
import { axeViolations, launchBrowser, newPage } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const TIMEOUT_MS = 120_000;
// A resource indicator is an absolute URI (RFC 8707); the API's JWT_AUDIENCE is the same.
const AUDIENCE = 'urn:ledger:api';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the provider and resolves once it says it listens. */
async function startProvider(port: number, consoleOrigin: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(__dirname, '../support/oidc-provider.mjs'), String(port), consoleOrigin, AUDIENCE],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const ready = new Promise<void>((resolve, reject) => {
    lines.once('line', () => resolve());
    child.once('exit', (code) => reject(new Error(`the provider exited (${code}): ${stderr.join('')}`)));
  });
  await ready;
  return child;
}

describe('the console signs in through an OpenID Connect provider (authorization code with PKCE)', () => {
  let app: TestApp;
  let provider: ChildProcess;
  let browser: Browser;
  let issuer: string;

  beforeAll(async () => {
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    app = await startTestApp({
      demoSignIn: false,
      tokens: { jwksUrl: `${issuer}/jwks`, issuer, audience: AUDIENCE },
      consoleOidc: { issuer, clientId: 'ledger-console', scope: 'openid profile ledger', resource: AUDIENCE },
    });
    provider = await startProvider(port, app.url);
    browser = await launchBrowser();
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    provider?.kill('SIGTERM');
    await app?.close();
  });

  it('tells the console to sign in through the provider, and offers no demo sign-in', async () => {
    expect((await get(app.url, '/api/console/config')).body).toEqual({
      signIn: 'oidc',
      oidc: { issuer, clientId: 'ledger-console', scope: 'openid profile ledger', resource: AUDIENCE },
    });
    expect((await get(app.url, '/api/demo/users')).status).toBe(404);
  });

  it(
    'given the supervision office at the provider, when it signs in from the console, then it lands on the board and the API answers its token',
    async () => {
      const { context, page } = await newPage(browser, app.url);
      const urls: string[] = [];
      page.on('request', (request) => urls.push(request.url()));
      try {
        await page.goto('/sign-in');
        await page.getByRole('button', { name: '登录' }).waitFor();
        // This sign-in page passes the same accessibility check as every page of the journeys.
        expect(await axeViolations(page, 'sign-in (OIDC)')).toEqual([]);
        await page.getByRole('button', { name: '登录' }).click();
        // The provider's own (development) sign-in and consent pages.
        await page.waitForURL((url) => url.origin === issuer);
        await page.locator('input[name="login"]').fill('duban-office');
        await page.locator('input[name="password"]').fill('any');
        await page.getByRole('button', { name: 'Sign-in' }).click();
        await page.getByRole('button', { name: 'Continue' }).click();
        // Back with the code; exchanged for the tokens; the role's page.
        await page.getByTestId('signed-in-as').filter({ hasText: '督办办公室' }).waitFor();
        await page.getByRole('heading', { name: '督办台账', exact: true }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/board');

        const stored = await page.evaluate(() =>
          (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem(
            'console.session',
          ),
        );
        const token = (JSON.parse(stored!) as { token: string }).token;
        const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
        expect(claims).toMatchObject({ iss: issuer, aud: AUDIENCE, sub: 'duban-office', role: 'supervisor' });
        // The API verifies the provider's token through its key set.
        const board = await get(app.url, '/api/tasks?limit=5', { token });
        expect(board.status).toBe(200);
        expect((await get(app.url, '/api/tasks?limit=5', { token: `${token.slice(0, -4)}AAAA` })).status).toBe(401);
        // The code came back in the callback's address; the token never went into one.
        expect(urls.some((url) => url.includes('/sign-in/callback?code='))).toBe(true);
        expect(urls.filter((url) => url.includes(token) || url.includes(token.split('.')[2]))).toEqual([]);
        expect(new URL(page.url()).search).toBe('');
      } finally {
        await context.close();
      }
    },
    TIMEOUT_MS,
  );
});
