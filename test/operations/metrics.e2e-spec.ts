/** GET /metrics: Prometheus' text for the admin role only, with what operators watch, fed by real traffic. */
import { Client } from 'pg';
import { eventually, testServerUrl } from '@app/testing';
import { get, post } from '../support/http-client';
import {
  ADMIN,
  givenIssuedTask,
  givenOrganisation,
  JUVENILE_UNIT,
  READER,
  SUPERVISOR,
} from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the metrics', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
  });
  afterAll(() => app.close());

  const scrape = async (): Promise<string> => {
    const answer = await get(app.url, '/metrics', { token: app.tokenFor(ADMIN) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return String(answer.body);
  };
  const sample = (text: string, name: string, labels: Record<string, string> = {}): number | undefined => {
    const wanted = Object.entries(labels);
    for (const line of text.split('\n')) {
      const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match || match[1] !== name) continue;
      const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      if (wanted.every(([key, value]) => found[key] === value)) return Number(match[3]);
    }
    return undefined;
  };

  it('is for the admin role only', async () => {
    expect((await get(app.url, '/metrics')).status).toBe(401);
    expect((await get(app.url, '/metrics', { token: app.tokenFor(READER) })).status).toBe(403);
    expect((await get(app.url, '/metrics', { token: app.tokenFor(SUPERVISOR) })).status).toBe(403);
  });

  it('counts commands by type and outcome, appends and their latency, and HTTP answers by route template and status', async () => {
    const unit = app.tokenFor(JUVENILE_UNIT);
    const acknowledged = await post(
      app.url,
      `/api/tasks/${taskId}/acknowledge`,
      {},
      { token: unit, headers: { 'Idempotency-Key': 'metrics-ack' } },
    );
    expect(acknowledged.status).toBe(200);
    expect(
      (
        await post(
          app.url,
          `/api/tasks/${taskId}/acknowledge`,
          {},
          { token: unit, headers: { 'Idempotency-Key': 'metrics-ack' } },
        )
      ).body.replayed,
    ).toBe(true);
    expect((await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, { token: unit })).status).toBe(409);
    // Read once the detail has the task (a loaded machine's projector may still be behind: a 404 then).
    expect(
      (
        await get(app.url, `/api/tasks/${taskId}`, {
          token: app.tokenFor(READER),
          headers: { 'X-Min-Position': acknowledged.body.position },
        })
      ).status,
    ).toBe(200);

    const text = await scrape();
    expect(sample(text, 'ledger_commands_total', { type: 'IssueTask', result: 'accepted' })).toBe(1);
    expect(sample(text, 'ledger_commands_total', { type: 'AcknowledgeTask', result: 'accepted' })).toBe(1);
    expect(sample(text, 'ledger_commands_total', { type: 'AcknowledgeTask', result: 'replayed' })).toBe(1);
    expect(sample(text, 'ledger_commands_total', { type: 'AcknowledgeTask', result: 'conflict' })).toBe(1);
    // The organisation (5 directory and programme events) and the task's two.
    expect(sample(text, 'ledger_events_appended_total')).toBeGreaterThanOrEqual(8);
    expect(sample(text, 'ledger_event_store_append_duration_seconds_count', { result: 'ok' })).toBeGreaterThanOrEqual(
      8,
    );
    expect(
      sample(text, 'http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/tasks/:taskId/acknowledge',
        status: '409',
      }),
    ).toBe(1);
    expect(
      sample(text, 'http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/tasks/:taskId',
        status: '200',
      }),
    ).toBe(1);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('shows each read model’s checkpoint, lag and parked count, and the held-back log with its oldest transaction’s age', async () => {
    const caughtUp = await eventually(
      scrape,
      (text) => sample(text, 'ledger_projection_lag_events', { projection: 'task-board' }) === 0,
    );
    for (const projection of ['task-board', 'task-detail', 'task-timeline', 'organisation', 'task-deadlines']) {
      expect(sample(caughtUp, 'ledger_projection_checkpoint_commit', { projection })).toBeGreaterThan(0);
      expect(sample(caughtUp, 'ledger_projection_parked_events', { projection })).toBe(0);
    }
    // No notifier runs in this app (none configured): its position stays at the start and the task events show as its lag.
    expect(sample(caughtUp, 'ledger_notifier_checkpoint_commit')).toBe(0);
    expect(sample(caughtUp, 'ledger_notifier_lag_events')).toBeGreaterThan(0);
    expect(sample(caughtUp, 'ledger_notifier_outbox_deliveries', { status: 'dead' })).toBe(0);
    const holder = new Client({ connectionString: testServerUrl(), application_name: 'metrics-spec-holder' });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select txid_current()');
      await givenIssuedTask(app, { code: 'metrics-held' });
      const held = await eventually(scrape, (text) => (sample(text, 'ledger_log_held_back_events') ?? 0) >= 1);
      expect(sample(held, 'ledger_log_oldest_holding_transaction_age_seconds')).toBeGreaterThanOrEqual(0);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    await eventually(scrape, (text) => sample(text, 'ledger_log_held_back_events') === 0);
  });
});
