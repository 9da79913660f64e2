/** The full history, streamed: the global log, or one task's stream, with the same filters. */
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  FILTER_FIELDS,
  parseAuditFilter,
  readAuditLogAsOfStart,
  requireKnownFields,
  streamExists,
  toAuditEntry,
  type QueryValues,
} from '@app/audit';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { NotFound, taskStreamId } from '@app/supervision';
import { IdParam } from '../http/id-param';
import { ApiAuditFilters, AuditEndpoint, AuditRoute, NDJSON, NDJSON_DESCRIPTION } from './audit-api-docs';
import { AuditReadersOnly } from './audit-readers';
import { ndjsonLines, streamAnswer } from './ndjson-response';

@AuditEndpoint()
@AuditReadersOnly()
@Controller('api/audit')
export class AuditHistoryController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('events')
  @AuditRoute({
    summary: 'The global log in order, streamed, each event with its metadata and hashes — auditor',
    description:
      'Every event in log order as NDJSON: who, what, when, why (the free text the actor wrote), links, prevHash and hash; capped at the head when the request starts. Filters combine.',
    ok: {
      description: NDJSON_DESCRIPTION,
      content: { [NDJSON]: { schema: { type: 'string', description: 'one JSON object per line' } } },
    },
  })
  @ApiAuditFilters()
  async events(@Query() query: QueryValues, @Res() response: Response): Promise<void> {
    requireKnownFields(query, FILTER_FIELDS);
    const filter = parseAuditFilter(query);
    await streamAnswer(response, ndjsonLines(readAuditLogAsOfStart(this.store, filter), toAuditEntry), {
      contentType: NDJSON,
    });
  }

  @Get('tasks/:taskId/history')
  @AuditRoute({
    summary: 'One task’s history, streamed, with the same filters — auditor',
    description:
      'The task’s stream as NDJSON, in order, in the same shape as the global log; capped at the head when the request starts.',
    ok: {
      description: NDJSON_DESCRIPTION,
      content: { [NDJSON]: { schema: { type: 'string', description: 'one JSON object per line' } } },
    },
    answers: { 404: 'no such task (TASK_NOT_FOUND)' },
  })
  @ApiAuditFilters(false)
  async taskHistory(
    @IdParam('taskId') taskId: string,
    @Query() query: QueryValues,
    @Res() response: Response,
  ): Promise<void> {
    requireKnownFields(
      query,
      FILTER_FIELDS.filter((field) => field !== 'stream'),
    );
    const filter = { ...parseAuditFilter(query), stream: taskStreamId(taskId) };
    await requireTask(this.store, taskId);
    await streamAnswer(response, ndjsonLines(readAuditLogAsOfStart(this.store, filter), toAuditEntry), {
      contentType: NDJSON,
    });
  }
}

export async function requireTask(store: EventStore, taskId: string): Promise<void> {
  if (!(await streamExists(store, taskStreamId(taskId))))
    throw new NotFound('TASK_NOT_FOUND', `no task ${taskId}`, { taskId });
}
