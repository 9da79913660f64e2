/**
 * The PostgreSQL adapter of the event store port. Appends are one call of `append_events`
 * (optimistic concurrency under a row lock, idempotent on event ids); reads of the global log are
 * gap-safe: only transactions older than every running one are visible, in (transaction, position) order.
 */
import { Pool, type PoolConfig } from 'pg';
import {
  START,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type GlobalPosition,
  type HeldBackLog,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from '../event-store.port';
import { EventStoreUnavailable, WrongExpectedVersion } from '../event-store.errors';
import { streamMatcher, toRecordedEvent, type EventRow } from './event-rows';
import { STORE_QUERIES } from './store-queries';
import { CommitNotifier } from './commit-notifier';
import { LogNotifications } from './log-notifications';
import { connectionFailureReason } from './connection-failure';
import { migrateEventStore } from './migrate';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  readonly poolSize?: number;
  /**
   * Connections of the live subscriptions' own pool (default 2): their reads of the log never queue
   * behind the appends and stream reads of a loaded API, so a wake-up reads at once.
   */
  readonly subscriptionPoolSize?: number;
  /** How long a live subscription waits for a notification before it looks anyway. */
  readonly pollIntervalMs?: number;
  /** Off only in tests of the polling fallback. */
  readonly listen?: boolean;
  /** What the store's sessions call themselves in pg_stat_activity. */
  readonly applicationName?: string;
  /** How long to wait for a connection, and for a query's answer, before the store counts the server unreachable. */
  readonly timeouts?: DatabaseTimeouts;
}

export interface DatabaseTimeouts {
  readonly connectMs: number;
  /** 0: no limit. A stalled server otherwise holds a request (and its pool connection) for ever. */
  readonly queryMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 5000, queryMs: 30000 };

const DEFAULT_BATCH = 500;
/**
 * How soon a subscriber looks again while committed events are held back by an older open
 * transaction: at first at once (most such transactions are appends or batches of a few
 * milliseconds, whose end notifies nobody), then less often up to the last, for long ones.
 */
const HELD_BACK_RECHECK_MS = { first: 2, last: 100 } as const;

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly subscriptionPool: Pool;
  private readonly notifications: LogNotifications;
  private readonly notifier: CommitNotifier;

  private constructor(private readonly options: PostgresEventStoreOptions) {
    const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
    const config: PoolConfig = {
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: timeouts.connectMs,
      ...(timeouts.queryMs > 0 ? { query_timeout: timeouts.queryMs } : {}),
      keepAlive: true,
      // So that pg_stat_activity (and the held-back report) names who holds a transaction open.
      application_name: options.applicationName ?? 'ledger-event-store',
    };
    this.pool = new Pool(config);
    this.pool.on('error', () => undefined); // an idle client's error surfaces on its next use instead
    this.subscriptionPool = new Pool({
      ...config,
      max: options.subscriptionPoolSize ?? 2,
      application_name: `${options.applicationName ?? 'ledger-event-store'} subscriptions`,
    });
    this.subscriptionPool.on('error', () => undefined);
    this.notifications = new LogNotifications({
      connectionString: options.connectionString,
      connectionTimeoutMillis: timeouts.connectMs,
      keepAlive: true,
      application_name: `${options.applicationName ?? 'ledger-event-store'} listener`,
    });
    this.notifier = new CommitNotifier(this.pool, this.notifications.origin);
  }

  /** Connects and brings the schema up to date. */
  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options);
    await store.guard(() => migrateEventStore(store.pool));
    return store;
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const expectedArgument = expected === 'no_stream' ? -1n : expected === 'any' ? -2n : expected;
    try {
      const { rows } = await this.guard(() =>
        this.pool.query<{ next_revision: string; tx: string; last_position: string }>({
          // Named: each connection parses and plans the call once, not at every append.
          name: 'append_events',
          text: 'select * from append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[])',
          values: [
            streamId,
            expectedArgument.toString(),
            events.map((e) => e.id),
            events.map((e) => e.type),
            events.map((e) => JSON.stringify(e.data)),
            events.map((e) => JSON.stringify(e.metadata)),
            events.map((e) => e.recordedAt?.toISOString() ?? null),
          ],
        }),
      );
      const [row] = rows;
      // After the commit, outside the append's transaction: concurrent commits do not queue on the notify lock.
      this.notifier.notify();
      return {
        nextExpectedRevision: BigInt(row.next_revision),
        position: { commit: BigInt(row.tx), prepare: BigInt(row.last_position) },
      };
    } catch (error) {
      const { code, detail } = error as { code?: string; detail?: string };
      if (code === 'EL409') throw new WrongExpectedVersion(streamId, expected, BigInt(detail ?? '-1'));
      if (code === '23505') throw new WrongExpectedVersion(streamId, expected, await this.currentRevision(streamId));
      throw error;
    } finally {
      // Its transaction has ended either way: whatever it held back is visible now, and no notification says so.
      this.notifications.wakeLocal();
    }
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let after = (options.fromRevision ?? 0n) - 1n;
    for (;;) {
      const { rows } = await this.guard(() =>
        this.pool.query<EventRow>({
          name: 'read_stream',
          text: STORE_QUERIES.readStream,
          values: [streamId, after.toString(), options.toRevision?.toString() ?? null, DEFAULT_BATCH],
        }),
      );
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < DEFAULT_BATCH) return;
      after = BigInt(rows[rows.length - 1].stream_revision);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent[]> {
    let after = options.after ?? START;
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const matches = streamMatcher(options.streamPrefixes);
    // A filtered read pages through the log in full pages and filters here: the filter never decides how far one query reads.
    const pageSize = matches ? Math.max(batchSize, DEFAULT_BATCH) : batchSize;
    for (;;) {
      const page = await this.readBatch(after, pageSize);
      const wanted = matches ? page.filter((event) => matches(event.streamId)) : page;
      for (let start = 0; start < wanted.length; start += batchSize) yield wanted.slice(start, start + batchSize);
      if (page.length < pageSize) return;
      after = page[page.length - 1].position;
    }
  }

  /**
   * `after` moves past every event scanned, those the prefixes filter out included: a wake-up reads
   * only what was appended since the last one, however far back the subscriber's last own event lies.
   */
  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after ?? START;
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const pollMs = this.options.pollIntervalMs ?? 1000;
    const matches = streamMatcher(options.streamPrefixes);
    let recheckMs: number = HELD_BACK_RECHECK_MS.first;
    while (!options.signal?.aborted) {
      // Taken before the read: a wake-up during the read (or during the look below) ends the wait at once.
      const wakeUps = this.notifications.wakeUps;
      const page = await this.readBatch(after, batchSize, this.subscriptionPool);
      for (const event of page) {
        if (options.signal?.aborted) return;
        if (!matches || matches(event.streamId)) yield event;
        after = event.position;
      }
      if (page.length > 0) recheckMs = HELD_BACK_RECHECK_MS.first;
      if (page.length === batchSize) continue;
      if (this.options.listen === false) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        continue;
      }
      // An event's notification comes at its commit; if an older transaction (in any database of the
      // server) still hides it then, no second one comes when that transaction ends: look again soon.
      if (await this.hasCommittedEventsPast(after)) {
        await this.notifications.next(Math.min(recheckMs, pollMs), options.signal, wakeUps);
        recheckMs = Math.min(HELD_BACK_RECHECK_MS.last, recheckMs * 2);
      } else {
        recheckMs = HELD_BACK_RECHECK_MS.first;
        await this.notifications.next(pollMs, options.signal, wakeUps);
      }
    }
  }

  async headPosition(): Promise<GlobalPosition> {
    const { rows } = await this.guard(() =>
      this.pool.query<{ transaction_id: string; global_position: string }>(STORE_QUERIES.head),
    );
    return rows.length === 0
      ? START
      : { commit: BigInt(rows[0].transaction_id), prepare: BigInt(rows[0].global_position) };
  }

  async heldBack(): Promise<HeldBackLog> {
    // Committed rows this snapshot sees at or past its xmin: what the gap-safe reads leave out for now.
    const { rows } = await this.guard(() =>
      this.pool.query<{
        events: string;
        pid: number | null;
        application_name: string | null;
        datname: string | null;
        state: string | null;
        age_seconds: string | null;
        started_at: Date | null;
      }>(
        `with held as (select count(*) as events from events where transaction_id >= pg_snapshot_xmin(pg_current_snapshot())),
              holder as (
                select pid, application_name, datname, state, extract(epoch from now() - xact_start) as age_seconds, xact_start as started_at
                  from pg_stat_activity
                 where backend_xid is not null and pid <> pg_backend_pid()
                 order by age(backend_xid) desc limit 1)
         select held.events, holder.* from held left join holder on held.events > 0`,
      ),
    );
    const [row] = rows;
    return {
      events: Number(row.events),
      oldestTransaction:
        row.pid === null
          ? null
          : {
              pid: row.pid,
              applicationName: row.application_name ?? '',
              database: row.datname,
              state: row.state,
              ageSeconds: Math.round(Number(row.age_seconds ?? 0) * 10) / 10,
              startedAt: (row.started_at ?? new Date()).toISOString(),
            },
    };
  }

  async ping(): Promise<void> {
    await this.guard(() => this.pool.query('select 1'));
  }

  async close(): Promise<void> {
    await this.notifications.close();
    await this.notifier.settled();
    await this.subscriptionPool.end();
    await this.pool.end();
  }

  /** The next page of the log after `after`, every stream: one range of the `events_log_order` index. */
  private async readBatch(after: GlobalPosition, limit: number, pool: Pool = this.pool): Promise<RecordedEvent[]> {
    const { rows } = await this.guard(() =>
      pool.query<EventRow>(STORE_QUERIES.readLog, [after.commit.toString(), after.prepare.toString(), limit]),
    );
    return rows.map(toRecordedEvent);
  }

  /**
   * Committed events past `after` right after a read that delivered all it could see: held back by an
   * older open transaction, or made visible since that read by one ending. Either way, look again soon.
   * `after` is where the scan stopped, so this is the first entry of an index range, whatever the filter.
   */
  private async hasCommittedEventsPast(after: GlobalPosition): Promise<boolean> {
    const { rows } = await this.guard(() =>
      this.subscriptionPool.query<{ held: boolean }>(STORE_QUERIES.committedPast, [
        after.commit.toString(),
        after.prepare.toString(),
      ]),
    );
    return rows[0].held;
  }

  private async currentRevision(streamId: string): Promise<bigint> {
    const { rows } = await this.guard(() =>
      this.pool.query<{ revision: string }>('select revision from event_streams where stream_id = $1', [streamId]),
    );
    return rows.length === 0 ? -1n : BigInt(rows[0].revision);
  }

  /** Connection failures become EventStoreUnavailable (a 503), not a bare driver error. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const reason = connectionFailureReason(error);
      if (reason)
        throw new EventStoreUnavailable(
          `PostgreSQL event store unreachable (${reason}): ${(error as Error).message}`,
          error,
        );
      throw error;
    }
  }
}
