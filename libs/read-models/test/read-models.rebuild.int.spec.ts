/** Every read model of this folder, run live by the real projector, equals a rebuild from scratch (same checksum). */
import { randomUUID } from 'node:crypto';
import { parsePosition } from '@app/event-store';
import { headShowing } from '@app/testing';
import { e, history } from '../../supervision/test/task/task.fixtures';
import { caughtUp, openHarness, type Harness } from '../../projector/test/support/projector-harness';
import { organisationProjection } from '../src/organisation/organisation.projection';
import { taskBoardProjection } from '../src/task-board/task-board.projection';
import { taskDetailProjection } from '../src/task-detail/task-detail.projection';
import { taskTimelineProjection } from '../src/task-timeline/task-timeline.projection';

const PROJECTIONS = [taskBoardProjection, taskDetailProjection, taskTimelineProjection, organisationProjection];

describe('the read models under the projector', () => {
  let harness: Harness;
  beforeAll(async () => (harness = await openHarness()));
  afterAll(() => harness.close());

  const append = async (streamId: string, events: { type: string; data: object }[]) => {
    const written = await harness.store.append(
      streamId,
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        data: { ...event.data },
        metadata: { actorId: 'duban-office', role: 'supervisor' },
      })),
      'any',
    );
    await headShowing(harness.store, written.position);
  };

  it('project a live log, in small batches, to the same rows a fresh rebuild gives', async () => {
    await append('directory', [
      {
        type: 'UnitRegistered',
        data: { unitId: 'dept-9', name: '第九检察厅', kind: 'department', registeredAt: '2026-01-05T02:00:00.000Z' },
      },
    ]);
    for (let i = 0; i < 12; i++)
      await append(
        `task-t${i}`,
        i % 3 === 0
          ? history.completed()
          : i % 3 === 1
            ? [...history.inProgress(), e.urged(), e.progress()]
            : history.cancelled(),
      );
    const admin = harness.admin(PROJECTIONS);
    await harness.projector(PROJECTIONS).start();
    await append('task-t1', [e.urgeAnswered()]);
    await caughtUp(admin);
    for (const projection of PROJECTIONS) {
      const live = await admin.checksum(projection.name);
      expect(live.rows).toBeGreaterThan(0);
      expect(await admin.checksumOfFreshRebuild(projection.name, { until: parsePosition(live.position) })).toEqual(
        live,
      );
    }
    expect(await harness.rows('select count(*)::int as n from task_timeline')).toEqual([
      { n: 4 * 7 + 4 * 5 + 4 * 4 + 1 },
    ]);
  });
});
