/** The board: one page of tasks matching the filters, with the total, each task's flags as of now and the names it mentions. */
import { BadRequestException, Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import {
  BadBoardCursor,
  queryNamedBoard,
  type BoardFilter,
  type BoardPageRequest,
  type NamedBoardPage,
} from '@app/read-models';
import { readModelVersion } from '@app/projector';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import { boardItemView } from './board-item.view';
import { BoardPageCache } from './board-page-cache';
import type { BoardPageView } from './task-views';

export class ListTasksQuery extends Query<BoardPageView> {
  constructor(
    readonly filter: BoardFilter,
    readonly page: BoardPageRequest,
  ) {
    super();
  }
}

/** What a board page is read from: its version decides whether a kept page may still be served. */
export const BOARD_READ_MODELS = ['task-board', 'organisation'] as const;

@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery> {
  private readonly kept = new BoardPageCache<BoardPageView>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ filter, page }: ListTasksQuery): Promise<BoardPageView> {
    const now = this.clock.now();
    const key = this.kept.keyOf(filter, page, now);
    if (key === undefined) return view(await this.board(filter, page, now), page);
    // Read before the page: a page read after it is at least as new as this version, never older.
    const version = await readModelVersion(this.dataSource.manager, BOARD_READ_MODELS);
    const kept = this.kept.get(key, version, now);
    if (kept) return kept;
    const board = await this.board(filter, page, now);
    const answer = view(board, page);
    this.kept.set(key, version, now, board.items, answer);
    return answer;
  }

  private async board(filter: BoardFilter, page: BoardPageRequest, now: Date): Promise<NamedBoardPage> {
    try {
      return await queryNamedBoard(this.dataSource.manager, filter, page, now);
    } catch (error) {
      if (error instanceof BadBoardCursor)
        throw new BadRequestException({
          code: error.code,
          message: error.message,
          details: { fields: [{ field: 'after', problems: [error.message] }] },
        });
      throw error;
    }
  }
}

function view({ total, totalExact, items, nextCursor, names }: NamedBoardPage, page: BoardPageRequest): BoardPageView {
  return {
    total,
    totalExact,
    page: page.page,
    limit: page.limit,
    pages: Math.ceil(total / page.limit),
    nextCursor,
    items: items.map((item) => boardItemView(item, names)),
  };
}
