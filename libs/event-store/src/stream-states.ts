/**
 * The streams the command path folded last, kept in memory with what the next command on them needs:
 * the state, the revision and position reached, the last hash of the chain, and the result of every
 * command id in the stream. Without it each command read and folded its stream from revision 0, which
 * grows with the task's history; with it a command reads only the tail past the kept revision, or
 * nothing at all (see handleCommand for when the append's expected revision is check enough).
 *
 * Nothing here is trusted as the truth: a stream may have grown since (another API process, the
 * deadline watcher in its own process, an importer). The append's expected revision finds that out,
 * and the command is then decided again on what the store holds.
 */
import type { GlobalPosition } from './event-store.port';

/** What a command that already ran answered: its last event's revision and position. */
export interface EarlierResult {
  readonly revision: bigint;
  readonly position: GlobalPosition;
  /** Its name and body hashed, when its id came from a client's key. */
  readonly fingerprint?: string;
}

/**
 * Every command id of a stream with its result, grown fold after fold without copying what came before:
 * each fold lays the ids it read or appended over the results it started from, which no later fold
 * changes (a fold kept for a slower reader never sees ids appended after it). Copying the whole map on
 * every append made a command's cost grow with its stream's history (the directory's is every
 * directory command ever). A layer at least half the size of the one under it is merged into it (into
 * a new map), as a binary counter carries: a stream of n commands has at most log2(n) layers, and each
 * result is copied at most log2(n) times in all.
 */
export class CommandResults {
  static readonly NONE = new CommandResults(new Map(), undefined);

  private constructor(
    private readonly own: ReadonlyMap<string, EarlierResult>,
    private readonly under: CommandResults | undefined,
  ) {}

  get(commandId: string): EarlierResult | undefined {
    return this.own.get(commandId) ?? this.under?.get(commandId);
  }

  /** How many maps a look-up may consult: at most log2 of the stream's command count, plus one. */
  get layers(): number {
    return 1 + (this.under?.layers ?? 0);
  }

  /** These results over the kept ones; an id in both answers the one added. */
  with(added: ReadonlyMap<string, EarlierResult>): CommandResults {
    if (added.size === 0) return this;
    let top = new CommandResults(added, this.own.size === 0 && !this.under ? undefined : this);
    while (top.under && top.own.size * 2 >= top.under.own.size) {
      const merged = new Map(top.under.own);
      for (const [id, result] of top.own) merged.set(id, result);
      top = new CommandResults(merged, top.under.under);
    }
    return top;
  }
}

export interface FoldedStream<State> {
  readonly state: State;
  /** -1 while the stream is empty. */
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly lastHash: string;
  /** Every command id in the stream, with its result. */
  readonly commands: CommandResults;
}

/** The default bound: a few thousand tasks in play at once each keep their fold; the least recently used go first. */
export const DEFAULT_KEPT_STREAMS = 5_000;

export class StreamStates {
  // A Map iterates in insertion order: re-inserting on each use keeps the least recently used first.
  private readonly kept = new Map<string, { readonly fold: object; readonly stream: FoldedStream<unknown> }>();

  constructor(private readonly limit: number = DEFAULT_KEPT_STREAMS) {}

  /** The stream as last folded by this fold (the decider's evolve), if kept. */
  get<State>(streamId: string, fold: object): FoldedStream<State> | undefined {
    const entry = this.kept.get(streamId);
    if (!entry || entry.fold !== fold) return undefined;
    this.kept.delete(streamId);
    this.kept.set(streamId, entry);
    return entry.stream as FoldedStream<State>;
  }

  /** Keeps the fold, unless one further along is kept already (a slower read of the same stream ended after it). */
  set<State>(streamId: string, fold: object, stream: FoldedStream<State>): void {
    const entry = this.kept.get(streamId);
    if (entry && entry.fold === fold && entry.stream.revision > stream.revision) return;
    this.kept.delete(streamId);
    this.kept.set(streamId, { fold, stream });
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.kept.delete(streamId);
  }

  get size(): number {
    return this.kept.size;
  }
}
