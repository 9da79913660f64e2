/** OpenAPI descriptions the audit endpoints share: the filters and the streamed answer. */
import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiQuery, ApiTags } from '@nestjs/swagger';

export const AuditEndpoint = () =>
  applyDecorators(
    ApiTags('audit'),
    ApiBearerAuth(),
    ApiForbiddenResponse({ description: 'not an auditor' }),
    ApiBadRequestResponse({ description: 'a query value that cannot be used, or an unknown query field; details.fields names it' }),
  );

export const ApiAuditFilters = (withStream = true) =>
  applyDecorators(
    ApiQuery({ name: 'fromPosition', required: false, description: 'first log position, inclusive (<commit>-<prepare>, as command answers give it)' }),
    ApiQuery({ name: 'toPosition', required: false, description: 'last log position, inclusive' }),
    ...(withStream ? [ApiQuery({ name: 'stream', required: false, description: 'one stream, e.g. task-<id>, programme-<id>, directory' })] : []),
    ApiQuery({ name: 'type', required: false, description: 'event types, comma-separated, e.g. TaskIssued,CompletionAccepted' }),
    ApiQuery({ name: 'actor', required: false, description: 'user id of who acted' }),
    ApiQuery({ name: 'from', required: false, description: 'acts from this ISO 8601 time (occurredAt), inclusive' }),
    ApiQuery({ name: 'to', required: false, description: 'acts up to this ISO 8601 time, inclusive' }),
  );

export const NDJSON = 'application/x-ndjson; charset=utf-8';

export const NDJSON_DESCRIPTION =
  'NDJSON, streamed in log order, one event per line: position, streamId, revision, eventId, type, who {actorId, role, unitId}, what {command, commandId, event}, when {occurredAt, recordedAt}, why {reason…}, links {correlationId, causationId}, prevHash, hash, data, metadata';
