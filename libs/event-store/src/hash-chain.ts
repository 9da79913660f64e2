/**
 * The per-stream hash chain: each event's metadata carries `prevHash` (the hash of the event before
 * it in the stream, or GENESIS_HASH) and `hash` = SHA-256 over a canonical (RFC 8785) encoding of
 * stream, revision, type, data and metadata (which includes prevHash). Altering, removing or
 * reordering any event breaks the chain from that event on.
 */
import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import type { EventMetadata } from './event-store.port';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedEventFields {
  readonly streamId: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: Record<string, unknown>;
  /** The metadata as stored; its `hash` field, if present, is left out of the hash. */
  readonly metadata: EventMetadata;
}

export function hashEvent(event: HashedEventFields): string {
  const { hash: _ignored, ...metadata } = event.metadata;
  const canonical = canonicalize({
    streamId: event.streamId,
    revision: event.revision.toString(),
    type: event.type,
    data: event.data,
    metadata,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Adds `prevHash` and `hash` to an event's metadata. */
export function chainMetadata(event: Omit<HashedEventFields, 'metadata'> & { metadata: EventMetadata }, prevHash: string): EventMetadata {
  const metadata = { ...event.metadata, prevHash };
  return { ...metadata, hash: hashEvent({ ...event, metadata }) };
}
