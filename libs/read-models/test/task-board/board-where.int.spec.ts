import { e } from '../../../supervision/test/task/task.fixtures';
import { openReadModelDatabase, type ReadModelDatabase } from '../support/read-model-database';
import { recorded } from '../support/recorded-events';
import { queryBoard } from '../../src/task-board/board-query';
import type { BoardFilter } from '../../src/task-board/board-filter';
import { taskBoardProjection } from '../../src/task-board/task-board.projection';

const PAGE = { sort: 'code', order: 'asc', page: 1, limit: 50 } as const;
const NOW = new Date('2026-03-02T01:00:00.000Z');
/** Only in the juvenile task's description, never in a title. */
const DESCRIPTION_ONLY = '公益诉讼';

describe('free text on the board, as each reader may search it', () => {
  let db: ReadModelDatabase;
  const found = async (filter: BoardFilter) =>
    (await queryBoard(db.dataSource.manager, filter, PAGE, NOW)).items.map((item) => item.taskId);

  beforeAll(async () => {
    db = await openReadModelDatabase([taskBoardProjection]);
    await db.apply(taskBoardProjection, [
      ...recorded('task-juvenile', [e.issued({ code: '2026-01', leadUnitId: 'dept-9', coUnitIds: ['dept-1'] })]),
      ...recorded('task-ip', [
        e.issued({
          code: '2026-02',
          title: '加强知识产权检察综合履职',
          description: '知识产权刑事、民事、行政检察职能集中统一履行',
          leadUnitId: 'dept-6',
          coUnitIds: [],
        }),
      ]),
    ]);
  });
  afterAll(() => db.close());

  it('matches the description for a reader who may read every task in full', async () => {
    expect(await found({ q: DESCRIPTION_ONLY })).toEqual(['juvenile']);
  });

  it('matches the description for the lead unit and a co-operating unit', async () => {
    expect(await found({ q: DESCRIPTION_ONLY, descriptionReadableByUnit: 'dept-9' })).toEqual(['juvenile']);
    expect(await found({ q: DESCRIPTION_ONLY, descriptionReadableByUnit: 'dept-1' })).toEqual(['juvenile']);
  });

  it('does not match another unit’s description for a unit with no part in the task', async () => {
    expect(await found({ q: DESCRIPTION_ONLY, descriptionReadableByUnit: 'dept-6' })).toEqual([]);
    expect(await found({ q: DESCRIPTION_ONLY, descriptionReadableByUnit: null })).toEqual([]);
  });

  it('does not match text that runs from the title into a description the unit may not read', async () => {
    expect(await found({ q: '集中办理 涉未成年人' })).toEqual(['juvenile']);
    expect(await found({ q: '集中办理 涉未成年人', descriptionReadableByUnit: 'dept-6' })).toEqual([]);
  });

  it('matches every title for every reader, since the title is on the board’s public row', async () => {
    expect(await found({ q: '检察', descriptionReadableByUnit: 'dept-6' })).toEqual(['juvenile', 'ip']);
    expect(await found({ q: '未成年人检察', descriptionReadableByUnit: null })).toEqual(['juvenile']);
  });
});
