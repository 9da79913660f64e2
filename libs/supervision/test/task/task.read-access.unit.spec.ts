import { mayReadTaskInFull } from '../../src/task/task.access';
import type { Task } from '../../src/task/task.state';

const task = { leadUnitId: 'dept-9', coUnitIds: ['dept-1'], leadLeaderId: 'leader-juvenile' } as unknown as Task;

describe('reading a task in full', () => {
  it('is for the lead unit and the co-operating units', () => {
    expect(mayReadTaskInFull({ userId: 'a', role: 'unit', unitId: 'dept-9' }, task)).toBe(true);
    expect(mayReadTaskInFull({ userId: 'b', role: 'unit', unitId: 'dept-1' }, task)).toBe(true);
  });

  it('is not for a unit with no part in the task', () => {
    expect(mayReadTaskInFull({ userId: 'c', role: 'unit', unitId: 'dept-6' }, task)).toBe(false);
    expect(mayReadTaskInFull({ userId: 'd', role: 'unit' }, task)).toBe(false);
  });

  it.each(['supervisor', 'leader', 'auditor', 'reader', 'admin'] as const)(
    'is for the %s role, which oversees or audits every task',
    (role) => {
      expect(mayReadTaskInFull({ userId: 'e', role }, task)).toBe(true);
    },
  );
});
