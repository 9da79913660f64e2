/** GET / leads a person to the API documentation, whose Swagger UI keeps the token entered across reloads. */
import { startTestApp, type TestApp } from './support/test-app';

describe('the start page', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ projector: { runInProcess: false } });
  });
  afterAll(() => app.close());

  it('sends a browser without a token to the API documentation, which answers', async () => {
    const answer = await fetch(`${app.url}/`, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/api/docs');

    const docs = await fetch(`${app.url}/`);
    expect(docs.url).toMatch(/\/api\/docs\/?$/);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
  });

  it('is in the OpenAPI document with its redirect and Location header', async () => {
    const document = (await (await fetch(`${app.url}/api/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(document.paths['/'].get).toMatchObject({ summary: expect.any(String), description: expect.any(String), responses: { '302': { headers: { Location: expect.any(Object) } } } });
  });

  it('keeps the token entered under Authorize across reloads of the documentation (persistAuthorization)', async () => {
    const init = await (await fetch(`${app.url}/api/docs/swagger-ui-init.js`)).text();
    expect(init).toMatch(/"persistAuthorization":\s*true/);
  });
});
