/**
 * Recomputes the per-stream hash chain as events pass in log order: every event's hash from its
 * content (hashEvent, under the chain version the event names), its prevHash against the stored hash
 * of the event before it, and its revision against the one expected (a gap is a deleted event). A
 * stream never goes back from version 2 to 1, and never changes hash algorithm (version 3 is SM3):
 * the ledger's algorithm is chosen once, and when the ledger (or a manifest) names it, every event
 * must be hashed with it. Memory grows with streams, not events.
 */
import {
  GENESIS_HASH,
  UnknownChainVersion,
  chainVersionOf,
  formatPosition,
  hashAlgorithmOfChainVersion,
  hashEvent,
  type ChainVersion,
  type HashAlgorithm,
  type RecordedEvent,
} from '@app/event-store';

export type BreakKind =
  | 'hash_mismatch'
  | 'prev_hash_mismatch'
  | 'revision_gap'
  | 'missing_hash'
  | 'missing_tail'
  | 'unknown_chain_version'
  | 'chain_downgrade'
  | 'hash_algorithm_mismatch';

/** Which chain versions a stream's events use: '1' (all written before version 2), '2', '1→2' (a stream begun before it), or '3' (an SM3 ledger). */
export const STREAM_CHAIN_VERSIONS = ['1', '2', '1→2', '3'] as const;
export type StreamChainVersions = (typeof STREAM_CHAIN_VERSIONS)[number];

export interface ChainBreak {
  readonly kind: BreakKind;
  readonly streamId: string;
  readonly revision: number;
  /** Null for a missing tail: the events are gone, and with them where they were. */
  readonly position: string | null;
  readonly eventId: string | null;
  readonly expected: string;
  readonly found: string;
  readonly message: string;
}

export interface ChainReport {
  readonly ok: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  readonly firstBreak: ChainBreak | null;
  /** Every break found, in log order, up to a limit (the first one is what to look at). */
  readonly breaks: readonly ChainBreak[];
  /** How many streams use each chain version ('1', '2', '1→2'). */
  readonly chainVersions: Readonly<Partial<Record<StreamChainVersions, number>>>;
  /** Each stream's chain versions, by stream id. */
  readonly streamChainVersions: Readonly<Record<string, StreamChainVersions>>;
}

interface StreamHead {
  revision: bigint;
  hash: string;
  firstVersion: ChainVersion;
  lastVersion: ChainVersion;
}

export interface ChainVerifierOptions {
  /** False when the events are a slice (a filtered export): a stream may start anywhere and skip revisions. */
  readonly wholeStreams?: boolean;
  readonly maxBreaks?: number;
  /** The hash algorithm the ledger (or the export's manifest) says it hashes with: an event hashed with another breaks. */
  readonly hashAlgorithm?: HashAlgorithm;
}

export class ChainVerifier {
  private readonly heads = new Map<string, StreamHead>();
  private readonly breaks: ChainBreak[] = [];
  private checked = 0;

  constructor(private readonly options: ChainVerifierOptions = {}) {}

  /** Checks one event; returns the hash its content computes to and the break it shows, if any. */
  add(event: RecordedEvent): { readonly computed: string; readonly break?: ChainBreak } {
    this.checked++;
    const head = this.heads.get(event.streamId);
    const version = versionOf(event);
    if (version instanceof UnknownChainVersion) {
      // Nothing to recompute with: the chain goes on from the stored hash, so the rest still checks.
      const stored = typeof event.metadata.hash === 'string' ? event.metadata.hash : GENESIS_HASH;
      const found = this.breakAt(
        event,
        'unknown_chain_version',
        'chain version 1, 2 or 3',
        JSON.stringify(version.found),
        `${event.streamId}@${event.revision} names an unknown hash chain version: it was altered`,
      );
      this.heads.set(event.streamId, {
        revision: event.revision,
        hash: stored,
        firstVersion: head?.firstVersion ?? 2,
        lastVersion: head?.lastVersion ?? 2,
      });
      return { computed: stored, break: found };
    }
    const computed = hashEvent(event);
    const stored = typeof event.metadata.hash === 'string' ? event.metadata.hash : undefined;
    const prevHash = typeof event.metadata.prevHash === 'string' ? event.metadata.prevHash : undefined;
    const expectedRevision = head ? head.revision + 1n : 0n;
    let found: ChainBreak | undefined;
    if (stored === undefined || prevHash === undefined) {
      found = this.breakAt(
        event,
        'missing_hash',
        'a hash and a prevHash',
        'none',
        'the event carries no hash chain fields',
      );
    } else if (
      event.revision !== expectedRevision &&
      (this.options.wholeStreams !== false || (head && event.revision < expectedRevision))
    ) {
      found = this.breakAt(
        event,
        'revision_gap',
        `revision ${expectedRevision}`,
        `revision ${event.revision}`,
        event.revision > expectedRevision
          ? `revision ${expectedRevision} of ${event.streamId} is missing (deleted)`
          : `revision ${event.revision} of ${event.streamId} is out of order`,
      );
    } else if (computed !== stored) {
      found = this.breakAt(
        event,
        'hash_mismatch',
        stored,
        computed,
        `the content of ${event.streamId}@${event.revision} does not hash to its stored hash: it was altered`,
      );
    } else if ((head || event.revision === 0n) && prevHash !== (head?.hash ?? GENESIS_HASH)) {
      found = this.breakAt(
        event,
        'prev_hash_mismatch',
        head?.hash ?? GENESIS_HASH,
        prevHash,
        `${event.streamId}@${event.revision} does not link to the event before it`,
      );
    } else if (
      this.options.hashAlgorithm !== undefined &&
      hashAlgorithmOfChainVersion(version) !== this.options.hashAlgorithm
    ) {
      found = this.breakAt(
        event,
        'hash_algorithm_mismatch',
        `hashed with ${this.options.hashAlgorithm}`,
        `hashed with ${hashAlgorithmOfChainVersion(version)} (chain version ${version})`,
        `${event.streamId}@${event.revision} is hashed with ${hashAlgorithmOfChainVersion(version)} (chain version ${version}), the ledger says it hashes with ${this.options.hashAlgorithm}: the chain was made with another algorithm`,
      );
    } else if (head && hashAlgorithmOfChainVersion(version) !== hashAlgorithmOfChainVersion(head.lastVersion)) {
      found = this.breakAt(
        event,
        'hash_algorithm_mismatch',
        `hashed with ${hashAlgorithmOfChainVersion(head.lastVersion)}`,
        `hashed with ${hashAlgorithmOfChainVersion(version)} (chain version ${version})`,
        `${event.streamId}@${event.revision} is hashed with ${hashAlgorithmOfChainVersion(version)} after ${hashAlgorithmOfChainVersion(head.lastVersion)}: a ledger's algorithm is never changed, it was rewritten`,
      );
    } else if (head && version < head.lastVersion) {
      // Version 1 leaves the id and the recorded time out: an event of a stream already on version 2 never goes back to it.
      found = this.breakAt(
        event,
        'chain_downgrade',
        `chain version ${head.lastVersion}`,
        `chain version ${version}`,
        `${event.streamId}@${event.revision} is hashed under chain version ${version} after version ${head.lastVersion}: it was rewritten`,
      );
    }
    // Continue from what is stored, so each altered event is named once and the rest still checks.
    this.heads.set(event.streamId, {
      revision: event.revision,
      hash: stored ?? computed,
      firstVersion: head?.firstVersion ?? version,
      lastVersion: version,
    });
    return found ? { computed, break: found } : { computed };
  }

  report(): ChainReport {
    const chainVersions: Partial<Record<StreamChainVersions, number>> = {};
    const streamChainVersions: Record<string, StreamChainVersions> = {};
    for (const [streamId, head] of this.heads) {
      // A stream mixing algorithms has broken above; it is counted under its last version.
      const versions: StreamChainVersions =
        head.firstVersion === 1 && head.lastVersion === 2 ? '1→2' : (String(head.lastVersion) as '1' | '2' | '3');
      streamChainVersions[streamId] = versions;
      chainVersions[versions] = (chainVersions[versions] ?? 0) + 1;
    }
    return {
      ok: this.breaks.length === 0,
      eventsChecked: this.checked,
      streamsChecked: this.heads.size,
      firstBreak: this.breaks[0] ?? null,
      breaks: [...this.breaks],
      chainVersions,
      streamChainVersions,
    };
  }

  get eventsChecked(): number {
    return this.checked;
  }

  private breakAt(event: RecordedEvent, kind: BreakKind, expected: string, found: string, message: string): ChainBreak {
    const result: ChainBreak = {
      kind,
      streamId: event.streamId,
      revision: Number(event.revision),
      position: formatPosition(event.position),
      eventId: event.id,
      expected,
      found,
      message,
    };
    if (this.breaks.length < (this.options.maxBreaks ?? 100)) this.breaks.push(result);
    return result;
  }
}

function versionOf(event: RecordedEvent): ChainVersion | UnknownChainVersion {
  try {
    return chainVersionOf(event.metadata);
  } catch (error) {
    if (error instanceof UnknownChainVersion) return error;
    throw error;
  }
}
