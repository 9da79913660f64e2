/**
 * The 台账 as an .xlsx: the live board with any of its filters (through its query handler, a page
 * at a time), and for auditors the board as it stood at a past point (the audit replay). Both are
 * streamed row by row, so the size of the ledger does not decide the memory used.
 */
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  boardAsOf,
  isWithin,
  optionalText,
  parseAsOfPoint,
  replayBoard,
  requireKnownFields,
  type QueryValues,
} from '@app/audit';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { beijingTime, ledgerRowAsOf, writeLedger, type LedgerRow } from '@app/office';
import { CLOCK } from '@app/commands';
import { DataSource } from 'typeorm';
import { TASK_DETAILS } from '@app/read-models';
import {
  type Clock,
  DIRECTORY_STREAM_ID,
  PROGRAMME_STREAM_PREFIX,
  TASK_STREAM_PREFIX,
  evolveDirectory,
  initialDirectoryState,
  mayReadTaskInFull,
  type Actor,
  type DirectoryState,
  type Task,
  decodeDirectoryEvent,
} from '@app/supervision';
import { AuditReadersOnly } from '../audit/audit-readers';
import { CurrentActor } from '../auth/current-actor.decorator';
import { HeavyOperation } from '../http/heavy-operation';
import { AuditRoute, POSITION_SCHEMA, TIME_SCHEMA } from '../audit/audit-api-docs';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { ListTasksQuery } from '../task-queries/list-tasks.query';
import type { BoardItemView, BoardPageView } from '../task-queries/task-views';
import { ExportLedgerParams, filterInWords } from './ledger-export.params';
import { XLSX_MEDIA_TYPE } from './upload';
import { attachment } from './xlsx-response';

const PAGE = 200;
const REPLAY_BATCH = 2000;
const XLSX_ANSWER = { [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } };

@ApiTags('office: the 台账 to Excel')
@Controller()
export class LedgerExportController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  @Get('api/ledger/export')
  @ApiRoute({
    parties: ANY_ROLE,
    readModels: ['task-board', 'task-detail', 'organisation'],
    ok: { description: 'the workbook, as an attachment named 督办台账-<time>.xlsx', content: XLSX_ANSWER },
    summary: 'The 台账 as an .xlsx, with any of the board’s filters — any role',
    description:
      'Every task the board would list for these filters (GET /api/tasks, same parameters and rules, no page: all of them), in the board’s sort, one row each: 序号, 编号, 任务名称, 类别, 状态, 牵头领导, 牵头单位, 配合单位, 现行完成时限, 原定完成时限, 最新进度(%), 最新进展 (the latest report of the lead unit or its leader, from the task detail; empty for a unit member on a task its unit neither leads nor co-operates on, as the detail is closed to it), 未复催办, 灯色 (the cell filled green, yellow or red), 逾期, 超期未报, 立项时间, 办结时间 (Beijing time). Above the headers: the title, 截至 <the moment the lights are as of> and the filter. Streamed row by row (a page of the board at a time), so memory stays flat; rows are read page by page, so a task changed during a long export may show its state at a slightly later moment.',
  })
  async live(
    @Query() params: ExportLedgerParams,
    @CurrentActor() reader: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const filter = params.toFilter(reader);
    const sort = { sort: params.sort ?? 'deadline', order: params.order ?? 'asc' } as const;
    const at = this.clock.now();
    const page = (n: number): Promise<BoardPageView> =>
      this.queryBus.execute(new ListTasksQuery(filter, { ...sort, page: n, limit: PAGE }));
    const latest = (items: readonly BoardItemView[]) => this.latestProgress(items, reader);
    // The first page before any byte is sent: a failure there is still an error answer, not a broken file.
    const first = await page(1);
    async function* rows(): AsyncGenerator<LedgerRow> {
      let current = first;
      for (let n = 1; ; n++) {
        if (n > 1) current = await page(n);
        const summaries = await latest(current.items);
        yield* current.items.map((item) => liveRow(item, summaries.get(item.id) ?? null));
        if (n >= current.pages) return;
      }
    }
    attachment(response, `督办台账-${stamp(at)}.xlsx`);
    await stream(response, () =>
      writeLedger(
        response,
        { title: '重点任务督办台账', asOf: `${beijingTime(at)}（北京时间）`, filter: filterInWords(params) },
        rows(),
      ),
    );
  }

  @Get('api/audit/ledger/export')
  @AuditReadersOnly()
  @HeavyOperation()
  @AuditRoute({
    ok: {
      description: 'the workbook, as an attachment named 督办台账-截至<time>.xlsx; exactly one of at, position',
      content: XLSX_ANSWER,
    },
    summary: 'The 台账 as it stood at a past time or log position, as an .xlsx — auditor',
    description:
      'The board replayed from the log up to the point (as GET /api/audit/board/as-of does, not from the read models), with the lights, overdue and stale for that moment, each task’s latest report and open urges from the same replay, and unit and leader names from the directory as it stood then; the same columns as GET /api/ledger/export, sorted by programme and code. Streamed row by row.',
  })
  @ApiQuery({
    name: 'at',
    required: false,
    schema: { ...TIME_SCHEMA, example: '2022-06-30T24:00:00+08:00' },
    description: 'ISO 8601 time: the acts that had happened by then',
  })
  @ApiQuery({
    name: 'position',
    required: false,
    schema: POSITION_SCHEMA,
    description: 'global log position, as command answers give it',
  })
  @ApiQuery({
    name: 'programmeId',
    required: false,
    schema: { type: 'string', example: 'spp-2022' },
    description: 'only this programme’s tasks',
  })
  async asOf(@Query() query: QueryValues, @Res() response: Response): Promise<void> {
    requireKnownFields(query, ['at', 'position', 'programmeId']);
    const point = parseAsOfPoint(query, ['at', 'position']);
    const programmeId = optionalText(query, 'programmeId');
    const replay = await replayBoard(
      this.store.readAll({ streamPrefixes: [TASK_STREAM_PREFIX, PROGRAMME_STREAM_PREFIX], batchSize: REPLAY_BATCH }),
      point,
    );
    const board = boardAsOf(replay, replay.flagsAt(), {
      offset: 0,
      limit: Number.MAX_SAFE_INTEGER,
      ...(programmeId !== undefined ? { programmeId } : {}),
    });
    const tasks = new Map(
      replay
        .foldedTasks()
        .flatMap(({ state }) => (state.status === 'not_issued' ? [] : [[state.taskId, state] as const])),
    );
    const directory = await this.directoryAt(point);
    const at = new Date(board.flagsAt);
    async function* rows(): AsyncGenerator<LedgerRow> {
      for (const row of board.items) yield ledgerRowAsOf(row, tasks.get(row.taskId), directory);
    }
    attachment(response, `督办台账-截至${stamp(at)}.xlsx`);
    const filter = `筛选：${programmeId ? `批次 ${programmeId}` : '全部任务'}（依事件日志回放）`;
    await stream(response, () =>
      writeLedger(
        response,
        { title: '重点任务督办台账（历史时点）', asOf: `${beijingTime(at)}（北京时间）`, filter },
        rows(),
      ),
    );
  }

  /** The latest report's text of a page of tasks, in one read of the detail read model, where the reader may read the task in full. */
  private async latestProgress(items: readonly BoardItemView[], reader: Actor): Promise<Map<string, string>> {
    if (items.length === 0) return new Map();
    const rows: { task_id: string; state: Task }[] = await this.dataSource.query(
      `select task_id, state from ${TASK_DETAILS} where task_id = any($1::text[])`,
      [items.map((item) => item.id)],
    );
    const summaries = new Map<string, string>();
    for (const { task_id, state } of rows) {
      const summary = state.progress?.latest?.summary;
      if (summary && mayReadTaskInFull(reader, state)) summaries.set(task_id, summary);
    }
    return summaries;
  }

  private async directoryAt(point: Parameters<typeof isWithin>[1]): Promise<DirectoryState> {
    let directory = initialDirectoryState();
    for await (const event of this.store.readStream(DIRECTORY_STREAM_ID)) {
      if (!isWithin(event, point)) break;
      directory = evolveDirectory(directory, decodeDirectoryEvent(event));
    }
    return directory;
  }
}

function liveRow(item: BoardItemView, latestProgress: string | null): LedgerRow {
  const name = (ref: { id: string; name: string | null }) => ref.name ?? ref.id;
  return {
    code: item.code,
    title: item.title,
    category: item.category,
    status: item.status as LedgerRow['status'],
    leader: name(item.leader),
    leadUnit: name(item.leadUnit),
    coUnits: item.coUnits.map(name),
    deadline: item.deadline,
    originalDeadline: item.originalDeadline,
    progressPercent: item.progressPercent,
    latestProgress,
    openUrges: item.openUrges,
    light: item.flags.light as LedgerRow['light'],
    overdue: item.flags.overdue,
    stale: item.flags.stale,
    issuedAt: item.issuedAt,
    completedAt: item.completedAt,
  };
}

/** Once the first byte is out, a failure can only cut the download short (the client sees a broken file, never a wrong one). */
async function stream(response: Response, write: () => Promise<number>): Promise<void> {
  try {
    await write();
    response.end();
  } catch (error) {
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

const stamp = (at: Date) => beijingTime(at).replace(/[-: ]/g, '').slice(0, 12);
