/** The API serves the console at / from its own origin, and its pages never shadow the API. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultConsoleDir } from '../../apps/api/src/console/serve-console';
import { startTestApp, type TestApp } from '../support/test-app';

describe('serving the console', () => {
  let app: TestApp;
  beforeAll(async () => {
    // npm test builds it first (npm run build); alone: npm run build, then this spec.
    await readFile(join(defaultConsoleDir(), 'index.html')).catch(() => {
      throw new Error('the console is not built: npm run build');
    });
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const fetchText = async (path: string) => {
    const response = await fetch(app.url + path);
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text: await response.text(),
      headers: response.headers,
    };
  };

  it('answers / and every page of the console with its index.html, without a token', async () => {
    for (const path of ['/', '/sign-in', '/board', '/tasks/t-1']) {
      const page = await fetchText(path);
      expect([path, page.status, page.type.startsWith('text/html'), page.text.includes('<div id="root">')]).toEqual([
        path,
        200,
        true,
        true,
      ]);
    }
  });

  it('serves the bundle’s files from the same origin, and loads nothing from elsewhere', async () => {
    const index = await fetchText('/');
    const assets = [...index.text.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((href) => !href.startsWith('data:'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      const file = await fetchText(asset);
      expect([asset, file.status]).toEqual([asset, 200]);
    }
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('leaves /api, /health and /metrics to the API: an unknown API path is a problem 404, not a page', async () => {
    const unknown = await fetchText('/api/no-such-thing');
    expect([unknown.status, unknown.type.startsWith('application/problem+json')]).toEqual([404, true]);
    const health = await fetchText('/health');
    expect([health.status, health.type.startsWith('application/json')]).toEqual([200, true]);
    const docs = await fetchText('/api/docs-json');
    expect(JSON.parse(docs.text).openapi).toMatch(/^3\./);
    // The metrics are the admin's: without a token the API refuses them (the page would answer 200).
    expect((await fetchText('/metrics')).status).toBe(401);
  });

  it('answers a missing file of the bundle with a 404, not with the page', async () => {
    expect((await fetchText('/assets/no-such-file.js')).status).toBe(404);
  });
});
