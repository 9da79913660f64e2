/** Proofs that the history is unaltered (hash chains, digests kept outside) and exports that carry their own proof. */
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  FILTER_FIELDS,
  InvalidAuditQuery,
  MISSING_TAILS_SQL,
  digestUpTo,
  isDigestText,
  missingTailBreaks,
  optionalPosition,
  optionalText,
  parseAuditFilter,
  prepareExport,
  readAuditLog,
  requireKnownFields,
  verifyLog,
  withMissingTails,
  type ChainBreak,
  type ExportFormat,
  type QueryValues,
  type VerificationReport,
  type LedgerSigner,
} from '@app/audit';
import { DataSource } from 'typeorm';
import {
  EVENT_STORE,
  LEDGER_HASH_ALGORITHM,
  PostgresEventStore,
  comparePositions,
  formatPosition,
  type EventStore,
  type HashAlgorithm,
} from '@app/event-store';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import { HeavyOperation } from '../http/heavy-operation';
import { ApiAuditFilters, AuditEndpoint, AuditRoute, POSITION_SCHEMA } from './audit-api-docs';
import { AuditReadersOnly } from './audit-readers';
import { LEDGER_SIGNER } from './ledger-signing-keys';
import { DigestAnswerDto, VerificationReportDto } from './audit-responses';
import { streamAnswer } from './ndjson-response';
import { EVIDENCE_FILE_STORE, type EvidenceFileStore } from '@app/evidence';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

@AuditEndpoint()
@AuditReadersOnly()
@Controller('api/audit')
export class AuditIntegrityController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEDGER_SIGNER) private readonly signer: LedgerSigner,
    private readonly dataSource: DataSource,
    @Inject(EVIDENCE_FILE_STORE) private readonly evidence: EvidenceFileStore,
    @Inject(LEDGER_HASH_ALGORITHM) private readonly hashAlgorithm: HashAlgorithm,
  ) {}

  @Get('verify')
  @HeavyOperation()
  @AuditRoute({
    summary:
      'Recompute every stream’s hash chain and name the first broken link; with digest and position, prove the log up to it is unchanged — auditor',
    description:
      'Reads the whole log up to the head, recomputes every hash and names the first broken link per stream (stream, revision, position, event, expected and found hash; a revision gap is a deleted event). Checks every evidence file an event records against the store and names each missing or altered one (evidenceFiles.problems: the file, and the event that recorded it). With a digest kept outside the system and its position, also proves the log up to there unchanged. A heavy operation: its own rate limit.',
    ok: { type: VerificationReportDto, description: 'the report (ok, the breaks, the digest check)' },
  })
  @ApiQuery({
    name: 'digest',
    required: false,
    schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    description: 'a digest kept from GET /api/audit/digest (give position too)',
  })
  @ApiQuery({
    name: 'position',
    required: false,
    schema: POSITION_SCHEMA,
    description: 'the position that digest was taken at',
  })
  async verify(@Query() query: QueryValues): Promise<VerificationReport> {
    requireKnownFields(query, ['digest', 'position']);
    const digest = optionalText(query, 'digest', 100);
    const position = optionalPosition(query, 'position');
    if (digest !== undefined && !isDigestText(digest))
      throw new InvalidAuditQuery('digest', 'must be 64 hexadecimal characters');
    if ((digest === undefined) !== (position === undefined))
      throw new InvalidAuditQuery(digest === undefined ? 'digest' : 'position', 'digest and position go together');
    const head = await this.store.headPosition();
    const report = await verifyLog(readAuditLog(this.store, { toPosition: head }, 2000), {
      evidence: this.evidence,
      hashAlgorithm: this.hashAlgorithm,
      ...(digest && position ? { claim: { digest, position } } : {}),
    });
    return withMissingTails(report, await this.missingTails());
  }

  /** PostgreSQL keeps each stream's head apart from its events (the API's database is the event store's then). */
  private async missingTails(): Promise<ChainBreak[]> {
    if (!(this.store instanceof PostgresEventStore)) return [];
    return missingTailBreaks(await this.dataSource.query(MISSING_TAILS_SQL));
  }

  @Get('digest')
  @HeavyOperation()
  @AuditRoute({
    summary:
      'A digest of the whole log up to a position (default and at most: the head), to keep outside the system with the position it answers — auditor',
    description:
      'A rolling SHA-256 over the events’ content hashes in log order; position in the answer is the position covered (the last event at or before the one asked). Keep both: GET /api/audit/verify proves the log against them later. A heavy operation: its own rate limit.',
    ok: { type: DigestAnswerDto, description: 'the digest and the position it covers' },
  })
  @ApiQuery({
    name: 'position',
    required: false,
    schema: POSITION_SCHEMA,
    description: 'up to this position (default: the head)',
  })
  async digest(@Query() query: QueryValues): Promise<DigestAnswerDto> {
    requireKnownFields(query, ['position']);
    const asked = optionalPosition(query, 'position');
    const head = await this.store.headPosition();
    // Past the head the answer covers only the head: echoing the asked position would pair this digest
    // with a range that later events fill, and the kept pair would fail to verify.
    const upTo = asked && comparePositions(asked, head) < 0 ? asked : head;
    const value = await digestUpTo(readAuditLog(this.store, { toPosition: upTo }), upTo, this.hashAlgorithm);
    const covered = value.position || formatPosition(upTo);
    const statement = { algorithm: value.algorithm, position: covered, count: value.count, digest: value.digest };
    return { ...statement, lastEventPosition: value.position || null, signature: this.signer.sign(statement) };
  }

  @Get('export')
  @HeavyOperation()
  @AuditRoute({
    summary:
      'A self-describing export (manifest with format version, range, count and digests; every event with its hashes) that `npm run audit:verify -- --file` checks offline — auditor',
    description:
      "A file to download: the manifest first (format version, range, count, log digest, content digest, its own hash), then every event with its hashes. CSV is UTF-8 with a BOM and RFC 4180 quoting; a cell a spreadsheet would run as a formula is written with a leading ' (the manifest says so). A heavy operation: its own rate limit.",
    ok: {
      description: 'the file; the manifest is its first line (NDJSON) or first row (CSV)',
      content: {
        [CONTENT_TYPES.ndjson]: { schema: { type: 'string', description: 'NDJSON' } },
        [CONTENT_TYPES.csv]: { schema: { type: 'string', description: 'CSV' } },
      },
      headers: {
        'Content-Disposition': {
          description: 'attachment; filename="audit-export-<time>.<format>"',
          schema: { type: 'string' },
        },
        'X-Export-Count': { description: 'events in the export', schema: { type: 'integer' } },
        'X-Export-Log-Digest': {
          description: 'the digest of the log up to the export’s last position',
          schema: { type: 'string' },
        },
      },
    },
  })
  @ApiQuery({
    name: 'format',
    required: false,
    schema: { type: 'string', enum: ['ndjson', 'csv'], default: 'ndjson' },
    description: 'csv is UTF-8 with a BOM, RFC 4180 quoting',
  })
  @ApiAuditFilters()
  async export(@Query() query: QueryValues, @Res() response: Response): Promise<void> {
    requireKnownFields(query, ['format', ...FILTER_FIELDS]);
    const format = optionalText(query, 'format') ?? 'ndjson';
    if (format !== 'ndjson' && format !== 'csv') throw new InvalidAuditQuery('format', 'must be ndjson or csv');
    const exportedAt = this.clock.now();
    const prepared = await prepareExport(this.store, {
      filter: parseAuditFilter(query),
      format,
      exportedAt,
      signer: this.signer,
      hashAlgorithm: this.hashAlgorithm,
    });
    const fileName = `audit-export-${exportedAt.toISOString().replace(/[:.]/g, '-')}.${format}`;
    await streamAnswer(response, prepared.chunks, {
      contentType: CONTENT_TYPES[format],
      fileName,
      headers: {
        'X-Export-Count': String(prepared.manifest.count),
        'X-Export-Log-Digest': prepared.manifest.logDigest.digest,
      },
    });
  }
}
