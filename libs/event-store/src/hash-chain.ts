/**
 * The per-stream hash chain: each event's metadata carries `prevHash` (the hash of the event before
 * it in the stream, or GENESIS_HASH) and `hash` = SHA-256 over a canonical (RFC 8785) encoding of
 * the event. Altering, removing or reordering any event breaks the chain from that event on.
 *
 * Version 2 (metadata.chainVersion = 2, what the command path writes) hashes every stored field of
 * the event: its id, stream, revision, type, recorded time, data and metadata (prevHash and the
 * version included). Version 1 (no chainVersion: events written before it) left the id and the
 * recorded time out; those events still verify under version 1.
 */
import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import type { EventMetadata } from './event-store.port';

export const GENESIS_HASH = '0'.repeat(64);

/** The chain version new events are written with. */
export const CHAIN_VERSION = 2;
export const CHAIN_VERSIONS = [1, 2] as const;
export type ChainVersion = (typeof CHAIN_VERSIONS)[number];

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
  if (version === 2) return 2;
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
  return createHash('sha256').update(canonicalize(fields), 'utf8').digest('hex');
}

/** Adds `chainVersion`, `prevHash` and `hash` to an event's metadata (the current version). */
export function chainMetadata(event: HashedEventFields, prevHash: string): EventMetadata {
  const metadata = { ...event.metadata, chainVersion: CHAIN_VERSION, prevHash };
  return { ...metadata, hash: hashEvent({ ...event, metadata }) };
}
