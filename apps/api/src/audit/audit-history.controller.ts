/** The full history, streamed: the global log, or one task's stream, with the same filters. */
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { FILTER_FIELDS, parseAuditFilter, readAuditLogAsOfStart, requireKnownFields, streamExists, toAuditEntry, type QueryValues } from '@app/audit';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { NotFound, taskStreamId } from '@app/supervision';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { ApiAuditFilters, AuditEndpoint, NDJSON, NDJSON_DESCRIPTION } from './audit-api-docs';
import { AuditReadersOnly } from './audit-readers';
import { ndjsonLines, streamAnswer } from './ndjson-response';

@AuditEndpoint()
@AuditReadersOnly()
@Controller('api/audit')
export class AuditHistoryController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('events')
  @ApiOperation({ summary: 'The global log in order, streamed, each event with its metadata and hashes — auditor' })
  @ApiAuditFilters()
  @ApiProduces(NDJSON)
  @ApiOkResponse({ description: NDJSON_DESCRIPTION })
  async events(@Query() query: QueryValues, @Res() response: Response): Promise<void> {
    requireKnownFields(query, FILTER_FIELDS);
    const filter = parseAuditFilter(query);
    await streamAnswer(response, ndjsonLines(readAuditLogAsOfStart(this.store, filter), toAuditEntry), { contentType: NDJSON });
  }

  @Get('tasks/:taskId/history')
  @ApiOperation({ summary: 'One task’s history, streamed, with the same filters — auditor' })
  @ApiAuditFilters(false)
  @ApiProduces(NDJSON)
  @ApiOkResponse({ description: NDJSON_DESCRIPTION })
  @ApiNotFoundResponse({ description: 'no such task' })
  async taskHistory(@Param('taskId', EntityIdPipe) taskId: string, @Query() query: QueryValues, @Res() response: Response): Promise<void> {
    requireKnownFields(query, FILTER_FIELDS.filter((field) => field !== 'stream'));
    const filter = { ...parseAuditFilter(query), stream: taskStreamId(taskId) };
    await requireTask(this.store, taskId);
    await streamAnswer(response, ndjsonLines(readAuditLogAsOfStart(this.store, filter), toAuditEntry), { contentType: NDJSON });
  }
}

export async function requireTask(store: EventStore, taskId: string): Promise<void> {
  if (!(await streamExists(store, taskStreamId(taskId)))) throw new NotFound('TASK_NOT_FOUND', `no task ${taskId}`, { taskId });
}
