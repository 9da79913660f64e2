import type { DirectoryState } from '@app/supervision';
import { checkImport, type ImportContext } from '../../src/import/validate-import';
import type { SheetRow } from '../../src/import/task-sheet';

describe('checking an imported list before anything is issued', () => {
  describe('given a directory with two departments, a leader, a staff member and two units of the same name', () => {
    it('takes a row with names instead of ids and resolves each one', () => {
      const { problems, tasks } = checkImport([row(2, {})], context());
      expect(problems).toEqual([]);
      expect(tasks).toEqual([
        expect.objectContaining({
          row: 2,
          code: '2022-07',
          leadLeaderId: 'leader-juvenile',
          leadUnitId: 'dept-9',
          coUnitIds: ['dept-1'],
          deadline: '2022-12-31',
          existingTaskId: null,
        }),
      ]);
    });

    it('reads a date cell, 2022/6/30 and 2022年6月30日 as the same kind of deadline', () => {
      const rows = [
        row(2, { code: 'a', deadline: new Date('2022-06-30T00:00:00Z') }),
        row(3, { code: 'b', deadline: '2022/6/30' }),
        row(4, { code: 'c', deadline: '2022年6月30日' }),
      ];
      expect(checkImport(rows, context()).tasks.map((t) => t.deadline)).toEqual([
        '2022-06-30',
        '2022-06-30',
        '2022-06-30',
      ]);
    });

    it('names the row, the column, the value and the reason of every problem', () => {
      const rows = [
        row(2, { leadUnit: '第十检察厅' }),
        row(3, { code: '2022-08', deadline: '2022-02-30' }),
        row(4, { code: '2022-07' }),
        row(5, { code: '2022-09', leader: '第一检察厅厅长' }),
        row(6, { code: '2022-10', coUnits: '同名厅' }),
        row(7, { code: '2022-11', deadline: '2021-12-31' }),
        row(8, { code: '2022-12', coUnits: '第九检察厅' }),
        row(9, { code: '', title: '' }),
        row(10, { code: '2022-13', milestones: '试点没有日期' }),
      ];
      const { problems, tasks } = checkImport(rows, context());
      expect(problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
        [2, '牵头单位', '第十检察厅', 'UNKNOWN_UNIT'],
        [3, '完成时限', '2022-02-30', 'BAD_DATE'],
        [4, '编号', '2022-07', 'DUPLICATE_CODE'],
        [5, '牵头领导', '第一检察厅厅长', 'NOT_A_LEADER'],
        [6, '配合单位', '同名厅', 'AMBIGUOUS_UNIT'],
        [7, '完成时限', '2021-12-31', 'DEADLINE_IN_PAST'],
        [8, '配合单位', '第九检察厅', 'LEAD_UNIT_AS_CO_UNIT'],
        [9, '编号', '', 'REQUIRED'],
        [9, '任务名称', '', 'REQUIRED'],
        [10, '里程碑', '试点没有日期', 'BAD_MILESTONE'],
      ]);
      expect(problems.every((p) => p.reason.length > 0)).toBe(true);
      expect(tasks.map((t) => t.row)).toEqual([]);
    });

    it('leaves a code the programme already holds as it is, without calling it a problem', () => {
      const { problems, tasks } = checkImport(
        [row(2, {})],
        context({ existingCodes: new Map([['2022-07', 'task-existing']]) }),
      );
      expect(problems).toEqual([]);
      expect(tasks[0].existingTaskId).toBe('task-existing');
    });

    it('writes the milestones into the description as requirements, refusing one after the deadline', () => {
      const ok = checkImport([row(2, { milestones: '制定工作指引@2022-06-30\n全面推开＠2022-11-30' })], context());
      expect(ok.tasks[0].description).toBe(
        '统一集中办理\n\n里程碑要求：\n1. 制定工作指引（2022-06-30前）\n2. 全面推开（2022-11-30前）',
      );
      const late = checkImport([row(2, { milestones: '总结@2023-01-31' })], context());
      expect(late.problems.map((p) => p.code)).toEqual(['BAD_MILESTONE']);
    });

    it('refuses NUL characters and over-long titles', () => {
      const { problems } = checkImport(
        [row(2, { title: '督\u0000办' }), row(3, { code: 'x', title: '督'.repeat(201) })],
        context(),
      );
      expect(problems.map((p) => [p.row, p.code])).toEqual([
        [2, 'NOT_TEXT'],
        [3, 'TOO_LONG'],
      ]);
    });
  });
});

function row(number: number, cells: Record<string, string | Date>): SheetRow {
  return {
    row: number,
    cells: {
      code: '2022-07',
      title: '规范推进未成年人检察业务统一集中办理',
      description: '统一集中办理',
      category: '未成年人检察',
      leader: '分管未成年人检察的院领导',
      leadUnit: '第九检察厅',
      coUnits: '第一检察厅',
      deadline: '2022-12-31',
      ...cells,
    },
  };
}

const DIRECTORY: DirectoryState = {
  units: {
    'dept-1': { unitId: 'dept-1', name: '第一检察厅', kind: 'department', registeredAt: '2022-01-01T00:00:00Z' },
    'dept-9': { unitId: 'dept-9', name: '第九检察厅', kind: 'department', registeredAt: '2022-01-01T00:00:00Z' },
    'same-a': { unitId: 'same-a', name: '同名厅', kind: 'department', registeredAt: '2022-01-01T00:00:00Z' },
    'same-b': { unitId: 'same-b', name: '同名 厅', kind: 'department', registeredAt: '2022-01-01T00:00:00Z' },
  },
  officials: {
    'leader-juvenile': {
      officialId: 'leader-juvenile',
      title: '分管未成年人检察的院领导',
      kind: 'leader',
      unitId: null,
      registeredAt: '2022-01-01T00:00:00Z',
    },
    'head-1': {
      officialId: 'head-1',
      title: '第一检察厅厅长',
      kind: 'staff',
      unitId: 'dept-1',
      registeredAt: '2022-01-01T00:00:00Z',
    },
  },
};

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return { directory: DIRECTORY, existingCodes: new Map(), now: new Date('2022-02-09T09:00:00+08:00'), ...overrides };
}
