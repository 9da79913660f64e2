/**
 * Where the bytes of evidence files live: content-addressed (the key is the SHA-256 of the bytes),
 * outside the event log, written once and never changed. The log records the hash; this store only
 * has to give the bytes back, and verification checks it did not change them.
 */
export interface StoredEvidenceFile {
  readonly sha256: string;
  readonly mediaType: string;
  readonly size: number;
}

import type { Readable } from 'node:stream';

/** What the store holds under a hash, as verification sees it: the hash of the bytes it holds now. */
export interface EvidenceFileInspection {
  readonly sha256: string;
  /** SHA-256 of the stored bytes, recomputed now. */
  readonly actualSha256: string;
  readonly size: number;
}

export interface EvidenceFileStore {
  /** Stores the bytes under their SHA-256 (computed here); the same bytes twice are stored once. */
  put(bytes: Buffer, mediaType: string): Promise<StoredEvidenceFile & { readonly created: boolean }>;
  /** The bytes and what was stored with them; undefined when the store has no such file. */
  read(sha256: string): Promise<(StoredEvidenceFile & { readonly bytes: Buffer }) | undefined>;
  /** The bytes as a stream, for a download (a file need not fit in memory twice); undefined when not stored. */
  open(sha256: string): Promise<(StoredEvidenceFile & { readonly stream: Readable }) | undefined>;
  /** What the store holds of these hashes (type and size as stored); a hash not in the answer is not stored. */
  describe(sha256s: readonly string[]): Promise<StoredEvidenceFile[]>;
  /** Recomputes the hash of each stored file asked for; a hash not in the answer is not stored. */
  inspect(sha256s: readonly string[]): Promise<EvidenceFileInspection[]>;
}

export const EVIDENCE_FILE_STORE = Symbol('EVIDENCE_FILE_STORE');
