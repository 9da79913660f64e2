/**
 * The EventStoreDB (KurrentDB) adapter of the event store port, with `@eventstore/db-client`.
 * One stream per aggregate; the global log is `$all` filtered to our stream prefixes; positions
 * are EventStoreDB's own commit/prepare positions.
 */
import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  NO_STREAM,
  START as ESDB_START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type ResolvedEvent,
} from '@eventstore/db-client';
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
import { comparePositions } from '../global-position';
import { allReadOptions } from './all-read-options';

const DEFAULT_BATCH = 500;

/** Pushed into a bounded read's subscription once the server has passed the head the read started at. */
const HEAD_REACHED = Symbol('head reached');

export class EventStoreDbEventStore implements EventStore {
  private constructor(private readonly client: EventStoreDBClient) {}

  static async connect(connectionString: string): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString));
    await store.ping();
    return store;
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: withRecordedAt(e) })),
        { expectedRevision: expected === 'no_stream' ? NO_STREAM : expected === 'any' ? ANY : expected },
      );
      const position = result.position ?? (await this.positionOfRevision(streamId, result.nextExpectedRevision));
      return { nextExpectedRevision: result.nextExpectedRevision, position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = typeof error.actualVersion === 'bigint' ? error.actualVersion : -1n;
        throw new WrongExpectedVersion(streamId, expected, actual);
      }
      throw translate(error);
    }
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    try {
      for await (const resolved of this.client.readStream(streamId, {
        fromRevision:
          options.fromRevision === undefined || options.fromRevision <= 0n ? ESDB_START : options.fromRevision,
      })) {
        const event = toRecordedEvent(resolved);
        if (!event) continue;
        if (options.toRevision !== undefined && event.revision > options.toRevision) return;
        yield event;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw translate(error);
    }
  }

  /**
   * The log up to the head at the start, filtered on the server: a catch-up subscription with the
   * prefixes' filter (allReadOptions), ended when an event, a checkpoint or the server's "caught up"
   * reaches that head. The end is pushed into the subscription's own stream, behind the events
   * already received, so none of them is lost when it stops.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent[]> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    let batch: RecordedEvent[] = [];
    try {
      const until = await this.headPosition();
      if (comparePositions(until, options.after ?? START) <= 0) return;
      // Declared before it is assigned: the filter's callback (built into the read options) ends the very subscription it belongs to.
      // eslint-disable-next-line prefer-const
      let subscription: AllStreamSubscription | undefined;
      const reachedHead = () => void subscription?.push(HEAD_REACHED);
      subscription = this.client.subscribeToAll(
        allReadOptions(
          options.after,
          options.streamPrefixes,
          (position) => comparePositions(position, until) >= 0 && reachedHead(),
        ),
      );
      subscription.once('caughtUp', reachedHead);
      try {
        for await (const item of subscription as AsyncIterable<AllStreamResolvedEvent | typeof HEAD_REACHED>) {
          if (item === HEAD_REACHED) break;
          const event = toRecordedEvent(item);
          // fromPosition is inclusive: `after` is exclusive in the port.
          if (!event || (options.after && comparePositions(event.position, options.after) <= 0)) continue;
          if (comparePositions(event.position, until) > 0) break;
          batch.push(event);
          if (batch.length >= batchSize) {
            yield batch;
            batch = [];
          }
          if (comparePositions(event.position, until) === 0) break;
        }
      } finally {
        await subscription.unsubscribe();
      }
    } catch (error) {
      throw translate(error);
    }
    if (batch.length > 0) yield batch;
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    const subscription = this.client.subscribeToAll(allReadOptions(options.after, options.streamPrefixes));
    const stop = () => void subscription.unsubscribe();
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      for await (const resolved of subscription) {
        if (options.signal?.aborted) return;
        const event = toRecordedEvent(resolved);
        if (!event || (options.after && comparePositions(event.position, options.after) <= 0)) continue;
        yield event;
      }
    } catch (error) {
      if (!options.signal?.aborted) throw translate(error);
    } finally {
      options.signal?.removeEventListener('abort', stop);
      await subscription.unsubscribe();
    }
  }

  async headPosition(): Promise<GlobalPosition> {
    try {
      // Backwards until the first event of ours: system events carry `$` types and are skipped.
      for await (const resolved of this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1000 })) {
        const event = toRecordedEvent(resolved);
        if (event) return event.position;
      }
      return START;
    } catch (error) {
      throw translate(error);
    }
  }

  async ping(): Promise<void> {
    try {
      for await (const _ of this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 })) break;
    } catch (error) {
      throw translate(error);
    }
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** Some servers leave the position out of the append result; read it back. */
  private async positionOfRevision(streamId: string, revision: bigint): Promise<GlobalPosition> {
    for await (const resolved of this.client.readStream(streamId, { fromRevision: revision, maxCount: 1 })) {
      const event = toRecordedEvent(resolved);
      if (event) return event.position;
    }
    return START;
  }
}

/**
 * EventStoreDB sets `created` itself and lets no client choose it, while the hash chain covers the
 * recorded time the writer picked: that time travels in the metadata under a key of the adapter's
 * own, and is taken out again on reading (so the metadata read back is the metadata given).
 */
const RECORDED_AT_KEY = '$recordedAt';

function withRecordedAt(event: EventToAppend): Record<string, unknown> {
  return event.recordedAt ? { ...event.metadata, [RECORDED_AT_KEY]: event.recordedAt.toISOString() } : event.metadata;
}

function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || event.type.startsWith('$')) return undefined;
  const { [RECORDED_AT_KEY]: recordedAt, ...metadata } = (event.metadata ?? {}) as Record<string, unknown>;
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position ? { commit: event.position.commit, prepare: event.position.prepare } : START,
    data: event.data as Record<string, unknown>,
    metadata,
    recordedAt: typeof recordedAt === 'string' ? new Date(recordedAt) : event.created,
  };
}

function translate(error: unknown): Error {
  const type = (error as { type?: string }).type;
  if (type === 'unavailable' || type === 'deadline-exceeded' || type === 'not-leader') {
    return new EventStoreUnavailable(`EventStoreDB unreachable: ${(error as Error).message}`, error);
  }
  return error instanceof Error ? error : new Error(String(error));
}
