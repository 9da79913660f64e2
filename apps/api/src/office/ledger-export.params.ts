/** The export's query: the board's filters and sort (its own rules, so the export shows what the board would), no page. */
import { OmitType } from '@nestjs/swagger';
import type { BoardFilter } from '@app/read-models';
import type { Actor } from '@app/supervision';
import { ListTasksParams } from '../task-queries/list-tasks.params';

export class ExportLedgerParams extends OmitType(ListTasksParams, ['page', 'limit', 'toFilter', 'toPage'] as const) {
  /** The board's own translation (a unit member's free text reaches only its own tasks' descriptions). */
  toFilter(reader: Actor): BoardFilter {
    return ListTasksParams.prototype.toFilter.call(this, reader);
  }
}

const FILTER_WORDS: Readonly<Record<string, string>> = {
  programme: '批次',
  status: '状态',
  category: '类别',
  unit: '单位',
  leader: '牵头领导',
  light: '灯色',
  overdue: '逾期',
  stale: '超期未报',
  dueBefore: '现行时限早于',
  dueAfter: '现行时限晚于',
  q: '关键词',
  sort: '排序',
  order: '顺序',
};

/** The filter in words for the sheet's heading: 筛选：批次 spp-2022；灯色 red. */
export function filterInWords(params: ExportLedgerParams): string {
  // Query parameters, once validated: words, yes-or-no flags and lists of words.
  const values: Readonly<Record<string, string | boolean | readonly string[] | undefined>> = { ...params };
  const parts = Object.entries(FILTER_WORDS).flatMap(([field, word]) => {
    const value = values[field];
    if (value === undefined || value === '') return [];
    return [`${word} ${Array.isArray(value) ? value.join('、') : String(value)}`];
  });
  return `筛选：${parts.length > 0 ? parts.join('；') : '全部任务'}`;
}
