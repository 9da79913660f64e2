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
import { Client, type ClientConfig } from 'pg';

export const LOG_CHANNEL = 'ledger_events';

export class LogNotifications {
  private readonly logger = new Logger('EventStoreNotifications');
  private readonly waiters = new Set<() => void>();
  private count = 0;
  private client?: Client;
  private closed = false;
  private connecting?: Promise<void>;

  constructor(
    private readonly config: ClientConfig,
    /** The payload of the notifications this store sends, so that it does not wake itself twice. */
    readonly origin: string = randomUUID(),
  ) {}

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
    void this.ensureListening();
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
    this.closed = true;
    for (const wake of [...this.waiters]) wake();
    await this.client?.end().catch(() => undefined);
  }

  private ensureListening(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(attempt = 0): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', (message) => {
      if (message.payload !== this.origin) this.wakeAll();
    });
    client.on('error', (error) => {
      this.logger.warn(`listener connection lost (${error.message}); polling until it is back`);
      this.client = undefined;
      void client.end().catch(() => undefined);
    });
    try {
      await client.connect();
      await client.query(`listen ${LOG_CHANNEL}`);
      if (this.closed) await client.end();
      else this.client = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (this.closed) return;
      const delay = Math.min(30_000, 500 * 2 ** attempt);
      this.logger.warn(`cannot listen for new events (${(error as Error).message}); retrying in ${delay} ms`);
      setTimeout(() => void this.connect(attempt + 1).catch(() => undefined), delay).unref();
    }
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
