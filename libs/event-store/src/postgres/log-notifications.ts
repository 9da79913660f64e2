/**
 * One LISTEN connection per store, shared by every subscription: a commit that appended events
 * wakes the waiting readers at once. If the connection drops it is re-opened with backoff; readers
 * poll meanwhile, so a lost notification delays an event but never loses it.
 *
 * Every wake-up counts (`wakeUps`): a reader notes the count before it reads and waits only when
 * nothing came since, so a notification that arrives while it queries is not lost until the next poll.
 * An append in this process wakes its readers itself (`wakeLocal`), a round trip through the server sooner;
 * its notification, which says it came from here (`origin`), then wakes only the other processes: heard here
 * too, it would send every reader of this process to read the log once more for nothing.
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { ClientConfig } from 'pg';
import { ListenConnection } from './listen-connection';

export const LOG_CHANNEL = 'ledger_events';

export class LogNotifications {
  private readonly logger = new Logger('EventStoreNotifications');
  private readonly waiters = new Set<() => void>();
  private count = 0;
  private readonly connection: ListenConnection;

  constructor(
    config: ClientConfig,
    /** The payload of the notifications this store sends, so that it does not wake itself twice. */
    readonly origin: string = randomUUID(),
  ) {
    this.connection = new ListenConnection(config, {
      channel: LOG_CHANNEL,
      heard: (payload) => {
        if (payload !== this.origin) this.wakeAll();
      },
      logger: this.logger,
      listensFor: 'new events',
      meanwhile: 'readers poll',
    });
  }

  /** How many wake-ups there have been: what `next` compares with. */
  get wakeUps(): number {
    return this.count;
  }

  /**
   * Resolves on the next notification, after `timeoutMs`, or when the signal aborts, whichever comes
   * first; at once when there was a wake-up since the count `since` was taken.
   */
  async next(timeoutMs: number, signal?: AbortSignal, since?: number): Promise<void> {
    if (signal?.aborted) return; // an abort during the reader's last query fires no event to wait for
    void this.connection.start();
    if (since !== undefined && since !== this.count) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  async close(): Promise<void> {
    for (const wake of [...this.waiters]) wake();
    await this.connection.close();
  }

  /** Wakes this process's readers without the server: an append here has just committed. */
  wakeLocal(): void {
    this.wakeAll();
  }

  private wakeAll(): void {
    this.count++;
    for (const wake of [...this.waiters]) wake();
  }
}
