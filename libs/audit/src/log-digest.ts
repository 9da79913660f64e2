/**
 * A digest of the log up to a position: a rolling hash (the ledger's: SHA-256, or SM3) over the content hash of every event in
 * log order. An auditor keeps (position, count, digest) outside the system; recomputing it later
 * proves nothing up to that position was altered, removed, inserted or reordered — even by someone
 * able to rewrite every stored hash, which the per-stream chain alone cannot show.
 */
import {
  GENESIS_HASH,
  formatPosition,
  hashEvent,
  hashHex,
  type HashAlgorithm,
  type RecordedEvent,
} from '@app/event-store';

/** The digest of a SHA-256 ledger (and of every file written before SM3 ledgers existed). */
export const DIGEST_ALGORITHM = 'sha256-rolling-v1';
export const SM3_DIGEST_ALGORITHM = 'sm3-rolling-v1';
export const DIGEST_ALGORITHMS = [DIGEST_ALGORITHM, SM3_DIGEST_ALGORITHM] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

export function digestAlgorithmFor(algorithm: HashAlgorithm): DigestAlgorithm {
  return algorithm === 'sm3' ? SM3_DIGEST_ALGORITHM : DIGEST_ALGORITHM;
}

/** The hash algorithm a digest algorithm names; throws on one it does not know. */
export function hashAlgorithmOfDigest(algorithm: unknown): HashAlgorithm {
  if (algorithm === DIGEST_ALGORITHM) return 'sha256';
  if (algorithm === SM3_DIGEST_ALGORITHM) return 'sm3';
  throw new Error(`unknown digest algorithm ${JSON.stringify(algorithm)}`);
}

export interface LogDigestValue {
  readonly algorithm: DigestAlgorithm;
  /** The position of the last event included ('' when none). */
  readonly position: string;
  readonly count: number;
  readonly digest: string;
}

export class LogDigest {
  private value = GENESIS_HASH;
  private counted = 0;
  private lastPosition = '';

  constructor(readonly hashAlgorithm: HashAlgorithm = 'sha256') {}

  /** Goes on from a digest already computed up to its position (a seal's): only the events after it are added, with its algorithm. */
  static resume(
    from: Pick<LogDigestValue, 'position' | 'count' | 'digest'> & { readonly digestAlgorithm?: DigestAlgorithm },
  ): LogDigest {
    const digest = new LogDigest(hashAlgorithmOfDigest(from.digestAlgorithm ?? DIGEST_ALGORITHM));
    digest.value = from.digest;
    digest.counted = from.count;
    digest.lastPosition = from.position;
    return digest;
  }

  /** `contentHash` is hashEvent of the event as stored (not its stored hash field). */
  add(contentHash: string, position: string): void {
    this.value = hashHex(this.hashAlgorithm, `${this.value}\n${contentHash}`);
    this.counted++;
    this.lastPosition = position;
  }

  /** Adds an event as stored: its content hash at its position. */
  addEvent(event: RecordedEvent): void {
    this.add(hashEvent(event), formatPosition(event.position));
  }

  current(): LogDigestValue {
    return {
      algorithm: digestAlgorithmFor(this.hashAlgorithm),
      position: this.lastPosition,
      count: this.counted,
      digest: this.value,
    };
  }
}

/** Digests are compared as written by the API: hex, any case. */
export function sameDigest(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function isDigestText(text: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(text);
}
