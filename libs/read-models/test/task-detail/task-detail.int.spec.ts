import { e, history } from '../../../supervision/test/task/task.fixtures';
import { openReadModelDatabase, type ReadModelDatabase } from '../support/read-model-database';
import { recorded } from '../support/recorded-events';
import { foldTaskView } from '../../src/task-view/task-view';
import { findTaskDetail, taskDetailProjection } from '../../src/task-detail/task-detail.projection';

const richHistory = () => [
  ...history.inProgress(),
  e.progress(30),
  e.urged('u1'),
  e.extensionRequested('x1'),
  e.cooperationRequested('c1'),
  e.cooperationProvided('c1'),
  e.outcome('o1'),
  e.milestoneDone('m1'),
  e.countersigned('dept-1'),
];

describe('the task detail', () => {
  describe('its evolve (pure)', () => {
    it('holds the plan, milestones, latest progress, open urge and extension request, co-operation, outcomes and countersigns', () => {
      const view = foldTaskView(undefined, recorded('task-t1', richHistory()));
      expect(view?.revision).toBe(10);
      expect(view?.state).toMatchObject({
        plan: { text: '制定工作指引，分批试点。' },
        milestones: [
          { milestoneId: 'm1', completedAt: expect.any(String) },
          { milestoneId: 'm2', completedAt: null },
        ],
        progress: { latest: { percent: 30, summary: '指引起草中' } },
        urges: [{ urgeId: 'u1', answeredAt: null }],
        extensionRequests: [{ requestId: 'x1', decision: 'open' }],
        cooperationRequests: [{ requestId: 'c1', response: '已移送' }],
        outcomes: [{ outcomeId: 'o1', title: '《统一集中办理工作指引》' }],
        countersigns: { 'dept-1': { comment: null } },
      });
    });

    it('is idempotent if run twice', () => {
      const events = recorded('task-t1', richHistory());
      const once = foldTaskView(undefined, events);
      expect(foldTaskView(once, events)).toBe(once);
    });
  });

  describe('its writer', () => {
    let db: ReadModelDatabase;
    beforeAll(async () => (db = await openReadModelDatabase([taskDetailProjection])));
    afterAll(() => db.close());

    it('keeps the folded task and the revision it reflects, and is idempotent if run twice', async () => {
      const events = [
        ...recorded('task-t1', richHistory()),
        ...recorded('task-t2', [...history.underReview(), e.rated('excellent')]),
      ];
      expect(await db.apply(taskDetailProjection, events)).toBe(2);
      const once = await db.snapshot(taskDetailProjection);
      await db.apply(taskDetailProjection, events);
      expect(await db.snapshot(taskDetailProjection)).toEqual(once);
      expect(await findTaskDetail(db.dataSource.manager, 't2')).toMatchObject({
        revision: 8,
        state: {
          status: 'under_review',
          rating: { rating: 'excellent' },
          lookBackReviews: [{ reviewId: 'r1', findings: '个别地区落实不到位' }],
        },
      });
      expect(await findTaskDetail(db.dataSource.manager, 'unknown')).toBeUndefined();
    });
  });
});
