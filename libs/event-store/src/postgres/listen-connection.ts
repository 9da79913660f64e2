/**
 * One PostgreSQL connection LISTENing on a channel, for as long as it is wanted: re-opened with backoff
 * when it cannot open or drops. What it hears goes to `heard`; those who rely on it poll while it is
 * down, so a notification lost then delays them, never misleads them. Shared by the log's wake-ups
 * (log-notifications.ts) and the projector's checkpoint notifications.
 */
import { Client, type ClientConfig } from 'pg';

export interface ListenOptions {
  readonly channel: string;
  readonly heard: (payload: string | undefined) => void;
  readonly logger: { warn(message: string): void };
  /** What it listens for and what is done meanwhile, for its log lines: e.g. "new events", "polling". */
  readonly listensFor: string;
  readonly meanwhile: string;
}

const RETRY_MS = { first: 500, last: 30_000 } as const;

export class ListenConnection {
  private client?: Client;
  private connecting?: Promise<void>;
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly options: ListenOptions,
  ) {}

  /** Resolves once listening, or once this try failed (it tries again with backoff); at once when already listening. */
  start(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect(0).finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(attempt: number): Promise<void> {
    const { channel, heard, logger, listensFor, meanwhile } = this.options;
    const client = new Client(this.config);
    client.on('notification', (message) => heard(message.payload));
    client.on('error', (error) => {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      logger.warn(
        `the connection listening for ${listensFor} was lost (${error.message}); ${meanwhile} until it is back`,
      );
      this.later(0);
    });
    try {
      await client.connect();
      await client.query(`listen ${channel}`);
      if (this.closed) await client.end();
      else this.client = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (this.closed) return;
      const delay = this.later(attempt + 1);
      logger.warn(
        `cannot listen for ${listensFor} (${error instanceof Error ? error.message : String(error)}); ${meanwhile}, trying again in ${delay} ms`,
      );
    }
  }

  private later(attempt: number): number {
    const delay = Math.min(RETRY_MS.last, RETRY_MS.first * 2 ** attempt);
    if (this.closed) return delay;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.start(), delay);
    this.retry.unref();
    return delay;
  }
}
