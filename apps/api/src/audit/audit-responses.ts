/** The shapes of the audit answers, for the OpenAPI document (the values come from @app/audit). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_STATUSES, TRAFFIC_LIGHTS } from '@app/supervision';
import { DIGEST_ALGORITHMS, SIGNATURE_ALGORITHMS, STREAM_CHAIN_VERSIONS } from '@app/audit';
import { countMapSchema } from '../http/count-map.schema';

export class ChainBreakDto {
  @ApiProperty({
    enum: [
      'hash_mismatch',
      'prev_hash_mismatch',
      'revision_gap',
      'missing_hash',
      'missing_tail',
      'unknown_chain_version',
      'chain_downgrade',
      'hash_algorithm_mismatch',
    ],
  })
  kind: string;
  @ApiProperty({ example: 'task-2c7…' })
  streamId: string;
  @ApiProperty({ description: 'the revision where the chain breaks (for a gap: the one found after the missing ones)' })
  revision: number;
  @ApiProperty({ nullable: true, example: '812-45', type: String })
  position: string | null;
  @ApiProperty({ nullable: true, type: String })
  eventId: string | null;
  @ApiProperty({
    description:
      'the stored hash (hash_mismatch), the previous event’s hash (prev_hash_mismatch), or the revision expected',
  })
  expected: string;
  @ApiProperty({ description: 'what the content hashes to now, the prevHash found, or the revision found' })
  found: string;
  @ApiProperty()
  message: string;
}

export class LogDigestDto {
  @ApiProperty({
    enum: [...DIGEST_ALGORITHMS],
    description: 'the ledger’s hash: sm3-rolling-v1 in a ledger created with SM3',
  })
  algorithm: string;
  @ApiProperty({ description: 'position of the last event included', example: '812-45' })
  position: string;
  @ApiProperty()
  count: number;
  @ApiProperty({ description: '64 hex characters' })
  digest: string;
}

export class DigestCheckDto {
  @ApiProperty()
  position: string;
  @ApiProperty()
  expected: string;
  @ApiProperty()
  actual: string;
  @ApiProperty()
  count: number;
  @ApiProperty()
  matches: boolean;
}

export class EvidenceFileProblemDto {
  @ApiProperty({
    enum: ['missing', 'altered'],
    description: 'missing: the store has no such file; altered: its bytes no longer hash to what the event recorded',
  })
  problem: string;
  @ApiProperty({ description: 'the SHA-256 the event recorded', pattern: '^[0-9a-f]{64}$' })
  sha256: string;
  @ApiProperty({ type: String, nullable: true, description: 'the SHA-256 of the bytes stored now (null when missing)' })
  actualSha256: string | null;
  @ApiProperty({ description: 'the file name the event recorded', example: '完成情况报告.pdf' })
  name: string;
  @ApiProperty({ example: 'application/pdf' })
  mediaType: string;
  @ApiProperty({ type: 'integer' })
  size: number;
  @ApiProperty({ description: 'the stream of the event that recorded it' })
  streamId: string;
  @ApiProperty({ description: 'its revision in the stream' })
  revision: string;
  @ApiProperty({ description: 'its global position' })
  position: string;
  @ApiProperty()
  eventId: string;
  @ApiProperty({ example: 'CompletionReported' })
  eventType: string;
}

export class EvidenceFilesReportDto {
  @ApiProperty({ type: 'integer', description: 'distinct files the log records' })
  files: number;
  @ApiProperty({ type: 'integer', description: 'events’ references to them' })
  references: number;
  @ApiProperty({ type: 'integer', description: 'files whose stored bytes hash to what was recorded' })
  intact: number;
  @ApiProperty({
    type: [EvidenceFileProblemDto],
    description: 'each reference to a missing or altered file, in log order',
  })
  problems: EvidenceFileProblemDto[];
}

export class VerificationReportDto {
  @ApiProperty({
    description:
      'true when every chain holds (and the kept digest matches, when given) and every evidence file is stored unaltered',
  })
  ok: boolean;
  @ApiProperty()
  eventsChecked: number;
  @ApiProperty()
  streamsChecked: number;
  @ApiProperty({ type: ChainBreakDto, nullable: true })
  firstBreak: ChainBreakDto | null;
  @ApiProperty({ type: [ChainBreakDto] })
  breaks: ChainBreakDto[];
  @ApiProperty({
    ...countMapSchema(
      STREAM_CHAIN_VERSIONS,
      'how many streams use each hash chain version: "1" (written before version 2, which leaves the event id and recorded time out of the hash), "2" (every stored field hashed), "1→2" (begun under version 1); only the versions some stream uses',
      false,
    ),
    example: { '1': 20, '2': 3 },
  })
  chainVersions: Record<string, number>;
  @ApiProperty({
    description: 'each stream’s chain version(s), by stream id',
    type: 'object',
    additionalProperties: { type: 'string', enum: [...STREAM_CHAIN_VERSIONS] },
    example: { 'task-2c7…': '2' },
  })
  streamChainVersions: Record<string, string>;
  @ApiProperty({ type: LogDigestDto, description: 'the digest of everything verified' })
  head: LogDigestDto;
  @ApiProperty({ type: DigestCheckDto, nullable: true })
  digestCheck: DigestCheckDto | null;
  @ApiProperty({
    type: EvidenceFilesReportDto,
    nullable: true,
    description: 'every evidence file an event records, checked against the store by its SHA-256',
  })
  evidenceFiles: EvidenceFilesReportDto | null;
  @ApiProperty()
  elapsedMs: number;
}

export class LedgerSignatureDto {
  @ApiProperty({
    enum: [...SIGNATURE_ALGORITHMS],
    description:
      'ed25519 (the default), or sm2-sm3 (SM2 with SM3, GB/T 32918) for a ledger created with the national cryptography option',
  })
  algorithm: string;
  @ApiProperty({
    description: 'SHA-256 of the signing public key (SPKI DER), hex: GET /api/audit/keys lists it',
    pattern: '^[0-9a-f]{64}$',
  })
  keyId: string;
  @ApiProperty({ description: 'base64 signature over the RFC 8785 form of the object it sits in, without this field' })
  value: string;
}

export class PublishedKeyDto {
  @ApiProperty({
    description: 'SHA-256 of the public key (SPKI DER), hex: what signatures name',
    pattern: '^[0-9a-f]{64}$',
  })
  keyId: string;
  @ApiProperty({
    enum: [...SIGNATURE_ALGORITHMS],
    description:
      'ed25519 (the default), or sm2-sm3 (SM2 with SM3, GB/T 32918) for a ledger created with the national cryptography option',
  })
  algorithm: string;
  @ApiProperty({
    description: 'the public key, SPKI PEM',
    example: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA…\n-----END PUBLIC KEY-----\n',
  })
  publicKey: string;
  @ApiProperty({ format: 'date-time', description: 'when the ledger first signed with it' })
  validFrom: string;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'when its successor replaced it; null for the key in use now',
  })
  validUntil: string | null;
}

export class PublishedKeysDto {
  @ApiProperty({ type: [PublishedKeyDto] })
  keys: PublishedKeyDto[];
}

export class SealDto {
  @ApiProperty({ enum: ['supervision-ledger-seal'] })
  kind: string;
  @ApiProperty({ enum: [1] })
  version: number;
  @ApiProperty({ description: 'the position of the last event the digest covers', example: '812-45' })
  position: string;
  @ApiProperty({ description: 'events in the log up to the position' })
  count: number;
  @ApiProperty({
    description: 'the rolling digest of the log up to the position (as GET /api/audit/digest computes it)',
    pattern: '^[0-9a-f]{64}$',
  })
  digest: string;
  @ApiProperty({
    enum: [...DIGEST_ALGORITHMS],
    description: 'the ledger’s hash: sm3-rolling-v1 in a ledger created with SM3',
  })
  digestAlgorithm: string;
  @ApiProperty({ format: 'date-time' })
  sealedAt: string;
  @ApiProperty({ type: LedgerSignatureDto, description: 'over every other field of the seal' })
  signature: LedgerSignatureDto;
}

export class SealListDto {
  @ApiProperty({ type: [SealDto] })
  seals: SealDto[];
}

export class DigestAnswerDto {
  @ApiProperty({
    enum: [...DIGEST_ALGORITHMS],
    description: 'the ledger’s hash: sm3-rolling-v1 in a ledger created with SM3',
  })
  algorithm: string;
  @ApiProperty({
    description:
      'the position covered, to keep with the digest: the last event at or before the one asked (or the head); the one asked when no event precedes it',
    example: '812-45',
  })
  position: string;
  @ApiProperty({ nullable: true, type: String })
  lastEventPosition: string | null;
  @ApiProperty()
  count: number;
  @ApiProperty({ description: 'keep this, with the position, outside the system' })
  digest: string;
  @ApiProperty({
    type: LedgerSignatureDto,
    description:
      'the ledger’s signature over { algorithm, position, count, digest }: kept with them, it proves the ledger itself gave this digest',
  })
  signature: LedgerSignatureDto;
}

export class TaskFlagsDto {
  @ApiProperty()
  overdue: boolean;
  @ApiProperty()
  stale: boolean;
  @ApiProperty({ enum: TRAFFIC_LIGHTS })
  light: string;
}

export class TaskAsOfDto {
  @ApiProperty()
  streamId: string;
  @ApiProperty({ description: 'the point asked: { at } | { revision } | { position }' })
  asOf: Record<string, string | number>;
  @ApiProperty({ nullable: true, type: String, description: 'the moment the flags are for' })
  flagsAt: string | null;
  @ApiProperty({ description: 'revision of the last event replayed; -1 before the task existed' })
  revision: number;
  @ApiProperty({ nullable: true, type: String })
  position: string | null;
  @ApiProperty()
  eventsReplayed: number;
  @ApiProperty({
    description: 'the task state folded with the domain’s evolve (status, deadlines, plan, progress, urges, …)',
    type: Object,
  })
  state: Record<string, unknown>;
  @ApiProperty({ type: TaskFlagsDto })
  flags: TaskFlagsDto;
}

export class ProgrammeFiguresDto {
  @ApiProperty()
  programmeId: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  title: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number })
  plannedTaskCount: number | null;
  @ApiProperty()
  tasks: number;
  @ApiProperty(countMapSchema(TASK_STATUSES, 'count by status: only the statuses some task had', false))
  byStatus: Record<string, number>;
  @ApiProperty(countMapSchema(TRAFFIC_LIGHTS, 'count by light, every light (0 when none)', true))
  byLight: Record<string, number>;
  @ApiProperty()
  overdue: number;
  @ApiProperty()
  stale: number;
  @ApiProperty({ description: 'accepted (办结), including those under look-back review' })
  completed: number;
  @ApiProperty({ description: 'accepted on or before the original deadline' })
  completedOnTime: number;
  @ApiProperty({ nullable: true, type: Number, description: 'completedOnTime / completed' })
  onTimeCompletionRate: number | null;
}

export class BoardAsOfDto {
  @ApiProperty()
  flagsAt: string;
  @ApiProperty()
  eventsReplayed: number;
  @ApiProperty()
  total: number;
  @ApiProperty()
  offset: number;
  @ApiProperty()
  limit: number;
  @ApiProperty({
    description:
      'rows: taskId, programmeId, code, title, category, status, leader, units, deadline, originalDeadline, light, overdue, stale, completedAt, completedOnTime, revision, updatedAt',
    type: [Object],
  })
  items: Record<string, unknown>[];
  @ApiProperty({ type: [ProgrammeFiguresDto] })
  programmes: ProgrammeFiguresDto[];
}
