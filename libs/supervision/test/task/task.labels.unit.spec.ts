import { DIRECTORY_EVENT_TYPES } from '../../src/directory/directory.events';
import { PROGRAMME_EVENT_TYPES } from '../../src/programme/programme.events';
import { TASK_EVENT_TYPES } from '../../src/task/task.events';
import { RATING_LABELS } from '../../src/task/task.commands';
import { EVENT_TYPE_LABELS, TASK_CATEGORIES, TASK_STATUS_LABELS, categoryLabel } from '../../src/task/task.labels';
import { TASK_STATUSES } from '../../src/task/task.state';

describe('the Chinese labels', () => {
  it('name every event type of every aggregate', () => {
    const types = [...PROGRAMME_EVENT_TYPES, ...DIRECTORY_EVENT_TYPES, ...TASK_EVENT_TYPES];
    expect(Object.keys(EVENT_TYPE_LABELS).sort()).toEqual([...types].sort());
    expect(TASK_EVENT_TYPES).toHaveLength(27);
  });

  it('name every status', () => {
    expect(Object.keys(TASK_STATUS_LABELS).sort()).toEqual([...TASK_STATUSES].sort());
    expect(TASK_STATUS_LABELS.completed).toBe('已办结');
  });

  it('give the ratings as 优秀/良好/合格/不合格', () => {
    expect(RATING_LABELS).toEqual({ excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' });
  });

  it('show a category as itself, the known lines of work included', () => {
    expect(TASK_CATEGORIES).toContain('未成年人检察');
    expect(categoryLabel('知识产权')).toBe('知识产权');
  });
});
