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
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from '../event-store.port';
import { EventStoreUnavailable, WrongExpectedVersion } from '../event-store.errors';
import { EVENT_COLUMNS, prefixPatterns, toRecordedEvent, type EventRow } from './event-rows';
import { LogNotifications } from './log-notifications';
import { migrateEventStore } from './migrate';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  readonly poolSize?: number;
  /** How long a live subscription waits for a notification before it looks anyway. */
  readonly pollIntervalMs?: number;
  /** Off only in tests of the polling fallback. */
  readonly listen?: boolean;
}

const DEFAULT_BATCH = 500;
const VISIBLE = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';
/** How soon a subscriber looks again while committed events are held back by an older open transaction. */
const HELD_BACK_RECHECK_MS = 100;

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly notifications: LogNotifications;

  private constructor(private readonly options: PostgresEventStoreOptions) {
    const config: PoolConfig = { connectionString: options.connectionString, max: options.poolSize ?? 10 };
    this.pool = new Pool(config);
    this.pool.on('error', () => undefined); // an idle client's error surfaces on its next use instead
    this.notifications = new LogNotifications({ connectionString: options.connectionString });
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
        this.pool.query<{ next_revision: string; tx: string; last_position: string }>('select * from append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[])', [
          streamId,
          expectedArgument.toString(),
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
          events.map((e) => e.recordedAt?.toISOString() ?? null),
        ]),
      );
      const [row] = rows;
      return { nextExpectedRevision: BigInt(row.next_revision), position: { commit: BigInt(row.tx), prepare: BigInt(row.last_position) } };
    } catch (error) {
      const { code, detail } = error as { code?: string; detail?: string };
      if (code === 'EL409') throw new WrongExpectedVersion(streamId, expected, BigInt(detail ?? '-1'));
      if (code === '23505') throw new WrongExpectedVersion(streamId, expected, await this.currentRevision(streamId));
      throw error;
    }
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let after = -1n;
    for (;;) {
      const { rows } = await this.guard(() =>
        this.pool.query<EventRow>(
          `select ${EVENT_COLUMNS} from events where stream_id = $1 and stream_revision > $2 and ($3::bigint is null or stream_revision <= $3) order by stream_revision limit ${DEFAULT_BATCH}`,
          [streamId, after.toString(), options.toRevision?.toString() ?? null],
        ),
      );
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < DEFAULT_BATCH) return;
      after = BigInt(rows[rows.length - 1].stream_revision);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent[]> {
    let after = options.after ?? START;
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    for (;;) {
      const batch = await this.readBatch(after, batchSize, options.streamPrefixes);
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      after = batch[batch.length - 1].position;
    }
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after ?? START;
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const pollMs = this.options.pollIntervalMs ?? 1000;
    while (!options.signal?.aborted) {
      const batch = await this.readBatch(after, batchSize, options.streamPrefixes);
      for (const event of batch) {
        if (options.signal?.aborted) return;
        yield event;
        after = event.position;
      }
      if (batch.length === batchSize) continue;
      if (this.options.listen === false) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        continue;
      }
      // An event's notification comes at its commit; if an older transaction (in any database of the
      // server) still hides it then, no second one comes when that transaction ends: look again soon.
      const heldBack = await this.hasCommittedEventsPast(after, options.streamPrefixes);
      await this.notifications.next(heldBack ? Math.min(HELD_BACK_RECHECK_MS, pollMs) : pollMs, options.signal);
    }
  }

  async headPosition(): Promise<GlobalPosition> {
    const { rows } = await this.guard(() =>
      this.pool.query<{ transaction_id: string; global_position: string }>(
        `select transaction_id, global_position from events where ${VISIBLE} order by transaction_id desc, global_position desc limit 1`,
      ),
    );
    return rows.length === 0 ? START : { commit: BigInt(rows[0].transaction_id), prepare: BigInt(rows[0].global_position) };
  }

  async ping(): Promise<void> {
    await this.guard(() => this.pool.query('select 1'));
  }

  async close(): Promise<void> {
    await this.notifications.close();
    await this.pool.end();
  }

  private async readBatch(after: GlobalPosition, limit: number, prefixes: readonly string[] | undefined): Promise<RecordedEvent[]> {
    const { rows } = await this.guard(() =>
      this.pool.query<EventRow>(
        `select ${EVENT_COLUMNS} from events
          where (transaction_id, global_position) > ($1::xid8, $2::bigint) and ${VISIBLE}
            and ($3::text[] is null or stream_id like any($3::text[]))
          order by transaction_id, global_position limit $4`,
        [after.commit.toString(), after.prepare.toString(), prefixPatterns(prefixes), limit],
      ),
    );
    return rows.map(toRecordedEvent);
  }

  /**
   * Committed events past `after` right after a read that delivered all it could see: held back by an
   * older open transaction, or made visible since that read by one ending. Either way, look again soon.
   */
  private async hasCommittedEventsPast(after: GlobalPosition, prefixes: readonly string[] | undefined): Promise<boolean> {
    const { rows } = await this.guard(() =>
      this.pool.query<{ held: boolean }>(
        `select exists (select 1 from events
          where (transaction_id, global_position) > ($1::xid8, $2::bigint)
            and ($3::text[] is null or stream_id like any($3::text[]))) as held`,
        [after.commit.toString(), after.prepare.toString(), prefixPatterns(prefixes)],
      ),
    );
    return rows[0].held;
  }

  private async currentRevision(streamId: string): Promise<bigint> {
    const { rows } = await this.pool.query<{ revision: string }>('select revision from event_streams where stream_id = $1', [streamId]);
    return rows.length === 0 ? -1n : BigInt(rows[0].revision);
  }

  /** Connection failures become EventStoreUnavailable (a 503), not a bare driver error. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '57P01' || code === '57P03' || code === '3D000' || /terminat|Connection/i.test(String((error as Error).message))) {
        throw new EventStoreUnavailable(`PostgreSQL event store unreachable: ${(error as Error).message}`, error);
      }
      throw error;
    }
  }
}
