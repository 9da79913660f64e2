/**
 * Verification of the evidence files: every file an event records must be in the store with bytes
 * that still hash to what the event says. The event's hash chain proves the record; this proves the
 * bytes the record points to.
 */
import { formatPosition, type RecordedEvent } from '@app/event-store';
import type { EvidenceFileStore } from './evidence-store.port';

/** One file as an event recorded it, and where in the log. */
export interface EvidenceReference {
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly streamId: string;
  readonly revision: string;
  readonly position: string;
  readonly eventId: string;
  readonly eventType: string;
}

export interface EvidenceFileProblem extends EvidenceReference {
  /** missing: the store has no such file; altered: its bytes no longer hash to what the event recorded. */
  readonly problem: 'missing' | 'altered';
  readonly actualSha256: string | null;
}

export interface EvidenceFilesReport {
  /** Distinct files checked. */
  readonly files: number;
  /** Events' references to them (a file attached twice counts twice here, once above). */
  readonly references: number;
  readonly intact: number;
  /** Each reference to a missing or altered file, in log order. */
  readonly problems: EvidenceFileProblem[];
}

/** The attachments an event's data records; anything that is not one is skipped (the chain vouches for the data, not its shape). */
export function attachmentsIn(
  data: Record<string, unknown>,
): { sha256: string; name: string; mediaType: string; size: number }[] {
  const list = data.attachments;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item: unknown): item is { sha256: string; name: string; mediaType: string; size: number } =>
      typeof item === 'object' &&
      item !== null &&
      'sha256' in item &&
      typeof item.sha256 === 'string' &&
      'name' in item &&
      typeof item.name === 'string',
  );
}

/** The files an event records, each with where in the log it was recorded. */
export function evidenceReferencesIn(event: RecordedEvent): EvidenceReference[] {
  return attachmentsIn(event.data).map(({ sha256, name, mediaType, size }) => ({
    sha256,
    name,
    mediaType,
    size,
    streamId: event.streamId,
    revision: String(event.revision),
    position: formatPosition(event.position),
    eventId: event.id,
    eventType: event.type,
  }));
}

export async function checkEvidenceFiles(
  references: readonly EvidenceReference[],
  store: EvidenceFileStore,
): Promise<EvidenceFilesReport> {
  const hashes = [...new Set(references.map((ref) => ref.sha256))];
  const held = new Map((await store.inspect(hashes)).map((found) => [found.sha256, found.actualSha256]));
  const problems: EvidenceFileProblem[] = [];
  let intact = 0;
  for (const hash of hashes) {
    const actual = held.get(hash);
    if (actual === hash) intact++;
  }
  for (const ref of references) {
    const actual = held.get(ref.sha256);
    if (actual === undefined) problems.push({ ...ref, problem: 'missing', actualSha256: null });
    else if (actual !== ref.sha256) problems.push({ ...ref, problem: 'altered', actualSha256: actual });
  }
  return { files: hashes.length, references: references.length, intact, problems };
}
