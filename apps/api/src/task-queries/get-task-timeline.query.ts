/** A task's history, one readable entry per event, oldest first, a page at a time; 404 when the task is unknown. */
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { queryTimeline } from '@app/read-models';
import { taskNotFound } from './get-task.query';
import type { TimelinePageView } from './task-views';

export class GetTaskTimelineQuery extends Query<TimelinePageView> {
  constructor(
    readonly taskId: string,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}

@QueryHandler(GetTaskTimelineQuery)
export class GetTaskTimelineHandler implements IQueryHandler<GetTaskTimelineQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ taskId, page, limit }: GetTaskTimelineQuery): Promise<TimelinePageView> {
    const { total, items } = await queryTimeline(this.dataSource.manager, taskId, page, limit);
    // Every task's history starts with TaskIssued, so an empty timeline is an unknown task.
    if (total === 0) throw taskNotFound(taskId);
    return { taskId, total, page, limit, pages: Math.ceil(total / limit), items };
  }
}
