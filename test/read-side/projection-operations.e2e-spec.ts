import { Client } from 'pg';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionAdmin } from '@app/projector';
import { formatPosition, parsePosition } from '@app/event-store';
import { rebuildLockKey } from '../../libs/projector/src/rebuild-lock';
import {
  streamCountsProjection,
  type StreamCountsFaults,
} from '../../libs/projector/test/support/stream-counts.projection';
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';
import { eventually } from '@app/testing';
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
import { TEST_PROJECTOR_OPTIONS, startTestApp, type TestApp } from '../support/test-app';

const NOT_ADMIN: [string, TokenClaims][] = [
  ['supervisor', SUPERVISOR],
  ['leader', JUVENILE_LEADER],
  ['unit', JUVENILE_UNIT],
  ['auditor', AUDITOR],
  ['reader', READER],
];

/** RebuildStatusView's fields, and none beside them. */
const DOCUMENTED_REBUILD_FIELDS = [
  'error',
  'eventsApplied',
  'finishedAt',
  'outcome',
  'percent',
  'phase',
  'position',
  'projection',
  'startedAt',
  'targetPosition',
];

describe('operating the read models over HTTP', () => {
  let app: TestApp;

  async function caughtUp(): Promise<void> {
    const head = await app.settledHead();
    expect(await app.app.get(ProjectionAdmin).waitForPosition('all', head, 10_000)).toBe(true);
  }

  describe('with every registered read model', () => {
    // One app for the block: only the rebuild changes anything, and it leaves the same rows.
    beforeAll(async () => {
      app = await startTestApp();
      await givenOrganisation(app);
      await givenIssuedTask(app, { code: '2026-01' });
      await givenIssuedTask(app, { code: '2026-02', title: '深化未成年人检察社会支持体系建设' });
      await caughtUp();
    });
    afterAll(() => app.close());

    it('reports every read model at the log head, nothing behind and nothing parked, once caught up', async () => {
      const head = formatPosition(await app.settledHead());
      const status = await get(app.url, '/api/projections', { token: app.tokenFor(ADMIN) });
      expect(status.status).toBe(200);
      expect(status.body.head).toBe(head);
      expect(status.body.projections).toEqual(
        ALL_PROJECTIONS.map(({ name }) => ({
          name,
          checkpoint: head,
          generation: 0,
          updatedAt: expect.any(String),
          head,
          lag: 0,
          lagCapped: false,
          parked: 0,
        })),
      );
    });

    it.each(NOT_ADMIN)(
      'refuses the rebuild, the replay and the parked list to the %s role with 403',
      async (_role, claims) => {
        const token = app.tokenFor(claims);
        const answers = [
          await post(app.url, '/api/projections/task-deadlines/rebuild', {}, { token }),
          await post(app.url, '/api/projections/task-deadlines/parked/replay', {}, { token }),
          await get(app.url, '/api/projections/parked', { token }),
        ];
        expect(answers.map((answer) => [answer.status, answer.body.code])).toEqual(
          answers.map(() => [403, 'ROLE_NOT_ALLOWED']),
        );
      },
    );

    it('lets only the admin and the auditor compare with a scratch rebuild', async () => {
      expect(
        (await get(app.url, '/api/projections/task-deadlines/checksum?fresh=true', { token: app.tokenFor(READER) }))
          .status,
      ).toBe(403);
      expect(
        (await get(app.url, '/api/projections/task-deadlines/checksum', { token: app.tokenFor(READER) })).status,
      ).toBe(200);
      expect(
        (await get(app.url, '/api/projections/task-deadlines/checksum?fresh=true', { token: app.tokenFor(AUDITOR) }))
          .body.matches,
      ).toBe(true);
    });

    it('answers 404 NO_REBUILD for the progress of a read model never rebuilt, and lists no rebuilds yet', async () => {
      const token = app.tokenFor(ADMIN);
      const answer = await get(app.url, '/api/projections/task-board/rebuild', { token });
      expect([answer.status, answer.body.code, answer.body.details]).toEqual([
        404,
        'NO_REBUILD',
        { projection: 'task-board' },
      ]);
      expect((await get(app.url, '/api/projections/rebuilds', { token })).body).toEqual([]);
    });

    it('starts a rebuild with 202 and its Location, whose progress ends finished with the tables swapped in and the checksum of a fresh rebuild', async () => {
      const token = app.tokenFor(ADMIN);
      const before = await get(app.url, '/api/projections/task-deadlines/checksum', { token });

      const started = await post(app.url, '/api/projections/task-deadlines/rebuild', {}, { token });

      expect(started.status).toBe(202);
      expect(started.headers.get('location')).toBe('/api/projections/task-deadlines/rebuild');
      expect(started.body).toMatchObject({
        projection: 'task-deadlines',
        phase: expect.stringMatching(/^(replaying|swapping|finished)$/),
        targetPosition: formatPosition(await app.settledHead()),
        startedAt: expect.any(String),
      });
      const finished = await eventually(
        () => get(app.url, started.headers.get('location')!, { token }),
        (answer) => answer.body.phase !== 'replaying' && answer.body.phase !== 'swapping',
      );
      expect(finished.status).toBe(200);
      expect(finished.body).toMatchObject({
        projection: 'task-deadlines',
        phase: 'finished',
        percent: 100,
        finishedAt: expect.any(String),
        error: null,
        outcome: { builtAs: { task_deadlines: expect.stringMatching(/^task_deadlines__r\d+$/) } },
      });
      expect(Object.keys(finished.body).sort()).toEqual(DOCUMENTED_REBUILD_FIELDS);
      expect(Object.keys(finished.body.outcome).sort()).toEqual(['builtAs', 'events', 'position', 'seconds']);
      expect(finished.body.eventsApplied).toBeGreaterThanOrEqual(2);
      expect(finished.body.outcome.events).toBe(finished.body.eventsApplied);
      expect((await get(app.url, '/api/projections/task-deadlines/checksum', { token })).body).toMatchObject({
        checksum: before.body.checksum,
        rows: 2,
      });
      const compared = await get(app.url, '/api/projections/task-deadlines/checksum?fresh=true', { token });
      expect(compared.body).toMatchObject({ matches: true, checksum: compared.body.fresh.checksum, rows: 2 });
      const status = await get(app.url, '/api/projections', { token });
      expect(
        status.body.projections.find((projection: { name: string }) => projection.name === 'task-deadlines'),
      ).toMatchObject({ generation: 1 });
      expect((await get(app.url, '/api/projections/rebuilds', { token })).body).toEqual([finished.body]);
    });

    it('answers 409 REBUILD_IN_PROGRESS to a second rebuild of a read model while the first one runs', async () => {
      const token = app.tokenFor(ADMIN);

      const [first, second] = await Promise.all([
        post(app.url, '/api/projections/task-board/rebuild', {}, { token }),
        post(app.url, '/api/projections/task-board/rebuild', {}, { token }),
      ]);

      expect([first.status, second.status].sort()).toEqual([202, 409]);
      const refused = first.status === 409 ? first : second;
      expect(refused.body).toMatchObject({ code: 'REBUILD_IN_PROGRESS', details: { projection: 'task-board' } });
      const finished = await eventually(
        () => get(app.url, '/api/projections/task-board/rebuild', { token }),
        (answer) => answer.body.phase === 'finished',
      );
      expect(finished.body.outcome.builtAs).toEqual({ task_board: expect.stringMatching(/^task_board__r\d+$/) });
    });

    it('answers 409 REBUILD_IN_PROGRESS while a rebuild of the same read model runs elsewhere, and changes nothing', async () => {
      const token = app.tokenFor(ADMIN);
      const before = await get(app.url, '/api/projections/task-timeline/checksum', { token });
      // What the CLI (or another API process) holds for as long as its rebuild of task-timeline runs.
      const otherRebuild = new Client({ connectionString: app.databaseUrl });
      await otherRebuild.connect();
      try {
        await otherRebuild.query('select pg_advisory_lock(hashtextextended($1, 0))', [rebuildLockKey('task-timeline')]);

        const refused = await post(app.url, '/api/projections/task-timeline/rebuild', {}, { token });

        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({
          code: 'REBUILD_IN_PROGRESS',
          message: expect.stringContaining('already running'),
          details: { projection: 'task-timeline' },
        });
        expect((await get(app.url, '/api/projections/task-timeline/checksum', { token })).body).toEqual(before.body);
        const status = await get(app.url, '/api/projections', { token });
        expect(
          status.body.projections.find((projection: { name: string }) => projection.name === 'task-timeline'),
        ).toMatchObject({ generation: 0 });
        expect((await get(app.url, '/api/projections/task-timeline/rebuild', { token })).status).toBe(404);
      } finally {
        await otherRebuild.end();
      }
    });

    it('finds every registered read model equal to its fresh rebuild', async () => {
      for (const { name } of ALL_PROJECTIONS) {
        const compared = await get(app.url, `/api/projections/${name}/checksum?fresh=true`, {
          token: app.tokenFor(ADMIN),
        });
        expect([name, compared.status, compared.body.matches]).toEqual([name, 200, true]);
      }
    });

    it('answers 404 with the known names for a read model that does not exist', async () => {
      const answer = await post(app.url, '/api/projections/no-such-model/rebuild', {}, { token: app.tokenFor(ADMIN) });
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({
        code: 'UNKNOWN_PROJECTION',
        details: { known: ALL_PROJECTIONS.map((projection) => projection.name) },
      });
      expect(
        (await get(app.url, '/api/projections/no-such-model/checksum', { token: app.tokenFor(ADMIN) })).status,
      ).toBe(404);
    });
  });

  describe('with a read model that cannot apply an acknowledgement (a poison event)', () => {
    const faults: StreamCountsFaults = {};

    beforeEach(async () => {
      faults.poison = (event) => event.type === 'TaskAcknowledged';
      app = await startTestApp({
        projector: {
          runInProcess: true,
          options: TEST_PROJECTOR_OPTIONS,
          projections: [streamCountsProjection(faults)],
        },
      });
      await givenOrganisation(app);
    });
    afterEach(() => app.close());

    it('lists the parked event to the admin, and after the fix a replay brings the stream back in line with a fresh rebuild', async () => {
      const token = app.tokenFor(ADMIN);
      const taskId = await givenIssuedTask(app);
      const acknowledged = await post(
        app.url,
        `/api/tasks/${taskId}/acknowledge`,
        {},
        { token: app.tokenFor(JUVENILE_UNIT) },
      );
      expect(acknowledged.status).toBe(200);
      const admin = app.app.get(ProjectionAdmin);
      await admin.waitForPosition('all', parsePosition(acknowledged.body.position)!, 10_000);

      const parked = await get(app.url, '/api/projections/parked?projection=stream-counts', { token });
      expect(parked.status).toBe(200);
      expect(parked.body).toEqual([
        expect.objectContaining({
          projection: 'stream-counts',
          streamId: `task-${taskId}`,
          revision: '1',
          type: 'TaskAcknowledged',
          errorMessage: 'cannot project TaskAcknowledged (poison)',
        }),
      ]);

      faults.poison = undefined;
      const replayed = await post(
        app.url,
        '/api/projections/stream-counts/parked/replay',
        { streamId: `task-${taskId}` },
        { token },
      );

      expect(replayed.status).toBe(200);
      expect(replayed.body).toEqual([{ streamId: `task-${taskId}`, status: 'replayed', events: 1 }]);
      expect((await get(app.url, '/api/projections/parked', { token })).body).toEqual([]);
      expect((await get(app.url, '/api/projections/stream-counts/checksum?fresh=true', { token })).body.matches).toBe(
        true,
      );
    });

    it('refuses an unknown field in the replay body with 400', async () => {
      const answer = await post(
        app.url,
        '/api/projections/stream-counts/parked/replay',
        { stream: 'task-x' },
        { token: app.tokenFor(ADMIN) },
      );
      expect([answer.status, answer.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  });
});
