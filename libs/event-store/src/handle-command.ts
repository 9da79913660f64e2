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
import { CommandResults, type EarlierResult, type FoldedStream, type StreamStates } from './stream-states';

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
  /**
   * True when `commandId` was drawn at random for this command (no key): no event in the stream can
   * carry it, so a kept fold of the stream may stand in for reading it.
   */
  readonly newCommandId?: boolean;
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
 *
 * With `states`, the fold of the stream's last command is kept: the read is only of the events past
 * it, and none at all when the command's id is new (`envelope.newCommandId`: nothing in the stream can
 * carry it) — then only an append at the kept revision can confirm the kept state, so every other
 * outcome (a refusal, nothing to do, a stale If-Match, a conflict) is decided again on a fresh read.
 */
export async function handleCommand<Command, State, Event extends PlainEvent, Context>(
  store: EventStore,
  streamId: string,
  decider: CommandDecider<Command, State, Event, Context>,
  command: Command,
  context: Context,
  envelope: CommandEnvelope,
  states?: StreamStates,
): Promise<CommandResult> {
  const kept = envelope.newCommandId ? states?.get<State>(streamId, decider.evolve) : undefined;
  let stream: FoldedStream<State> = kept ?? (await loadStream(store, streamId, decider, states));
  let fresh = kept === undefined;
  /** When the kept state did not hold: read what the store has past it, and decide again. */
  const refresh = async () => {
    stream = await loadStream(store, streamId, decider, states);
    fresh = true;
  };
  for (let conflicts = 0; ;) {
    const earlierResult = stream.commands.get(envelope.commandId);
    if (earlierResult) {
      if (saidOtherwise(earlierResult.fingerprint, envelope.fingerprint))
        throw new CommandIdReused(streamId, envelope.commandId);
      return {
        streamId,
        revision: earlierResult.revision,
        position: earlierResult.position,
        appendedEvents: 0,
        replayed: true,
      };
    }
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== stream.revision) {
      if (!fresh) {
        await refresh();
        continue;
      }
      throw new WrongExpectedVersion(streamId, envelope.expectedRevision, stream.revision);
    }
    let events: readonly Event[];
    try {
      events = decide(decider, command, stream, context);
    } catch (error) {
      if (fresh) throw error;
      await refresh();
      continue;
    }
    if (events.length === 0) {
      if (!fresh) {
        await refresh();
        continue;
      }
      return { streamId, revision: stream.revision, position: stream.position, appendedEvents: 0, replayed: false };
    }
    const toAppend = toEventsToAppend(streamId, stream, events, envelope, new Date());
    try {
      const result: AppendResult = await store.append(
        streamId,
        toAppend,
        stream.revision < 0n ? 'no_stream' : stream.revision,
      );
      states?.set(streamId, decider.evolve, folded(decider, stream, streamId, toAppend, result));
      return {
        streamId,
        revision: result.nextExpectedRevision,
        position: result.position,
        appendedEvents: events.length,
        replayed: false,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersion)) throw error;
      // A kept state that fell behind is no conflict of the command's: read on and decide again.
      if (!fresh) {
        await refresh();
        continue;
      }
      // Someone appended meanwhile: decide again on the new state, once, unless the client pinned the revision.
      conflicts++;
      if (envelope.expectedRevision !== undefined || conflicts >= ATTEMPTS_ON_CONFLICT) throw error;
      await refresh();
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
  stream: FoldedStream<State>,
  context: Context,
): readonly Event[] {
  try {
    return decider.decide(command, stream.state, context);
  } catch (error) {
    throw rememberRefusedAt(error, stream.revision);
  }
}

const EMPTY_STREAM: FoldedStream<never> = {
  state: undefined as never,
  revision: -1n,
  position: START,
  lastHash: GENESIS_HASH,
  commands: CommandResults.NONE,
};

/**
 * The stream folded to its end: from what `states` kept of it, reading only the events past that,
 * else from revision 0. What it reached is kept for the next command.
 */
export async function loadStream<State, Event extends PlainEvent>(
  store: EventStore,
  streamId: string,
  decider: StreamDecider<State, Event>,
  states?: StreamStates,
): Promise<FoldedStream<State>> {
  const kept = states?.get<State>(streamId, decider.evolve);
  let { state, revision, position, lastHash } = kept ?? { ...EMPTY_STREAM, state: decider.initialState() };
  let read: Map<string, EarlierResult> | undefined;
  for await (const event of store.readStream(streamId, kept ? { fromRevision: kept.revision + 1n } : {})) {
    state = decider.evolve(state, decider.decode(event));
    revision = event.revision;
    position = event.position;
    lastHash = typeof event.metadata.hash === 'string' ? event.metadata.hash : lastHash;
    if (typeof event.metadata.commandId === 'string') {
      // Laid over what was kept, once read: a kept fold is never changed in place.
      read ??= new Map();
      read.set(event.metadata.commandId, earlierResultOf(event.metadata, revision, position));
    }
  }
  const before = kept?.commands ?? CommandResults.NONE;
  const commands = read ? before.with(read) : before;
  const stream = { state, revision, position, lastHash, commands };
  if (kept === undefined || revision !== kept.revision) states?.set(streamId, decider.evolve, stream);
  return stream;
}

/** The stream after a successful append: the kept fold moved on by the events as the store now holds them. */
function folded<State, Event extends PlainEvent>(
  decider: StreamDecider<State, Event>,
  stream: FoldedStream<State>,
  streamId: string,
  appended: readonly EventToAppend[],
  result: AppendResult,
): FoldedStream<State> {
  let state = stream.state;
  appended.forEach((event, index) => {
    const recorded: RecordedEvent = {
      ...event,
      streamId,
      revision: stream.revision + 1n + BigInt(index),
      position: result.position,
      recordedAt: event.recordedAt ?? new Date(),
    };
    state = decider.evolve(state, decider.decode(recorded));
  });
  const last = appended[appended.length - 1];
  const commands = stream.commands.with(
    new Map([
      [String(last.metadata.commandId), earlierResultOf(last.metadata, result.nextExpectedRevision, result.position)],
    ]),
  );
  return {
    state,
    revision: result.nextExpectedRevision,
    position: result.position,
    lastHash: String(last.metadata.hash),
    commands,
  };
}

/** What a command answered, as its last event records it: where that event stands, and the fingerprint of a client's key. */
function earlierResultOf(
  metadata: Readonly<Record<string, unknown>>,
  revision: bigint,
  position: GlobalPosition,
): EarlierResult {
  const fingerprint = typeof metadata.commandFingerprint === 'string' ? metadata.commandFingerprint : undefined;
  return { revision, position, fingerprint };
}

function toEventsToAppend<Event extends PlainEvent>(
  streamId: string,
  stream: FoldedStream<unknown>,
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
