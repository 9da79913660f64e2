/** Only auditors read the audit endpoints, and auditors change nothing: every command route refuses them. */
import { get, post } from '../support/http-client';
import {
  ADMIN,
  AUDITOR,
  JUVENILE_LEADER,
  JUVENILE_UNIT,
  READER,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
} from '../support/ledger-fixtures';
import type { TestApp } from '../support/test-app';
import { startAuditApp } from './audit-support';

describe('access to the audit endpoints', () => {
  let app: TestApp;
  let taskId: string;
  let auditPaths: string[];

  beforeAll(async () => {
    app = await startAuditApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
    auditPaths = [
      '/api/audit/events',
      `/api/audit/tasks/${taskId}/history`,
      `/api/audit/tasks/${taskId}/as-of?revision=0`,
      '/api/audit/board/as-of?at=2026-03-02T12:00:00%2B08:00',
      '/api/audit/verify',
      '/api/audit/digest',
      '/api/audit/export?format=csv',
      '/api/audit/ledger/export?at=2026-03-02T12:00:00%2B08:00',
    ];
  });
  afterAll(() => app.close());

  it('lets an auditor read every one of them', async () => {
    for (const path of auditPaths)
      expect({ path, status: (await get(app.url, path, { token: app.tokenFor(AUDITOR) })).status }).toEqual({
        path,
        status: 200,
      });
  });

  it.each([
    ['the supervisor', SUPERVISOR],
    ['a leader', JUVENILE_LEADER],
    ['a unit member', JUVENILE_UNIT],
    ['a reader', READER],
    ['an admin', ADMIN],
  ])('refuses %s with a 403 on every one of them', async (_, who) => {
    for (const path of auditPaths) {
      const answer = await get(app.url, path, { token: app.tokenFor(who) });
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 403,
        code: 'ROLE_NOT_ALLOWED',
      });
    }
  });

  it('refuses a request without a token with a 401', async () => {
    for (const path of auditPaths) expect((await get(app.url, path)).status).toBe(401);
  });

  it('documents every audit endpoint in the OpenAPI document', async () => {
    const document = (await get(app.url, '/api/docs-json')).body;
    expect(
      Object.keys(document.paths)
        .filter((path) => path.startsWith('/api/audit'))
        .sort(),
    ).toEqual([
      '/api/audit/board/as-of',
      '/api/audit/digest',
      '/api/audit/events',
      '/api/audit/export',
      '/api/audit/keys',
      '/api/audit/ledger/export',
      '/api/audit/seals',
      '/api/audit/tasks/{taskId}/as-of',
      '/api/audit/tasks/{taskId}/history',
      '/api/audit/verify',
    ]);
    expect(JSON.stringify(document.paths['/api/audit/verify'].get.responses['200'])).toContain('VerificationReportDto');
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'ChainBreakDto',
        'TaskAsOfDto',
        'BoardAsOfDto',
        'ProgrammeFiguresDto',
        'DigestAnswerDto',
        'PublishedKeysDto',
        'LedgerSignatureDto',
      ]),
    );
    expect(document.paths['/api/audit/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'fromPosition',
      'toPosition',
      'stream',
      'type',
      'actor',
      'from',
      'to',
    ]);
  });
});

describe('an auditor issuing commands', () => {
  let app: TestApp;
  let taskId: string;

  beforeAll(async () => {
    app = await startAuditApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
  });
  afterAll(() => app.close());

  /** Every POST route the HTTP server has, written as OpenAPI paths ({param}). */
  function postRoutesOfTheServer(): string[] {
    const express = app.app.getHttpAdapter().getInstance();
    const stack: any[] = (express.router ?? express._router).stack;
    return stack
      .filter((layer) => layer.route?.methods?.post)
      .map((layer) => String(layer.route.path).replace(/:(\w+)/g, '{$1}'));
  }

  it('is refused with a 403 on every POST route of the OpenAPI document, whatever the body, and no route is left out', async () => {
    const document = (await get(app.url, '/api/docs-json')).body;
    const everyPost = Object.entries<any>(document.paths)
      .filter(([, operations]) => operations.post)
      .map(([path]) => path);
    // The demo's sign-in is public and changes no record (it signs a token, in demo mode only): not a command to refuse.
    const NOT_COMMANDS = ['/api/demo/sign-in'];
    const documented = everyPost.filter((path) => !NOT_COMMANDS.includes(path));
    expect(documented.length).toBeGreaterThan(20);
    // A POST route hidden from the document would escape this test: the server's own routes must all be in it.
    const served = postRoutesOfTheServer();
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((path) => !everyPost.includes(path))).toEqual([]);

    const tested: string[] = [];
    for (const path of documented) {
      const concrete = path.replace('{taskId}', taskId).replace(/\{(\w+)\}/g, 'some-id');
      const answer = await post(app.url, concrete, {}, { token: app.tokenFor(AUDITOR) });
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
      tested.push(path);
    }
    expect(tested).toEqual(documented);
    expect(tested).toEqual(
      expect.arrayContaining(['/api/tasks', '/api/tasks/{taskId}/acknowledge', '/api/programmes', '/api/units']),
    );
    const events = await app.readStream(`task-${taskId}`);
    expect(events.map((event) => event.type)).toEqual(['TaskIssued']);
  });
});
