/** Where each read model stands: checkpoint, log head, lag (events behind), parked events, and what holds the log back. */
import { Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { NotifierHost, NotifierStatusReader, type NotifierStatus } from '@app/notifier';
import { PROJECTOR_SETTINGS, type ProjectorSettings } from '@app/runtime';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, type HeldBackLog } from '@app/event-store';
import { ProjectionAdmin, type ProjectionStatus } from '@app/projector';

export interface ProjectionsStatus {
  readonly head: string | null;
  /**
   * Committed events no reader sees yet (the head and every lag stop before them), and the open
   * transaction that holds them back; null with a store whose commits show at once (EventStoreDB).
   */
  readonly heldBack: HeldBackLog | null;
  readonly projections: readonly ProjectionStatus[];
  /** The notifier: its checkpoint and lag like a read model's, its outbox, and whether this process runs it now. */
  readonly notifier: NotifierStatus & { readonly activeHere: boolean };
}

export class GetProjectionStatusQuery extends Query<ProjectionsStatus> {}

@QueryHandler(GetProjectionStatusQuery)
export class GetProjectionStatusHandler implements IQueryHandler<GetProjectionStatusQuery> {
  private readonly notifier: NotifierStatusReader;

  constructor(
    private readonly admin: ProjectionAdmin,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    dataSource: DataSource,
    @Inject(PROJECTOR_SETTINGS) settings: ProjectorSettings,
    private readonly modules: ModuleRef,
  ) {
    this.notifier = new NotifierStatusReader(dataSource, store, settings.options);
  }

  async execute(): Promise<ProjectionsStatus> {
    const [projections, heldBack, notifier] = await Promise.all([
      this.admin.status(),
      this.store.heldBack?.() ?? null,
      this.notifier.status(),
    ]);
    return {
      head: projections[0]?.head ?? null,
      heldBack,
      projections,
      notifier: { ...notifier, activeHere: this.notifierHost()?.running !== undefined },
    };
  }

  /** The notifications module's host, when this app has one (the API always does; it runs a notifier only with the lease). */
  private notifierHost(): NotifierHost | undefined {
    try {
      return this.modules.get(NotifierHost, { strict: false });
    } catch {
      return undefined;
    }
  }
}
