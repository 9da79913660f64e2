/**
 * Verifies an export file with no database: every record re-written must give back its exact
 * bytes, every event's hash and chain link must hold, and count, content digest, log digest and
 * manifest hash must match the manifest. Any changed byte fails one of these. Everything is hashed
 * with the algorithm the manifest records (SHA-256, or SM3 for a ledger created with it), and an
 * event hashed under another fails: a manifest cannot claim SM3 over a chain made with SHA-256.
 */
import { createLedgerHash, formatPosition, type LedgerHash, type RecordedEvent } from '@app/event-store';
import { ChainVerifier, type ChainReport } from './chain-verifier';
import { CSV_BOM, CsvReader, csvRecord } from './csv';
import {
  CSV_COLUMNS,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  eventFromCsv,
  eventFromNdjson,
  exportRecord,
  formulaGuardOf,
  manifestHashOf,
  type ExportFormat,
  type ExportManifest,
} from './export-format';
import { checkSignature } from './ledger-signature';
import { LogDigest, hashAlgorithmOfDigest } from './log-digest';

export interface ExportProblem {
  /** 1-based record number in the file (the manifest is record 1). */
  readonly record: number;
  readonly message: string;
}

export interface ExportVerification {
  readonly ok: boolean;
  readonly format: ExportFormat | null;
  readonly manifest: ExportManifest | null;
  readonly eventsChecked: number;
  readonly problems: readonly ExportProblem[];
  readonly chain: ChainReport | null;
  /** Who signed the manifest, and whether that was checked against a public key the auditor gave. */
  readonly signature: ManifestSignatureCheck;
}

export interface ManifestSignatureCheck {
  /** The key that signed the manifest, as it says (null: unsigned). */
  readonly keyId: string | null;
  /** True when a public key was given and the signature was checked with it. */
  readonly checked: boolean;
  /** Whether it verified (null when not checked). */
  readonly valid: boolean | null;
}

export interface VerifyExportOptions {
  /** PEM of the ledger's public key: the manifest must be signed by it, else the export fails. */
  readonly publicKeyPem?: string;
  /** Sees each event read back, e.g. to collect the evidence files it records. */
  readonly onEvent?: (event: RecordedEvent) => void;
}

class ExportChecker {
  readonly problems: ExportProblem[] = [];
  manifest: ExportManifest | null = null;
  chain: ChainVerifier | null = null;
  /** Whether the CSV cells carry the formula guard, as the manifest says. */
  formulaGuard = false;
  // Taken with the hash the manifest names, once it is read.
  private content: LedgerHash = createLedgerHash('sha256');
  private digest = new LogDigest();
  private records = 0;
  signature: ManifestSignatureCheck = { keyId: null, checked: false, valid: null };

  constructor(
    readonly format: ExportFormat,
    private readonly options: VerifyExportOptions,
  ) {}

  manifestRecord(raw: string, json: string): void {
    this.records++;
    const manifest = JSON.parse(json) as ExportManifest;
    if (
      manifest.format !== EXPORT_FORMAT ||
      manifest.formatVersion !== EXPORT_FORMAT_VERSION ||
      manifest.encoding !== this.format
    ) {
      throw new Error(`not a ${this.format} ${EXPORT_FORMAT} of version ${EXPORT_FORMAT_VERSION}`);
    }
    if (
      raw !==
      (this.format === 'ndjson' ? JSON.stringify(manifest) + '\n' : csvRecord(['manifest', JSON.stringify(manifest)]))
    )
      this.problem('the manifest is not written as exported');
    const hashAlgorithm = hashAlgorithmOfDigest(manifest.logDigest?.algorithm);
    this.content = createLedgerHash(hashAlgorithm);
    this.digest = new LogDigest(hashAlgorithm);
    if (manifest.manifestHash !== manifestHashOf(manifest))
      this.problem('the manifest does not hash to its manifestHash: it was altered');
    this.checkSignature(manifest);
    this.formulaGuard = formulaGuardOf(manifest);
    this.manifest = manifest;
    this.chain = new ChainVerifier({ wholeStreams: manifest.wholeStreams, hashAlgorithm });
  }

  private checkSignature(manifest: ExportManifest): void {
    const keyId = manifest.signature?.keyId ?? null;
    if (this.options.publicKeyPem === undefined) {
      this.signature = { keyId, checked: false, valid: null };
      return;
    }
    const check = checkSignature(manifest, manifest.signature, this.options.publicKeyPem);
    this.signature = { keyId, checked: true, valid: check.ok };
    if (!check.ok) this.problem(`the manifest is not the ledger’s: ${check.reason}`);
  }

  eventRecord(raw: string, event: RecordedEvent): void {
    this.records++;
    if (exportRecord(this.format, event, this.formulaGuard) !== raw)
      this.problem(`the record of ${event.streamId}@${event.revision} is not written as exported: it was altered`);
    const step = this.chain!.add(event);
    if (step.break) this.problem(step.break.message);
    this.content.update(raw, 'utf8');
    this.digest.add(step.computed, formatPosition(event.position));
    this.options.onEvent?.(event);
  }

  problem(message: string, record = this.records): void {
    if (this.problems.length < 100) this.problems.push({ record, message });
  }

  finish(): ExportVerification {
    const manifest = this.manifest;
    if (manifest) {
      const { count, digest } = this.digest.current();
      if (count !== manifest.count) this.problem(`the manifest says ${manifest.count} events, the file holds ${count}`);
      if (digest !== manifest.logDigest?.digest)
        this.problem('the log digest of the events differs from the manifest’s');
      if (this.content.digest('hex') !== manifest.contentDigest)
        this.problem('the content digest of the records differs from the manifest’s');
    } else this.problem('the file has no manifest', 1);
    const chain = this.chain?.report() ?? null;
    return {
      ok: this.problems.length === 0,
      format: this.format,
      manifest,
      eventsChecked: chain?.eventsChecked ?? 0,
      problems: this.problems,
      chain,
      signature: this.signature,
    };
  }
}

export async function verifyExport(
  chunks: AsyncIterable<string>,
  options: VerifyExportOptions = {},
): Promise<ExportVerification> {
  let checker: ExportChecker | null = null;
  let feed: ((chunk: string) => void) | null = null;
  let rest = (): string => '';
  try {
    for await (const chunk of chunks) {
      if (!checker) {
        const format: ExportFormat = chunk.startsWith(CSV_BOM) ? 'csv' : 'ndjson';
        checker = new ExportChecker(format, options);
        ({ feed, rest } = format === 'csv' ? csvFeeder(checker) : ndjsonFeeder(checker));
        feed(format === 'csv' ? chunk.slice(CSV_BOM.length) : chunk);
      } else feed!(chunk);
    }
    if (!checker)
      return {
        ok: false,
        format: null,
        manifest: null,
        eventsChecked: 0,
        problems: [{ record: 1, message: 'the file is empty' }],
        chain: null,
        signature: UNSIGNED,
      };
    if (rest() !== '') checker.problem('the file does not end with a whole record');
    return checker.finish();
  } catch (error) {
    const partial = checker?.finish();
    const problems = [...(partial?.problems ?? []), { record: 0, message: `unreadable: ${(error as Error).message}` }];
    return {
      ok: false,
      format: checker?.format ?? null,
      manifest: checker?.manifest ?? null,
      eventsChecked: partial?.eventsChecked ?? 0,
      problems,
      chain: partial?.chain ?? null,
      signature: partial?.signature ?? UNSIGNED,
    };
  }
}

const UNSIGNED: ManifestSignatureCheck = { keyId: null, checked: false, valid: null };

function ndjsonFeeder(checker: ExportChecker) {
  let buffer = '';
  const feed = (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const raw = buffer.slice(0, newline + 1);
      buffer = buffer.slice(newline + 1);
      if (!checker.manifest) checker.manifestRecord(raw, raw);
      else {
        const record = JSON.parse(raw) as Record<string, unknown>;
        if (record.kind !== 'event') throw new Error('a line after the manifest is not an event');
        checker.eventRecord(raw, eventFromNdjson(record));
      }
    }
  };
  return { feed, rest: () => buffer };
}

function csvFeeder(checker: ExportChecker) {
  const reader = new CsvReader();
  let header = false;
  const feed = (chunk: string) => {
    for (const record of reader.feed(chunk)) {
      if (!checker.manifest) {
        if (record.fields[0] !== 'manifest' || record.fields.length !== 2)
          throw new Error('the first row is not the manifest');
        checker.manifestRecord(record.raw, record.fields[1]);
      } else if (!header) {
        if (record.raw !== csvRecord(CSV_COLUMNS)) throw new Error('the second row is not the column header');
        header = true;
      } else checker.eventRecord(record.raw, eventFromCsv(record.fields, checker.formulaGuard));
    }
  };
  return { feed, rest: () => reader.rest() };
}
