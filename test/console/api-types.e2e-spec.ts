/**
 * The console cannot drift from the API: its client's types (apps/console/src/api/schema.d.ts) must be
 * exactly what the served OpenAPI document gives. When this fails, run `npm start` and then
 * `npm run console:api`, and let the console's type check show what the change broke.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { get } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';

const GENERATOR = join(__dirname, '../../apps/console/scripts/generate-api-types.mjs');
const COMMITTED = join(__dirname, '../../apps/console/src/api/schema.d.ts');

describe('the console’s API types', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('are what the served OpenAPI document generates (npm run console:api)', async () => {
    const document = await get(app.url, '/api/docs-json');
    expect(document.status).toBe(200);
    const folder = await mkdtemp(join(tmpdir(), 'console-api-'));
    try {
      const input = join(folder, 'openapi.json');
      const output = join(folder, 'schema.d.ts');
      await writeFile(input, JSON.stringify(document.body));
      await promisify(execFile)(process.execPath, [GENERATOR, '--from', input, '--out', output]);
      const generated = await readFile(output, 'utf8');
      const committed = await readFile(COMMITTED, 'utf8');
      expect(committed === generated ? 'in step' : 'drifted: run npm run console:api with the API running').toBe(
        'in step',
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
