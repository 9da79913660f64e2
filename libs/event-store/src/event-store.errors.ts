/** Typed errors of the port: adapters translate their store's errors into these. */
import type { ExpectedRevision } from './event-store.port';

export class WrongExpectedVersion extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision; -1n when the stream does not exist. */
    readonly actual: bigint,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${actual}`);
    this.name = 'WrongExpectedVersion';
  }
}

export class EventStoreUnavailable extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'EventStoreUnavailable';
  }
}

/** A command id (from a client's Idempotency-Key) already named a different command on this stream. */
export class CommandIdReused extends Error {
  constructor(
    readonly streamId: string,
    readonly commandId: string,
  ) {
    super(`stream ${streamId}: command id ${commandId} was already used for a different command`);
    this.name = 'CommandIdReused';
  }
}
