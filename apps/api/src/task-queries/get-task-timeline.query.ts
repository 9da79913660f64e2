/** A task's history, one readable entry per event, oldest first, a page at a time; 404 when the task is unknown. */
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { queryTimeline } from '@app/read-models';
import { listTaskDeliveries } from '@app/notifier';
import { taskNotFound } from './get-task.query';
import type { TimelinePageView } from './task-views';

export class GetTaskTimelineQuery extends Query<TimelinePageView> {
  constructor(
    readonly taskId: string,
    readonly page: number,
    readonly limit: number,
    /** The revision the last page ended at: the page after it, through the key (page is then ignored). */
    readonly after?: number,
  ) {
    super();
  }
}

@QueryHandler(GetTaskTimelineQuery)
export class GetTaskTimelineHandler implements IQueryHandler<GetTaskTimelineQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ taskId, page, limit, after }: GetTaskTimelineQuery): Promise<TimelinePageView> {
    const { total, items, hasMore } = await queryTimeline(this.dataSource.manager, taskId, page, limit, after);
    // Every task's history starts with TaskIssued, so an empty timeline is an unknown task.
    if (total === 0) throw taskNotFound(taskId);
    const last = items[items.length - 1];
    // The notifications are delivery records beside the log, not events: joined here, by the event that caused each.
    const deliveries = await listTaskDeliveries(this.dataSource.manager, taskId);
    const withNotifications = items.map((item) => ({
      ...item,
      notifications: deliveries.filter((delivery) => delivery.causeId === item.eventId),
    }));
    return {
      taskId,
      total,
      page,
      limit,
      pages: Math.ceil(total / limit),
      nextCursor: hasMore && last ? String(last.revision) : null,
      items: withNotifications,
      reminders: deliveries.filter((delivery) => delivery.causeId.startsWith('reminder:')),
    };
  }
}
