import { EVENT_TYPE_LABELS, TASK_EVENT_TYPES, type TaskEvent } from '@app/supervision';
import { e, history } from '../../../supervision/test/task/task.fixtures';
import { organisationProjection } from '../../src/organisation/organisation.projection';
import { openReadModelDatabase, type ReadModelDatabase } from '../support/read-model-database';
import { recorded } from '../support/recorded-events';
import { timelineRowOf } from '../../src/task-timeline/timeline-entry';
import { renderSentence, timelineSentence } from '../../src/task-timeline/timeline-sentence';
import { queryTimeline, taskTimelineProjection } from '../../src/task-timeline/task-timeline.projection';

const NO_NAMES = { units: new Map<string, string>(), officials: new Map<string, string>() };

/** One event of every type the domain has. */
const EVERY_EVENT: TaskEvent[] = [
  ...history.inProgress(),
  e.sentBack(),
  e.reassigned(),
  e.milestoneDone(),
  e.progress(),
  e.urgeAnswered(),
  e.urged(),
  e.extensionRequested(),
  e.extended(),
  e.extensionRejected(),
  e.deadlineMissed(),
  e.cooperationRequested(),
  e.cooperationProvided(),
  e.outcome(),
  e.countersigned('dept-1'),
  e.completionReported(),
  e.accepted(),
  e.returned(),
  e.rated('excellent'),
  e.reviewOpened(),
  e.rectified(),
  e.reviewClosed(),
  e.suspended(),
  e.resumed(),
  e.cancelled(),
  {
    type: 'InstructionRecorded',
    data: { leaderId: 'leader-juvenile', text: '要抓好统一集中办理的规范化。', recordedAt: '2026-03-02T01:00:00.000Z' },
  },
];

describe('the task timeline', () => {
  describe('its evolve (pure)', () => {
    it('has a Chinese label and a sentence for every event type of the domain', () => {
      expect(new Set(EVERY_EVENT.map((event) => event.type))).toEqual(new Set(TASK_EVENT_TYPES));
      for (const event of EVERY_EVENT) {
        const [row] = recorded('task-t1', [event]).map(timelineRowOf);
        expect({ type: event.type, label: row?.label }).toEqual({
          type: event.type,
          label: EVENT_TYPE_LABELS[event.type],
        });
        expect(renderSentence(row?.summary_parts ?? [], NO_NAMES)).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    it('says who acted, in which role and unit, and when', () => {
      const [row] = recorded('task-t1', [e.acknowledged()], {
        metadata: { actorId: 'dept-9-staff', role: 'unit', unitId: 'dept-9' },
      }).map(timelineRowOf);
      expect(row).toMatchObject({
        task_id: 't1',
        revision: 0,
        label: '签收',
        summary_parts: [{ unit: 'dept-9' }, ' 签收任务'],
        actor_id: 'dept-9-staff',
        actor_role: 'unit',
        actor_unit_id: 'dept-9',
        occurred_at: '2026-03-02T01:00:00.000Z',
      });
    });

    it('names units and officials when rendered, and shows an id the directory does not know as itself', () => {
      const parts = timelineSentence(e.cooperationRequested('c1', 'dept-404'));
      const names = { units: new Map([['dept-9', '第九检察厅']]), officials: new Map<string, string>() };
      expect(renderSentence(parts, names)).toBe('第九检察厅 请求 dept-404 协作配合：请移送相关线索');
    });

    it('quotes the user’s words exactly, and cuts a long text between characters', () => {
      expect(renderSentence(timelineSentence(e.urged()), NO_NAMES)).toBe(
        '催办：请报送试点进展；请于 2026-03-10 前答复',
      );
      const long = '𠀀未成年人'.repeat(40);
      const sentence = renderSentence(
        timelineSentence({
          type: 'TaskCancelled',
          data: { reason: long, previousStatus: 'issued', cancelledAt: '2026-03-02T01:00:00.000Z' },
        }),
        NO_NAMES,
      );
      expect(sentence.endsWith('…')).toBe(true);
      expect(sentence).toBe(`撤销任务：${Array.from(long).slice(0, 120).join('')}…`);
    });

    it('is idempotent if run twice: the same event gives the same entry, keyed by task and revision', () => {
      const events = recorded('task-t1', history.completed());
      expect(events.map(timelineRowOf)).toEqual(events.map(timelineRowOf));
    });
  });

  describe('its writer', () => {
    let db: ReadModelDatabase;
    beforeAll(async () => (db = await openReadModelDatabase([taskTimelineProjection, organisationProjection])));
    afterAll(() => db.close());

    it('writes a batch with one insert, is idempotent if run twice, and pages the entries in order', async () => {
      const events = [...recorded('task-t1', EVERY_EVENT), ...recorded('task-t2', history.issued())];
      expect(await db.apply(taskTimelineProjection, events)).toBe(1);
      const once = await db.snapshot(taskTimelineProjection);
      await db.apply(taskTimelineProjection, events.slice(3, 9));
      expect(await db.snapshot(taskTimelineProjection)).toEqual(once);
      const page = await queryTimeline(db.dataSource.manager, 't1', 2, 10);
      expect(page.total).toBe(EVERY_EVENT.length);
      expect(page.items.map((item) => item.revision)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      expect(page.items[0]).toMatchObject({
        type: EVERY_EVENT[10].type,
        actor: { id: 'duban-office', role: 'supervisor', unitId: null, unitName: null },
      });
      // The directory here knows no unit: ids are shown as themselves.
      expect((await queryTimeline(db.dataSource.manager, 't1', 1, 2)).items[1].summary).toBe('dept-9 签收任务');
    });
  });
});
