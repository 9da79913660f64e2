/** Where each read model stands: checkpoint, log head, lag (events behind), parked events, and what holds the log back. */
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, type HeldBackLog } from '@app/event-store';
import { ProjectionAdmin, type ProjectionStatus } from '@app/read-models';

export interface ProjectionsStatus {
  readonly head: string | null;
  /**
   * Committed events no reader sees yet (the head and every lag stop before them), and the open
   * transaction that holds them back; null with a store whose commits show at once (EventStoreDB).
   */
  readonly heldBack: HeldBackLog | null;
  readonly projections: readonly ProjectionStatus[];
}

export class GetProjectionStatusQuery extends Query<ProjectionsStatus> {}

@QueryHandler(GetProjectionStatusQuery)
export class GetProjectionStatusHandler implements IQueryHandler<GetProjectionStatusQuery> {
  constructor(
    private readonly admin: ProjectionAdmin,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(): Promise<ProjectionsStatus> {
    const [projections, heldBack] = await Promise.all([this.admin.status(), this.store.heldBack?.() ?? null]);
    return { head: projections[0]?.head ?? null, heldBack, projections };
  }
}
