/**
 * The event store port: what the application needs from any store. Two adapters implement it
 * (PostgreSQL, EventStoreDB) and one contract suite checks both.
 */

/**
 * A place in the global log. Ordered by (commit, prepare). On EventStoreDB these are its commit and
 * prepare positions; on PostgreSQL, the appending transaction's id and the event's sequence number,
 * which is what makes the order gap-safe. Treat it as opaque outside the adapters.
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START: GlobalPosition = { commit: 0n, prepare: 0n };

/** What the caller expects the stream's current revision to be. */
export type ExpectedRevision = 'no_stream' | 'any' | bigint;

export type EventMetadata = Record<string, unknown>;

/** An event as the application hands it to the store. */
export interface EventToAppend {
  readonly id: string; // uuid; also the idempotency key of the event
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
  /**
   * When given, the store records exactly this time (the hash chain covers it, so the writer picks it
   * before hashing); otherwise the store's clock. Milliseconds.
   */
  readonly recordedAt?: Date;
}

/** An event as the store gives it back. */
export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  /** 0-based revision of the event in its stream. */
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** The stream revision of the last event written (or found, on an idempotent re-append). */
  readonly nextExpectedRevision: bigint;
  /** The global position of the last event written (or found). */
  readonly position: GlobalPosition;
}

export interface ReadStreamOptions {
  /** Read only events with revision >= this (default 0): the tail past what a reader already folded. */
  readonly fromRevision?: bigint;
  /** Read only events with revision <= this. */
  readonly toRevision?: bigint;
}

export interface ReadAllOptions {
  /** Exclusive: read events strictly after this position. Default: from the start. */
  readonly after?: GlobalPosition;
  /** Max events per batch. */
  readonly batchSize?: number;
  /** Only streams whose id starts with one of these prefixes. */
  readonly streamPrefixes?: readonly string[];
}

export interface SubscribeOptions extends ReadAllOptions {
  readonly signal?: AbortSignal;
}

export interface EventStore {
  /** Appends atomically, checking the expected revision. Re-appending the same event ids with the same expected revision is a no-op that returns the first result. */
  append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Reads a stream forward from revision 0 (or `fromRevision`). An unknown stream yields nothing. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** Reads the global log forward in order, in batches, from a position. Ends at the current end. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent[]>;
  /** Catches up from a position, then follows live until the signal aborts. Never skips or reorders. */
  subscribe(options?: SubscribeOptions): AsyncIterable<RecordedEvent>;
  /** The position of the last event visible in the global log (START when empty). */
  headPosition(): Promise<GlobalPosition>;
  /** Cheap reachability check for health endpoints. */
  ping(): Promise<void>;
  /**
   * Events committed but not yet visible to readers, and the transaction holding them back. Only a
   * store whose readers can be held back has it (PostgreSQL: an older open transaction anywhere on the
   * server hides later commits from the gap-safe reads); EventStoreDB's log shows a commit at once.
   */
  heldBack?(): Promise<HeldBackLog>;
  close(): Promise<void>;
}

export interface HeldBackLog {
  /** Committed events that readers (projector, X-Min-Position waits) cannot see yet. */
  readonly events: number;
  /** The oldest open transaction with a transaction id on the server, when events are held back. */
  readonly oldestTransaction: HoldingTransaction | null;
}

export interface HoldingTransaction {
  readonly pid: number;
  readonly applicationName: string;
  /** The database it runs in (any database of the server holds the log back: transaction ids are server-wide). */
  readonly database: string | null;
  /** `active`, `idle in transaction`, … as pg_stat_activity says; null when the role may not see it. */
  readonly state: string | null;
  readonly ageSeconds: number;
  readonly startedAt: string;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
