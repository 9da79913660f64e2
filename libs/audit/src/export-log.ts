/**
 * Writes an export in two passes over the same closed range of the log: the first computes count
 * and digests for the manifest, the second writes the records. Memory stays one batch whatever the size.
 */
import { createLedgerHash, formatPosition, hashEvent, type EventStore, type HashAlgorithm } from '@app/event-store';
import type { AuditFilter } from './audit-filter';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportPreamble,
  exportRecord,
  sealManifest,
  type ExportFormat,
  type ExportManifest,
} from './export-format';
import { FORMULA_GUARD } from './csv';
import { LogDigest } from './log-digest';
import type { LedgerSigner } from './ledger-signature';
import { readAuditLog } from './read-audit-log';

// Larger batches than the streamed history: fewer round trips, and an export is one long read anyway.
const EXPORT_BATCH = 2000;

export interface ExportRequest {
  readonly filter: AuditFilter;
  readonly format: ExportFormat;
  readonly exportedAt: Date;
  /** The ledger's signing key: the manifest is signed with it. */
  readonly signer?: LedgerSigner;
  /** The ledger's hash algorithm (SHA-256 unless it was created with SM3): digests and manifest hash use it. */
  readonly hashAlgorithm?: HashAlgorithm;
}

export interface PreparedExport {
  readonly manifest: ExportManifest;
  /** The file's text, chunk by chunk (a chunk per batch of events). */
  readonly chunks: AsyncIterable<string>;
}

export async function prepareExport(store: EventStore, request: ExportRequest): Promise<PreparedExport> {
  // Closing the range at the head now makes both passes read exactly the same events.
  const filter: AuditFilter = {
    ...request.filter,
    toPosition: request.filter.toPosition ?? (await store.headPosition()),
  };
  const hashAlgorithm = request.hashAlgorithm ?? 'sha256';
  const content = createLedgerHash(hashAlgorithm);
  const digest = new LogDigest(hashAlgorithm);
  for await (const batch of readAuditLog(store, filter, EXPORT_BATCH)) {
    for (const event of batch) {
      content.update(exportRecord(request.format, event), 'utf8');
      digest.add(hashEvent(event), formatPosition(event.position));
    }
  }
  const { count, digest: logDigest, algorithm } = digest.current();
  const manifest = sealManifest(
    {
      kind: 'manifest',
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      encoding: request.format,
      exportedAt: request.exportedAt.toISOString(),
      range: describeFilter(filter),
      wholeStreams: !filter.fromPosition && !filter.types && filter.actor === undefined && !filter.from && !filter.to,
      count,
      logDigest: { algorithm, digest: logDigest },
      contentDigest: content.digest('hex'),
      ...(request.format === 'csv' ? { formulaGuard: FORMULA_GUARD } : {}),
    },
    request.signer,
  );
  return { manifest, chunks: chunksOf(store, filter, request.format, manifest) };
}

async function* chunksOf(
  store: EventStore,
  filter: AuditFilter,
  format: ExportFormat,
  manifest: ExportManifest,
): AsyncIterable<string> {
  yield exportPreamble(format, manifest);
  for await (const batch of readAuditLog(store, filter, EXPORT_BATCH))
    yield batch.map((event) => exportRecord(format, event)).join('');
}

export function describeFilter(filter: AuditFilter): Record<string, string> {
  const range: Record<string, string> = {};
  if (filter.fromPosition) range.fromPosition = formatPosition(filter.fromPosition);
  if (filter.toPosition) range.toPosition = formatPosition(filter.toPosition);
  if (filter.stream !== undefined) range.stream = filter.stream;
  if (filter.types) range.type = filter.types.join(',');
  if (filter.actor !== undefined) range.actor = filter.actor;
  if (filter.from) range.from = filter.from.toISOString();
  if (filter.to) range.to = filter.to.toISOString();
  return range;
}
