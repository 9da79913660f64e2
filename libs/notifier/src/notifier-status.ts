/**
 * Where the notifier stands, for `GET /api/projections` and `/metrics`: its checkpoint and lag like a
 * read model's (read from the checkpoints and the log, so any process answers it right), and its
 * outbox: mail and webhook deliveries waiting for a try and those dead-lettered. Whether it runs in
 * this process is the caller's to add (only the process holding the projector lease runs it).
 */
import type { DataSource } from 'typeorm';
import type { EventStore } from '@app/event-store';
import { ProjectionAdmin, type ProjectorLogger, type ProjectorOptionsInput } from '@app/projector';
import { DELIVERIES_TABLE } from './delivery-records';
import { notifierProjection } from './notifier.projection';

export interface NotifierStatus {
  readonly name: string;
  readonly checkpoint: string | null;
  readonly head: string;
  readonly lag: number;
  readonly lagCapped: boolean;
  readonly parked: number;
  /** Mail and webhook deliveries not delivered yet and still to be tried (pending or failed). */
  readonly pending: number;
  /** Dead-lettered after the last try: waiting for an operator's retry. */
  readonly dead: number;
}

const quiet: ProjectorLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

export class NotifierStatusReader {
  private readonly admin: ProjectionAdmin;

  constructor(
    private readonly dataSource: DataSource,
    store: EventStore,
    options?: ProjectorOptionsInput,
  ) {
    // The routes decide no part of the status: the projection is only named and its streams known.
    this.admin = new ProjectionAdmin({
      dataSource,
      store,
      projections: [notifierProjection({})],
      options,
      logger: quiet,
    });
  }

  async status(): Promise<NotifierStatus> {
    const [[projection], counts] = await Promise.all([this.admin.status(), this.outbox()]);
    // Named one by one: a read model's status has more (its generation, its time), which the API does not document here.
    const { name, checkpoint, head, lag, lagCapped, parked } = projection;
    return { name, checkpoint, head, lag, lagCapped, parked, ...counts };
  }

  private async outbox(): Promise<{ pending: number; dead: number }> {
    // Before any notifier ran here the table does not exist yet: nothing waits.
    const rows = await this.dataSource
      .query<{ pending: number; dead: number }[]>(
        `select coalesce(sum(case when status in ('pending', 'failed') then 1 else 0 end), 0)::int as pending,
              coalesce(sum(case when status = 'dead' then 1 else 0 end), 0)::int as dead
         from ${DELIVERIES_TABLE}`,
      )
      .catch((error: { code?: string }) => {
        if (error.code === '42P01') return [{ pending: 0, dead: 0 }];
        throw error;
      });
    return rows[0];
  }
}
