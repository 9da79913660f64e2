/** The console's sign-in in the embedded demo: the demo users and a token for one; nothing of it outside demo mode. */
import { get, post } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the demo sign-in, in demo mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoSignIn: true });
  });
  afterAll(() => app.close());

  it('lists one demo user per role, without a token', async () => {
    const answer = await get(app.url, '/api/demo/users');
    expect(answer.status).toBe(200);
    const roles = answer.body.users.map((u: { role: string }) => u.role);
    expect(roles).toEqual(expect.arrayContaining(['supervisor', 'leader', 'unit', 'auditor', 'reader', 'admin']));
    expect(answer.body.users.find((u: { user: string }) => u.user === 'unit')).toMatchObject({
      userId: 'dept-9-staff',
      unitId: 'dept-9',
      name: '第九检察厅工作人员',
    });
  });

  it('gives a bearer token the API accepts as that user', async () => {
    const answer = await post(app.url, '/api/demo/sign-in', { user: 'supervisor' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ tokenType: 'Bearer', user: { user: 'supervisor', role: 'supervisor' } });
    const created = await post(
      app.url,
      '/api/units',
      { unitId: 'dept-9', name: '第九检察厅', kind: 'department' },
      { token: answer.body.token },
    );
    expect(created.status).toBe(201);
  });

  it('refuses a user the demo does not have, naming the field', async () => {
    const answer = await post(app.url, '/api/demo/sign-in', { user: 'root' });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('user');
  });
});

describe('the demo sign-in, outside demo mode (production, SEED_DEMO=false)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoSignIn: false });
  });
  afterAll(() => app.close());

  it('answers 404 DEMO_MODE_OFF to the list and to a sign-in, whatever the body', async () => {
    const list = await get(app.url, '/api/demo/users');
    expect(list.status).toBe(404);
    expect(list.body.code).toBe('DEMO_MODE_OFF');
    for (const body of [{ user: 'supervisor' }, { user: 'root' }, {}]) {
      const answer = await post(app.url, '/api/demo/sign-in', body);
      expect([answer.status, answer.body.code, answer.body.token]).toEqual([404, 'DEMO_MODE_OFF', undefined]);
    }
  });
});
