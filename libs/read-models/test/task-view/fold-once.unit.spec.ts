import { e, history } from '../../../supervision/test/task/task.fixtures';
import { recorded } from '../support/recorded-events';
import { foldOnce } from '../../src/task-view/fold-once';
import { foldTaskView } from '../../src/task-view/task-view';

describe('one fold of a batch for every task read model', () => {
  describe('given a batch with a task issued, acknowledged and planned', () => {
    it('when the board and then the detail fold it onto no row, the detail is handed the board’s Task, as the domain folds it', () => {
      const batch = recorded('task-t1', history.inProgress());
      const board = foldOnce(undefined, batch);
      const detail = foldOnce(undefined, [...batch]);
      expect(detail).toBe(board);
      expect(detail).toEqual(foldTaskView(undefined, batch));
    });

    it('when one of them holds a row already at a later revision, it folds only what it lacks, from its own row', () => {
      const batch = recorded('task-t2', history.inProgress());
      const behind = foldOnce(undefined, batch);
      const ownRow = foldTaskView(undefined, batch.slice(0, 1));
      const ahead = foldOnce(ownRow, batch);
      expect(ahead).not.toBe(behind);
      expect(ahead).toEqual(foldTaskView(ownRow, batch));
      expect(ahead).toEqual(behind);
    });
  });

  describe('given a batch its read models have all applied before (replayed after a crash)', () => {
    it('hands each its own row back, so neither writes', () => {
      const batch = recorded('task-t3', history.acknowledged());
      const board = foldTaskView(undefined, batch);
      const detail = foldTaskView(undefined, batch);
      expect(foldOnce(board, batch)).toBe(board);
      expect(foldOnce(detail, batch)).toBe(detail);
    });
  });

  describe('given the next batch of the same task', () => {
    it('folds it anew onto the row the first batch left', () => {
      const first = recorded('task-t4', history.acknowledged());
      const next = recorded('task-t4', [e.planned()], { from: 2 });
      const row = foldOnce(undefined, first);
      const after = foldOnce(row, next);
      expect(after).not.toBe(row);
      expect(after?.revision).toBe(2);
      expect(after?.state.status).toBe('in_progress');
    });
  });
});
