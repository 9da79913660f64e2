/**
 * One pass over the log: recompute every stream's hash chain and the rolling digest, optionally
 * check the digest an auditor kept for a position, and report progress on the way.
 */
import {
  comparePositions,
  formatPosition,
  hashEvent,
  type GlobalPosition,
  type HashAlgorithm,
  type RecordedEvent,
} from '@app/event-store';
import {
  checkEvidenceFiles,
  evidenceReferencesIn,
  type EvidenceFileStore,
  type EvidenceFilesReport,
  type EvidenceReference,
} from '@app/evidence';
import { ChainVerifier, type ChainReport } from './chain-verifier';
import { LogDigest, sameDigest, type LogDigestValue } from './log-digest';

export interface DigestClaim {
  readonly position: GlobalPosition;
  readonly digest: string;
}

export interface DigestCheck {
  readonly position: string;
  readonly expected: string;
  readonly actual: string;
  /** Events in the log up to the position, now. */
  readonly count: number;
  readonly matches: boolean;
}

export interface VerificationReport extends ChainReport {
  /** The digest of everything verified (up to the head at the time of the run). */
  readonly head: LogDigestValue;
  readonly digestCheck: DigestCheck | null;
  /** Every evidence file an event records, checked against the store (null when no store was given). */
  readonly evidenceFiles: EvidenceFilesReport | null;
  readonly elapsedMs: number;
}

export interface VerifyLogOptions {
  readonly claim?: DigestClaim;
  readonly onProgress?: (eventsChecked: number) => void;
  /** Where the evidence files' bytes are: each file the log records is checked against its recorded SHA-256. */
  readonly evidence?: EvidenceFileStore;
  /** The ledger's hash algorithm (SHA-256 unless it was created with SM3): the digest uses it and every event must be hashed with it. */
  readonly hashAlgorithm?: HashAlgorithm;
}

export async function verifyLog(
  batches: AsyncIterable<readonly RecordedEvent[]>,
  options: VerifyLogOptions = {},
): Promise<VerificationReport> {
  const started = Date.now();
  const chain = new ChainVerifier({ hashAlgorithm: options.hashAlgorithm });
  const digest = new LogDigest(options.hashAlgorithm);
  let atClaim: LogDigestValue | undefined;
  const references: EvidenceReference[] = [];
  for await (const batch of batches) {
    for (const event of batch) {
      if (options.claim && !atClaim && comparePositions(event.position, options.claim.position) > 0)
        atClaim = digest.current();
      const { computed } = chain.add(event);
      digest.add(computed, formatPosition(event.position));
      if (options.evidence) references.push(...evidenceReferencesIn(event));
    }
    options.onProgress?.(chain.eventsChecked);
  }
  const head = digest.current();
  const claimed = options.claim ? (atClaim ?? head) : undefined;
  const digestCheck =
    options.claim && claimed
      ? {
          position: formatPosition(options.claim.position),
          expected: options.claim.digest,
          actual: claimed.digest,
          count: claimed.count,
          matches: sameDigest(options.claim.digest, claimed.digest),
        }
      : null;
  const chainReport = chain.report();
  const evidenceFiles = options.evidence ? await checkEvidenceFiles(references, options.evidence) : null;
  const ok = chainReport.ok && (digestCheck?.matches ?? true) && (evidenceFiles?.problems.length ?? 0) === 0;
  return { ...chainReport, ok, head, digestCheck, evidenceFiles, elapsedMs: Date.now() - started };
}

/** The digest of the log up to a position (inclusive), without checking the chain. */
export async function digestUpTo(
  batches: AsyncIterable<readonly RecordedEvent[]>,
  position?: GlobalPosition,
  hashAlgorithm: HashAlgorithm = 'sha256',
): Promise<LogDigestValue> {
  const digest = new LogDigest(hashAlgorithm);
  for await (const batch of batches) {
    for (const event of batch) {
      if (position && comparePositions(event.position, position) > 0) return digest.current();
      digest.add(hashEvent(event), formatPosition(event.position));
    }
  }
  return digest.current();
}
