/**
 * The command path every aggregate shares: read the stream, fold it, decide, append with the
 * expected revision. It also makes commands idempotent (a command id already in the stream returns
 * its first result, unless that id named a different command) and chains each new event's hash to
 * the one before it.
 */
import { v5 as uuidv5 } from 'uuid';
import type {
  AppendResult,
  EventMetadata,
  EventStore,
  EventToAppend,
  GlobalPosition,
  RecordedEvent,
} from './event-store.port';
import { START } from './event-store.port';
import { CommandIdReused, WrongExpectedVersion } from './event-store.errors';
import { GENESIS_HASH, chainMetadata, type ChainVersion } from './hash-chain';
import { rememberRefusedAt } from './refused-at-revision';

export interface PlainEvent {
  readonly type: string;
  readonly data: object;
}

/** What folding a stream needs: the start, the checked decoding of a recorded event, one step (the domain's deciders are this and more). */
export interface StreamDecider<State, Event extends PlainEvent> {
  readonly initialState: () => State;
  readonly decode: (recorded: RecordedEvent) => Event;
  readonly evolve: (state: State, event: Event) => State;
}

/** An aggregate's decider as the command path uses it: fold the stream, then decide the command on it. */
export interface CommandDecider<Command, State, Event extends PlainEvent, Context> extends StreamDecider<State, Event> {
  readonly decide: (command: Command, state: State, context: Context) => readonly Event[];
}

export interface CommandEnvelope {
  /** Unique per command; a retry with the same id appends nothing. */
  readonly commandId: string;
  /** Actor, command name, correlation and causation ids, time: copied into every event's metadata. */
  readonly metadata: EventMetadata;
  /** When the client sent If-Match: the revision it saw. Binding: no retry on conflict. */
  readonly expectedRevision?: bigint;
  /**
   * What the command said (name and body, hashed), when its id came from a client's key: kept in
   * the metadata, so that the same id with another command is refused instead of answered with the first.
   */
  readonly fingerprint?: string;
  /** The chain version the ledger writes (2 for SHA-256, 3 for SM3): chosen when the ledger was created. Default 2. */
  readonly chainVersion?: ChainVersion;
}

export interface CommandResult {
  readonly streamId: string;
  /** The stream's revision after the command (-1 when the stream is still empty). */
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly appendedEvents: number;
  /** True when this command id had already been handled: nothing was appended now. */
  readonly replayed: boolean;
}

// Fixed namespace so that (stream, command id, index) always names the same event id.
const EVENT_ID_NAMESPACE = '5b0c8f0e-6f8e-4c9a-9a57-3c2d1e0f4a11';
const ATTEMPTS_ON_CONFLICT = 2;

/**
 * The 30-line shape of a command handler: read the stream, fold it with evolve, decide, append with
 * the revision read (ETag ↔ revision); a command id already in the stream answers its first result.
 */
export async function handleCommand<Command, State, Event extends PlainEvent, Context>(
  store: EventStore,
  streamId: string,
  decider: CommandDecider<Command, State, Event, Context>,
  command: Command,
  context: Context,
  envelope: CommandEnvelope,
): Promise<CommandResult> {
  for (let attempt = 1; ; attempt++) {
    const stream = await loadStream(store, streamId, decider, envelope.commandId);
    if (stream.earlierResult) {
      if (saidOtherwise(stream.earlierResult.fingerprint, envelope.fingerprint))
        throw new CommandIdReused(streamId, envelope.commandId);
      return {
        streamId,
        revision: stream.earlierResult.revision,
        position: stream.earlierResult.position,
        appendedEvents: 0,
        replayed: true,
      };
    }
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== stream.revision) {
      throw new WrongExpectedVersion(streamId, envelope.expectedRevision, stream.revision);
    }
    const events = decide(decider, command, stream, context);
    if (events.length === 0) {
      return { streamId, revision: stream.revision, position: stream.position, appendedEvents: 0, replayed: false };
    }
    const toAppend = toEventsToAppend(streamId, stream, events, envelope, new Date());
    try {
      const result: AppendResult = await store.append(
        streamId,
        toAppend,
        stream.revision < 0n ? 'no_stream' : stream.revision,
      );
      return {
        streamId,
        revision: result.nextExpectedRevision,
        position: result.position,
        appendedEvents: events.length,
        replayed: false,
      };
    } catch (error) {
      // Someone appended meanwhile: decide again on the new state, once, unless the client pinned the revision.
      const retry =
        error instanceof WrongExpectedVersion &&
        envelope.expectedRevision === undefined &&
        attempt < ATTEMPTS_ON_CONFLICT;
      if (!retry) throw error;
    }
  }
}

/** Events written before fingerprints (or without a key) have none: those retries are taken as the same command. */
function saidOtherwise(earlier: string | undefined, now: string | undefined): boolean {
  return earlier !== undefined && now !== undefined && earlier !== now;
}

/** A refusal remembers the revision it was decided on, so that a 409 can tell the client where the stream is. */
function decide<Command, State, Event extends PlainEvent, Context>(
  decider: CommandDecider<Command, State, Event, Context>,
  command: Command,
  stream: LoadedStream<State>,
  context: Context,
): readonly Event[] {
  try {
    return decider.decide(command, stream.state, context);
  } catch (error) {
    throw rememberRefusedAt(error, stream.revision);
  }
}

interface LoadedStream<State> {
  readonly state: State;
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly lastHash: string;
  readonly earlierResult?: { revision: bigint; position: GlobalPosition; fingerprint?: string };
}

async function loadStream<State, Event extends PlainEvent>(
  store: EventStore,
  streamId: string,
  decider: StreamDecider<State, Event>,
  commandId: string,
): Promise<LoadedStream<State>> {
  let state = decider.initialState();
  let revision = -1n;
  let position = START;
  let lastHash = GENESIS_HASH;
  let earlierResult: LoadedStream<State>['earlierResult'];
  for await (const event of store.readStream(streamId)) {
    state = decider.evolve(state, decider.decode(event));
    revision = event.revision;
    position = event.position;
    lastHash = typeof event.metadata.hash === 'string' ? event.metadata.hash : lastHash;
    if (event.metadata.commandId === commandId) {
      const fingerprint =
        typeof event.metadata.commandFingerprint === 'string' ? event.metadata.commandFingerprint : undefined;
      earlierResult = { revision, position, fingerprint };
    }
  }
  return { state, revision, position, lastHash, earlierResult };
}

function toEventsToAppend<Event extends PlainEvent>(
  streamId: string,
  stream: LoadedStream<unknown>,
  events: readonly Event[],
  envelope: CommandEnvelope,
  recordedAt: Date,
): EventToAppend[] {
  let prevHash = stream.lastHash;
  return events.map((event, index) => {
    const revision = stream.revision + 1n + BigInt(index);
    const id = uuidv5(`${streamId}/${envelope.commandId}/${index}`, EVENT_ID_NAMESPACE);
    // What is hashed must be what will be read back: a JSON round trip drops undefined and the like.
    const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
    // The chain covers the recorded time, so it is chosen here and the store records exactly it.
    const metadata = chainMetadata(
      { id, streamId, revision, type: event.type, recordedAt, data, metadata: metadataOf(envelope) },
      prevHash,
      envelope.chainVersion,
    );
    prevHash = String(metadata.hash);
    return { id, type: event.type, data, metadata, recordedAt };
  });
}

function metadataOf(envelope: CommandEnvelope): EventMetadata {
  const fingerprint = envelope.fingerprint === undefined ? {} : { commandFingerprint: envelope.fingerprint };
  return { ...envelope.metadata, commandId: envelope.commandId, ...fingerprint };
}
