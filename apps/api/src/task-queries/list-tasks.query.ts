/** The board: one page of tasks matching the filters, with the total, and each task's flags as of now. */
import { BadRequestException, Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { BadBoardCursor, queryBoard, type BoardFilter, type BoardPage, type BoardPageRequest } from '@app/read-models';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import { boardItemView } from './board-item.view';
import { namesFor } from './task-view-mapper';
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
    const manager = this.dataSource.manager;
    const { total, totalExact, items, nextCursor } = await this.board(filter, page);
    const names = await namesFor(manager, items);
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

  private async board(filter: BoardFilter, page: BoardPageRequest): Promise<BoardPage> {
    try {
      return await queryBoard(this.dataSource.manager, filter, page, this.clock.now());
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
