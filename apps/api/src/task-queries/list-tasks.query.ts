/** The board: one page of tasks matching the filters, with the total, and each task's flags as of now. */
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { queryBoard, type BoardFilter, type BoardPageRequest } from '@app/read-models';
import { CLOCK, type Clock } from '@app/runtime';
import { boardItemView, namesFor } from './task-view-mapper';
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
    const { total, items } = await queryBoard(manager, filter, page, this.clock.now());
    const names = await namesFor(manager, items);
    return { total, page: page.page, limit: page.limit, pages: Math.ceil(total / page.limit), items: items.map((item) => boardItemView(item, names)) };
  }
}
