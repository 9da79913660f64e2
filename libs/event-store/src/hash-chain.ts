/**
 * The per-stream hash chain: each event's metadata carries `prevHash` (the hash of the event before
 * it in the stream, or GENESIS_HASH) and `hash` = SHA-256 over a canonical (RFC 8785) encoding of
 * the event. Altering, removing or reordering any event breaks the chain from that event on.
 *
 * Version 2 (metadata.chainVersion = 2, what the command path writes) hashes every stored field of
 * the event: its id, stream, revision, type, recorded time, data and metadata (prevHash and the
 * version included). Version 1 (no chainVersion: events written before it) left the id and the
 * recorded time out; those events still verify under version 1. Version 3 hashes the fields of
 * version 2 with SM3 instead of SHA-256: what a ledger created with the national option (SM3) writes.
 * The version is recorded in each event, so every event verifies under the algorithm it was written with.
 */
import { canonicalize } from 'json-canonicalize';
import type { EventMetadata } from './event-store.port';
import { hashHex, type HashAlgorithm } from './hash-algorithm';

export const GENESIS_HASH = '0'.repeat(64);

/** The chain version new events of a SHA-256 ledger are written with. */
export const CHAIN_VERSION = 2;
/** The chain version new events of an SM3 ledger are written with. */
export const SM3_CHAIN_VERSION = 3;
export const CHAIN_VERSIONS = [1, 2, 3] as const;
export type ChainVersion = (typeof CHAIN_VERSIONS)[number];

/** The hash algorithm a chain version hashes with. */
export function hashAlgorithmOfChainVersion(version: ChainVersion): HashAlgorithm {
  return version === SM3_CHAIN_VERSION ? 'sm3' : 'sha256';
}

/** The chain version a ledger hashing with this algorithm writes new events with. */
export function chainVersionFor(algorithm: HashAlgorithm): ChainVersion {
  return algorithm === 'sm3' ? SM3_CHAIN_VERSION : CHAIN_VERSION;
}

export interface HashedEventFields {
  readonly id: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly type: string;
  /** As stored: milliseconds are what both stores keep exactly and what an export writes. */
  readonly recordedAt: Date;
  readonly data: Record<string, unknown>;
  /** The metadata as stored; its `hash` field, if present, is left out of the hash. */
  readonly metadata: EventMetadata;
}

export class UnknownChainVersion extends Error {
  constructor(readonly found: unknown) {
    super(`unknown hash chain version ${JSON.stringify(found)}`);
    this.name = 'UnknownChainVersion';
  }
}

/** The chain version an event was written with: 1 when its metadata names none (written before version 2). */
export function chainVersionOf(metadata: EventMetadata): ChainVersion {
  const version = metadata.chainVersion;
  if (version === undefined) return 1;
  if (version === 2 || version === 3) return version;
  throw new UnknownChainVersion(version);
}

export function hashEvent(event: HashedEventFields): string {
  const { hash: _ignored, ...metadata } = event.metadata;
  const version = chainVersionOf(metadata);
  const fields =
    version === 1
      ? { streamId: event.streamId, revision: event.revision.toString(), type: event.type, data: event.data, metadata }
      : {
          eventId: event.id,
          streamId: event.streamId,
          revision: event.revision.toString(),
          type: event.type,
          recordedAt: event.recordedAt.toISOString(),
          data: event.data,
          metadata,
        };
  return hashHex(hashAlgorithmOfChainVersion(version), canonicalize(fields));
}

/** Adds `chainVersion`, `prevHash` and `hash` to an event's metadata (version 2 unless told: 3 in an SM3 ledger). */
export function chainMetadata(
  event: HashedEventFields,
  prevHash: string,
  version: ChainVersion = CHAIN_VERSION,
): EventMetadata {
  const metadata = { ...event.metadata, chainVersion: version, prevHash };
  return { ...metadata, hash: hashEvent({ ...event, metadata }) };
}
