/** The ledger's public keys, so an auditor can check signed exports, digests and seals away from the system. */
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { requireKnownFields, type QueryValues } from '@app/audit';
import { AuditEndpoint } from './audit-api-docs';
import { AuditReadersOnly } from './audit-readers';
import { PublishedKeysDto } from './audit-responses';
import { LedgerSigningKeys } from './ledger-signing-keys';

@AuditEndpoint()
@AuditReadersOnly()
@Controller('api/audit')
export class AuditKeysController {
  constructor(private readonly keys: LedgerSigningKeys) {}

  @Get('keys')
  @ApiOperation({
    summary: 'The ledger’s public signing keys with their validity — auditor',
    description:
      'Every key the ledger has signed export manifests, digests and seals with, oldest first: its id (SHA-256 of the public key), algorithm, the public key (PEM, for `npm run audit:verify -- --public-key <file>`) and when it was valid (validUntil null: the key in use now). Keep a copy outside the system: a key fetched later proves only what the operators publish then.',
  })
  @ApiOkResponse({ type: PublishedKeysDto, description: 'the keys, oldest first' })
  async list(@Query() query: QueryValues): Promise<PublishedKeysDto> {
    requireKnownFields(query, []);
    return { keys: await this.keys.list() };
  }
}
