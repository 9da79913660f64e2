/**
 * The audit export's two formats, one record per event, preceded by a manifest (format version,
 * range, count, digests) so the file describes itself and can be verified with no database.
 * Each record is written by one function, so a verifier re-writes what it reads and compares bytes.
 */
import { canonicalize } from 'json-canonicalize';
import { hashHex, parsePosition, type RecordedEvent } from '@app/event-store';
import { toAuditEntry } from './audit-entry';
import { CSV_BOM, FORMULA_GUARD, csvRecord, unguardFormula } from './csv';
import type { LedgerSignature, LedgerSigner } from './ledger-signature';
import { hashAlgorithmOfDigest, type DigestAlgorithm } from './log-digest';

export const EXPORT_FORMAT = 'supervision-ledger-audit-export';
export const EXPORT_FORMAT_VERSION = 1;
export type ExportFormat = 'ndjson' | 'csv';

export interface ExportManifest {
  readonly kind: 'manifest';
  readonly format: typeof EXPORT_FORMAT;
  readonly formatVersion: number;
  readonly encoding: ExportFormat;
  readonly exportedAt: string;
  /** The filters as given, and the log position the export was closed at. */
  readonly range: Readonly<Record<string, string>>;
  /** True when every stream in it is whole (no filter but an upper position): a revision gap is then a deleted event. */
  readonly wholeStreams: boolean;
  readonly count: number;
  /**
   * The rolling digest over the events' content hashes (as GET /api/audit/digest computes it). Its
   * algorithm names the ledger's hash (sha256-rolling-v1, or sm3-rolling-v1 in a ledger created
   * with SM3): the content digest and the manifest hash are taken with that hash too, and every
   * event's chain must be hashed with it.
   */
  readonly logDigest: { readonly algorithm: DigestAlgorithm; readonly digest: string };
  /** The ledger's hash (SHA-256 or SM3, as logDigest says) over the exact bytes of every event record, in order. */
  readonly contentDigest: string;
  /**
   * CSV only: cells starting with = + - @ tab, CR or the guard itself carry this prefix, so that a
   * spreadsheet opens them as text; take one off to get the value. Absent in files written before it, whose cells are verbatim.
   */
  readonly formulaGuard?: typeof FORMULA_GUARD;
  /** The ledger's hash (as logDigest says) over the RFC 8785 form of this manifest without this field and the signature. */
  readonly manifestHash?: string;
  /** The ledger's signature over the RFC 8785 form of this manifest without this field (manifestHash included). Absent in files written before signing. */
  readonly signature?: LedgerSignature;
}

export type UnsealedManifest = Omit<ExportManifest, 'manifestHash' | 'signature'>;

/** Adds the manifest's hash and, with the ledger's signer, its signature. */
export function sealManifest(manifest: UnsealedManifest, signer?: LedgerSigner): ExportManifest {
  const hashed = { ...manifest, manifestHash: manifestHashOf(manifest) };
  return signer ? { ...hashed, signature: signer.sign(hashed) } : hashed;
}

export function manifestHashOf(manifest: ExportManifest | UnsealedManifest): string {
  const { manifestHash: _ignored, signature: _signature, ...rest } = manifest as ExportManifest;
  return hashHex(hashAlgorithmOfDigest(manifest.logDigest?.algorithm), canonicalize(rest));
}

export const CSV_COLUMNS = [
  'position',
  'stream_id',
  'revision',
  'event_id',
  'event_type',
  'occurred_at',
  'recorded_at',
  'actor_id',
  'role',
  'unit_id',
  'command',
  'correlation_id',
  'causation_id',
  'why',
  'data',
  'metadata',
  'prev_hash',
  'hash',
] as const;

/** The first bytes of the file: BOM and manifest row, header row (CSV) or the manifest line (NDJSON). */
export function exportPreamble(format: ExportFormat, manifest: ExportManifest): string {
  if (format === 'ndjson') return JSON.stringify(manifest) + '\n';
  return CSV_BOM + csvRecord(['manifest', JSON.stringify(manifest)]) + csvRecord(CSV_COLUMNS);
}

/** How the manifest says its CSV cells are written: what the writer records and the verifier re-writes with. */
export function formulaGuardOf(manifest: Pick<ExportManifest, 'formulaGuard'>): boolean {
  if (manifest.formulaGuard !== undefined && manifest.formulaGuard !== FORMULA_GUARD)
    throw new Error(`unknown formula guard ${JSON.stringify(manifest.formulaGuard)}`);
  return manifest.formulaGuard === FORMULA_GUARD;
}

/** One event's record; CSV cells are guarded against formulas unless told otherwise (files written before the guard). */
export function exportRecord(format: ExportFormat, event: RecordedEvent, formulaGuard = true): string {
  const entry = toAuditEntry(event);
  if (format === 'ndjson') return JSON.stringify({ kind: 'event', ...entry }) + '\n';
  return csvRecord(
    [
      entry.position,
      entry.streamId,
      entry.revision,
      entry.eventId,
      entry.type,
      entry.when.occurredAt,
      entry.when.recordedAt,
      entry.who.actorId,
      entry.who.role,
      entry.who.unitId,
      entry.what.command,
      entry.links.correlationId,
      entry.links.causationId,
      Object.entries(entry.why)
        .map(([field, text]) => `${field}: ${text}`)
        .join('\n'),
      JSON.stringify(entry.data),
      JSON.stringify(entry.metadata),
      entry.prevHash,
      entry.hash,
    ],
    { formulaGuard },
  );
}

/** Rebuilds the stored event from an NDJSON record's fields (the verifier then re-writes it to compare). */
export function eventFromNdjson(record: Record<string, unknown>): RecordedEvent {
  return event(
    record.position,
    record.streamId,
    record.revision,
    record.eventId,
    record.type,
    (record.when as { recordedAt?: unknown } | undefined)?.recordedAt,
    record.data,
    record.metadata,
  );
}

export function eventFromCsv(cells: readonly string[], formulaGuard: boolean): RecordedEvent {
  if (cells.length !== CSV_COLUMNS.length)
    throw new Error(`a record has ${cells.length} fields, not ${CSV_COLUMNS.length}`);
  const fields = formulaGuard ? cells.map(unguardFormula) : cells;
  return event(
    fields[0],
    fields[1],
    Number(fields[2]),
    fields[3],
    fields[4],
    fields[6],
    JSON.parse(fields[14]),
    JSON.parse(fields[15]),
  );
}

function event(
  position: unknown,
  streamId: unknown,
  revision: unknown,
  id: unknown,
  type: unknown,
  recordedAt: unknown,
  data: unknown,
  metadata: unknown,
): RecordedEvent {
  const parsed = typeof position === 'string' ? parsePosition(position) : undefined;
  if (!parsed) throw new Error(`bad position ${String(position)}`);
  if (
    typeof streamId !== 'string' ||
    typeof id !== 'string' ||
    typeof type !== 'string' ||
    typeof recordedAt !== 'string'
  )
    throw new Error('a record misses its stream, id, type or recorded time');
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0)
    throw new Error(`bad revision ${String(revision)}`);
  if (!isObject(data) || !isObject(metadata)) throw new Error('a record misses its data or metadata');
  return {
    position: parsed,
    streamId,
    revision: BigInt(revision),
    id,
    type,
    recordedAt: new Date(recordedAt),
    data,
    metadata,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
