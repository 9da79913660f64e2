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
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import { boardItemView } from './board-item.view';
import type { BoardPageView } from './task-views';

export class ListTasksQuery extends Query<BoardPageView> {
  constructor(
    readonly filter: BoardFilter,
    readonly page: BoardPageRequest,
  ) {
    super();
  }
}

@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ filter, page }: ListTasksQuery): Promise<BoardPageView> {
    const { total, totalExact, items, nextCursor, names } = await this.board(filter, page);
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

  private async board(filter: BoardFilter, page: BoardPageRequest): Promise<NamedBoardPage> {
    try {
      return await queryNamedBoard(this.dataSource.manager, filter, page, this.clock.now());
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
