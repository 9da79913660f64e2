/** The API documentation's Swagger UI keeps the token entered across reloads (GET / is the console: test/console/serve-console.e2e-spec.ts). */
import { startTestApp, type TestApp } from './support/test-app';

describe('the API documentation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ projector: { runInProcess: false } });
  });
  afterAll(() => app.close());

  it('keeps the token entered under Authorize across reloads of the documentation (persistAuthorization)', async () => {
    const init = await (await fetch(`${app.url}/api/docs/swagger-ui-init.js`)).text();
    expect(init).toMatch(/"persistAuthorization":\s*true/);
  });
});
