/** The seals the ledger recorded: signed digests of the log an auditor (and each witness) keeps, to verify the log against later. */
import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { requireKnownFields, type QueryValues } from '@app/audit';
import { parsePageLimit } from '../http/validation/page-limit';
import { AuditEndpoint, AuditRoute } from './audit-api-docs';
import { AuditReadersOnly } from './audit-readers';
import { SealListDto } from './audit-responses';
import { SealRecorder } from './seal-recorder';

@AuditEndpoint()
@AuditReadersOnly()
@Controller('api/audit')
export class AuditSealsController {
  constructor(private readonly seals: SealRecorder) {}

  @Get('seals')
  @AuditRoute({
    summary: 'The seals of the log, latest first — auditor',
    description:
      'Every N events or M minutes (SEAL_EVERY_EVENTS, SEAL_EVERY_MINUTES) the ledger records a seal: the position of the last event covered, the count, the rolling digest of the log up to it, the time, and the ledger’s signature (GET /api/audit/keys has the key). The same seal goes to the configured witnesses. Verify the log against one with `GET /api/audit/verify?digest=<digest>&position=<position>` or `npm run audit:verify -- --seal <file> --public-key <file>`.',
    ok: { type: SealListDto, description: 'the seals, latest first' },
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    description: 'how many of the latest seals',
  })
  async list(@Query() query: QueryValues): Promise<SealListDto> {
    requireKnownFields(query, ['limit']);
    return { seals: await this.seals.list(parsePageLimit(query.limit)) };
  }
}
