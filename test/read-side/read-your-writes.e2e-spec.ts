/** Read-your-writes: a query sent with the position a command answered with sees that command's effect, or says it cannot yet. */
import { Client } from 'pg';
import { eventually } from '../../libs/projector/test/support/projector-harness';
import { get, post } from '../support/http-client';
import { JUVENILE_UNIT, READER, SUPERVISOR, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('reading your own writes', () => {
  let app: TestApp;
  const as = (who: object, headers: Record<string, string> = {}) => ({ token: app.tokenFor(who as never), headers });

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-03-02T09:00:00+08:00' });
    await givenOrganisation(app);
  });
  afterAll(() => app.close());

  it('shows each command’s effect on the board, the detail and the timeline when the query carries X-Min-Position', async () => {
    for (let i = 1; i <= 5; i++) {
      const issued = await post(app.url, '/api/tasks', { ...taskBody(i) }, as(SUPERVISOR));
      const board = await get(
        app.url,
        `/api/tasks?q=${encodeURIComponent(`第${i}批`)}`,
        as(READER, { 'X-Min-Position': issued.body.position }),
      );
      expect(board.body).toMatchObject({ total: 1, items: [{ id: issued.body.id, status: 'issued' }] });
      const acknowledged = await post(app.url, `/api/tasks/${issued.body.id}/acknowledge`, {}, as(JUVENILE_UNIT));
      const detail = await get(
        app.url,
        `/api/tasks/${issued.body.id}`,
        as(READER, { 'X-Min-Position': acknowledged.body.position }),
      );
      expect({ status: detail.body.status, revision: detail.headers.get('etag')?.split('.')[0] }).toEqual({
        status: 'acknowledged',
        revision: '"1',
      });
      const timeline = await get(
        app.url,
        `/api/tasks/${issued.body.id}/timeline?minPosition=${acknowledged.body.position}`,
        as(READER),
      );
      expect(timeline.body.items.map((entry: { label: string }) => entry.label)).toEqual(['立项交办', '签收']);
    }
  });

  describe('while the projector is held back', () => {
    it('keeps the query waiting until the projector moves past the position, then shows the command’s effect', async () => {
      const taskId = await givenIssuedTask(app, { code: 'held-1', title: '投影暂停期间的任务' });
      const held = await holdProjection(app.databaseUrl, 'task-detail');
      try {
        const acknowledged = await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, as(JUVENILE_UNIT));
        expect(acknowledged.status).toBe(200);
        let answered = false;
        const reading = get(
          app.url,
          `/api/tasks/${taskId}`,
          as(READER, { 'X-Min-Position': acknowledged.body.position }),
        ).finally(() => (answered = true));

        await eventually(
          () => held.projectorWaiting(),
          (waiting) => waiting,
        );
        // Bounded, and far below the 5 s wait: the query must still be waiting, not answering from the old row.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(answered).toBe(false);

        await held.release();
        const detail = await reading;
        expect({
          status: detail.status,
          state: detail.body.status,
          revision: detail.headers.get('etag')?.split('.')[0],
        }).toEqual({ status: 200, state: 'acknowledged', revision: '"1' });
      } finally {
        await held.release();
      }
    });
  });

  it('works on the dashboards too', async () => {
    const taskId = await givenIssuedTask(app, { code: 'dash-1', title: '仪表盘任务' });
    const cancelled = await post(app.url, `/api/tasks/${taskId}/cancel`, { reason: '撤销' }, as(SUPERVISOR));
    const board = await get(
      app.url,
      '/api/tasks?status=cancelled',
      as(READER, { 'X-Min-Position': cancelled.body.position }),
    );
    const dashboard = await get(
      app.url,
      '/api/dashboards/programmes/spp-2026',
      as(READER, { 'X-Min-Position': cancelled.body.position }),
    );
    expect(dashboard.body.counts.byStatus.cancelled).toBe(board.body.total);
    expect(board.body.total).toBeGreaterThanOrEqual(1);
  });

  it('answers 503 with Retry-After when the read models do not reach the position in time (5 s)', async () => {
    const started = Date.now();
    const answer = await get(app.url, '/api/tasks', as(READER, { 'X-Min-Position': '999999999999-1' }));
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(answer.body).toMatchObject({
      statusCode: 503,
      code: 'READ_MODEL_BEHIND',
      details: { minPosition: '999999999999-1', waitedMs: 5000 },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
  });

  it.each([
    ['X-Min-Position', 'yesterday'],
    ['X-Min-Position', '12'],
    ['minPosition', '1-2-3'],
    ['minPosition', '1-1&minPosition=2-2'],
  ])('answers 400 to a malformed position in %s (%s)', async (where, value) => {
    const answer =
      where === 'minPosition'
        ? await get(app.url, `/api/tasks?minPosition=${value}`, as(READER))
        : await get(app.url, '/api/tasks', as(READER, { [where]: value }));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'BAD_MIN_POSITION', message: expect.stringContaining('X-Min-Position') });
  });

  it('answers at once when no position is asked', async () => {
    expect((await get(app.url, '/api/dashboards/units', as(READER))).status).toBe(200);
  });
});

function taskBody(i: number) {
  return {
    programmeId: 'spp-2026',
    code: `ryw-${i}`,
    title: `第${i}批未成年人检察试点`,
    description: '试点',
    category: '未成年人检察',
    leadLeaderId: 'leader-juvenile',
    leadUnitId: 'dept-9',
    coUnitIds: [],
    deadline: '2026-12-31',
  };
}

/**
 * Holds a projection's advisory lock from a connection of our own: every batch of its live runner
 * takes that lock first (apply-batch.ts), so the projection cannot move until released.
 */
async function holdProjection(databaseUrl: string, projection: string) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [`projection:${projection}`]);
  let released = false;
  return {
    /** Whether another session (the projector's batch) is queued behind our lock. */
    async projectorWaiting(): Promise<boolean> {
      const { rows } = await client.query<{ waiting: boolean }>(
        `select exists (select 1 from pg_locks mine join pg_locks other using (locktype, database, classid, objid, objsubid)
                         where mine.pid = pg_backend_pid() and mine.locktype = 'advisory' and mine.granted and other.pid <> mine.pid and not other.granted) as waiting`,
      );
      return rows[0].waiting;
    },
    async release(): Promise<void> {
      if (released) return;
      released = true;
      await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [`projection:${projection}`]);
      await client.end();
    },
  };
}
