/**
 * A digest of the log up to a position: a rolling SHA-256 over the content hash of every event in
 * log order. An auditor keeps (position, count, digest) outside the system; recomputing it later
 * proves nothing up to that position was altered, removed, inserted or reordered — even by someone
 * able to rewrite every stored hash, which the per-stream chain alone cannot show.
 */
import { createHash } from 'node:crypto';
import { GENESIS_HASH, formatPosition, hashEvent, type RecordedEvent } from '@app/event-store';

export const DIGEST_ALGORITHM = 'sha256-rolling-v1';

export interface LogDigestValue {
  readonly algorithm: typeof DIGEST_ALGORITHM;
  /** The position of the last event included ('' when none). */
  readonly position: string;
  readonly count: number;
  readonly digest: string;
}

export class LogDigest {
  private value = GENESIS_HASH;
  private counted = 0;
  private lastPosition = '';

  /** Goes on from a digest already computed up to its position (a seal's): only the events after it are added. */
  static resume(from: Pick<LogDigestValue, 'position' | 'count' | 'digest'>): LogDigest {
    const digest = new LogDigest();
    digest.value = from.digest;
    digest.counted = from.count;
    digest.lastPosition = from.position;
    return digest;
  }

  /** `contentHash` is hashEvent of the event as stored (not its stored hash field). */
  add(contentHash: string, position: string): void {
    this.value = createHash('sha256').update(`${this.value}\n${contentHash}`, 'utf8').digest('hex');
    this.counted++;
    this.lastPosition = position;
  }

  /** Adds an event as stored: its content hash at its position. */
  addEvent(event: RecordedEvent): void {
    this.add(hashEvent(event), formatPosition(event.position));
  }

  current(): LogDigestValue {
    return { algorithm: DIGEST_ALGORITHM, position: this.lastPosition, count: this.counted, digest: this.value };
  }
}

/** Digests are compared as written by the API: hex, any case. */
export function sameDigest(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function isDigestText(text: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(text);
}
