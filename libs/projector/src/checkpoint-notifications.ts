/**
 * Read-your-writes across processes: the projector says by a PostgreSQL notification when a read
 * model's batch has committed, and every API process that listens wakes its waits at once, as the
 * waits on a projector in their own process are woken, instead of polling `projection_checkpoints`
 * (a query per wait, every few milliseconds, on the pool that serves the reads). For API replicas with
 * the projector elsewhere (its own process, another API holding the lease). A lost notification costs
 * a wait no more than its next look at the checkpoints (FOLLOWED_POLL_MS in wait-for-position.ts).
 */
import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import { CoalescedSend, ListenConnection, formatPosition, parsePosition, type GlobalPosition } from '@app/event-store';
import type { ProjectorLogger } from './projector-options';
import type { ProjectionPositions } from './projection-positions';

export const CHECKPOINT_CHANNEL = 'ledger_checkpoints';

/**
 * Every read model that advanced since the last notification, at its latest position, as [read model, position]
 * pairs; and the positions they were sent from (ProjectionPositions.origin): a process whose projector sent them
 * has woken its waits already, and its listener skips them, as the log's own notifications are skipped.
 */
interface Payload {
  readonly origin: string;
  readonly advances: [string, string][];
}

/**
 * Sends the advances of `positions` as notifications through `dataSource`, coalesced: however many
 * batches commit while one notification is in flight, one more follows it with their latest positions.
 * Returns how to stop (after the notifications under way).
 */
export function notifyCheckpoints(positions: ProjectionPositions, dataSource: DataSource): () => Promise<void> {
  const pending = new Map<string, GlobalPosition>();
  const sending = new CoalescedSend(async () => {
    if (pending.size === 0) return;
    const payload: Payload = {
      origin: positions.origin,
      advances: [...pending].map(([name, position]) => [name, formatPosition(position)]),
    };
    pending.clear();
    await dataSource.query('select pg_notify($1, $2)', [CHECKPOINT_CHANNEL, JSON.stringify(payload)]);
  });
  const stopListening = positions.listen({
    advanced: (name, position) => {
      pending.set(name, position);
      sending.request();
    },
  });
  return async () => {
    stopListening();
    await sending.settled();
  };
}

/** Listens for the projector's notifications and tells `positions` of each advance, so that the waits on it wake. */
export class CheckpointListener {
  private readonly connection: ListenConnection;

  constructor(
    connection: ClientConfig,
    private readonly positions: ProjectionPositions,
    logger: ProjectorLogger,
  ) {
    this.connection = new ListenConnection(
      { ...connection, application_name: 'ledger checkpoint listener' },
      {
        channel: CHECKPOINT_CHANNEL,
        heard: (payload) => this.heard(payload),
        logger,
        listensFor: 'checkpoints',
        meanwhile: 'read-your-writes polls',
      },
    );
  }

  /** Resolves once listening (or once the first try failed: it tries again with backoff, the waits polling meanwhile). */
  start(): Promise<void> {
    return this.connection.start();
  }

  close(): Promise<void> {
    return this.connection.close();
  }

  private heard(payload: string | undefined): void {
    let notified: Partial<Payload> | null;
    try {
      notified = JSON.parse(payload ?? '') as Partial<Payload> | null;
    } catch {
      return;
    }
    if (!notified || notified.origin === this.positions.origin || !Array.isArray(notified.advances)) return;
    for (const advance of notified.advances as unknown[]) {
      if (!Array.isArray(advance) || typeof advance[0] !== 'string' || typeof advance[1] !== 'string') continue;
      const position = parsePosition(advance[1]);
      if (position) this.positions.advanced(advance[0], position);
    }
  }
}
