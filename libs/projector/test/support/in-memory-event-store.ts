/** A tiny in-memory EventStore for unit specs of the projector runtime (integration specs use the PostgreSQL adapter). */
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  GlobalPosition,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '@app/event-store';
import { START, comparePositions } from '@app/event-store';

export class InMemoryEventStore implements EventStore {
  readonly log: RecordedEvent[] = [];

  async append(streamId: string, events: readonly EventToAppend[], _expected: ExpectedRevision): Promise<AppendResult> {
    let revision = BigInt(this.log.filter((event) => event.streamId === streamId).length) - 1n;
    for (const event of events) {
      const position = { commit: BigInt(this.log.length + 1), prepare: BigInt(this.log.length + 1) };
      this.log.push({ ...event, streamId, revision: ++revision, position, recordedAt: new Date() });
    }
    return { nextExpectedRevision: revision, position: this.log[this.log.length - 1]?.position ?? START };
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    for (const event of this.log) {
      if (
        event.streamId === streamId &&
        event.revision >= (options.fromRevision ?? 0n) &&
        (options.toRevision === undefined || event.revision <= options.toRevision)
      )
        yield event;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent[]> {
    let after = options.after ?? START;
    for (;;) {
      const batch = this.matching(after, options).slice(0, options.batchSize ?? 100);
      if (batch.length === 0) return;
      yield batch;
      after = batch[batch.length - 1].position;
    }
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after ?? START;
    while (!options.signal?.aborted) {
      const batch = this.matching(after, options);
      for (const event of batch) yield event;
      if (batch.length > 0) after = batch[batch.length - 1].position;
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async headPosition(): Promise<GlobalPosition> {
    return this.log[this.log.length - 1]?.position ?? START;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private matching(after: GlobalPosition, options: ReadAllOptions): RecordedEvent[] {
    return this.log.filter(
      (event) =>
        comparePositions(event.position, after) > 0 &&
        (!options.streamPrefixes || options.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))),
    );
  }
}
