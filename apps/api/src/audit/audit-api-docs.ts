/** OpenAPI descriptions the audit endpoints share: the filters and the streamed answer. */
import { applyDecorators } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiRoute, type RouteSpec } from '../http/api-route';
import { AUDIT_READERS } from './audit-readers';

export const AuditEndpoint = () => ApiTags('audit');

/** An audit route: auditors only; a bad or unknown query field is the 400 every route documents. */
export const AuditRoute = (spec: Omit<RouteSpec, 'parties'>) =>
  ApiRoute({
    ...spec,
    parties: AUDIT_READERS,
    answers: {
      ...spec.answers,
      503: 'the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After',
    },
  });

const POSITION = { type: 'string', pattern: '^\\d{1,20}-\\d{1,20}$', example: '812-45' } as const;
const TIME = { type: 'string', format: 'date-time', example: '2022-06-30T18:00:00+08:00' } as const;
export const POSITION_SCHEMA = POSITION;
export const TIME_SCHEMA = TIME;

export const ApiAuditFilters = (withStream = true) =>
  applyDecorators(
    ApiQuery({
      name: 'fromPosition',
      required: false,
      schema: POSITION,
      description: 'first log position, inclusive (<commit>-<prepare>, as command answers give it)',
    }),
    ApiQuery({ name: 'toPosition', required: false, schema: POSITION, description: 'last log position, inclusive' }),
    ...(withStream
      ? [
          ApiQuery({
            name: 'stream',
            required: false,
            schema: { type: 'string', example: 'task-spp-2022-2022-01' },
            description: 'one stream, e.g. task-<id>, programme-<id>, directory',
          }),
        ]
      : []),
    ApiQuery({
      name: 'type',
      required: false,
      schema: { type: 'string', example: 'TaskIssued,CompletionAccepted' },
      description: 'event types, comma-separated',
    }),
    ApiQuery({
      name: 'actor',
      required: false,
      schema: { type: 'string', example: 'duban-office' },
      description: 'user id of who acted',
    }),
    ApiQuery({
      name: 'from',
      required: false,
      schema: TIME,
      description: 'acts from this ISO 8601 time (occurredAt), inclusive',
    }),
    ApiQuery({ name: 'to', required: false, schema: TIME, description: 'acts up to this ISO 8601 time, inclusive' }),
  );

export const NDJSON = 'application/x-ndjson; charset=utf-8';

export const NDJSON_DESCRIPTION =
  'NDJSON, streamed in log order, one event per line: position, streamId, revision, eventId, type, who {actorId, role, unitId}, what {command, commandId, event}, when {occurredAt, recordedAt}, why {reason…}, links {correlationId, causationId}, prevHash, hash, data, metadata';
