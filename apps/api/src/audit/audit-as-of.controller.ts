/** States as they stood: one task, or the whole board with the programme figures, replayed from the log. */
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { boardAsOf, optionalCount, optionalText, parseAsOfPoint, replayBoard, requireKnownFields, taskAsOf, type BoardAsOf, type QueryValues, type TaskAsOf } from '@app/audit';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { PROGRAMME_STREAM_PREFIX, TASK_STREAM_PREFIX, taskStreamId } from '@app/supervision';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { HeavyOperation } from '../http/heavy-operation';
import { parsePageLimit } from '../http/page-limit';
import { AuditEndpoint } from './audit-api-docs';
import { requireTask } from './audit-history.controller';
import { AuditReadersOnly } from './audit-readers';
import { BoardAsOfDto, TaskAsOfDto } from './audit-responses';

const REPLAY_BATCH = 2000;

@AuditEndpoint()
@AuditReadersOnly()
@Controller('api/audit')
export class AuditAsOfController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('tasks/:taskId/as-of')
  @ApiOperation({ summary: 'A task as it stood at a time, a revision or a log position, with its flags then — auditor' })
  @ApiQuery({ name: 'at', required: false, description: 'ISO 8601 time: the acts that had happened by then (by the command clock)' })
  @ApiQuery({ name: 'revision', required: false, description: 'stream revision, 0-based' })
  @ApiQuery({ name: 'position', required: false, description: 'global log position' })
  @ApiOkResponse({ type: TaskAsOfDto, description: 'exactly one of at, revision, position' })
  @ApiNotFoundResponse({ description: 'no such task' })
  async task(@Param('taskId', EntityIdPipe) taskId: string, @Query() query: QueryValues): Promise<TaskAsOf> {
    requireKnownFields(query, ['at', 'revision', 'position']);
    const point = parseAsOfPoint(query);
    await requireTask(this.store, taskId);
    const streamId = taskStreamId(taskId);
    return taskAsOf(streamId, this.store.readStream(streamId), point);
  }

  @Get('board/as-of')
  @HeavyOperation()
  @ApiOperation({ summary: 'The whole board and the programme figures as they stood at a time or log position, replayed in memory (not the live read models) — auditor' })
  @ApiQuery({ name: 'at', required: false, description: 'ISO 8601 time' })
  @ApiQuery({ name: 'position', required: false, description: 'global log position' })
  @ApiQuery({ name: 'programmeId', required: false })
  @ApiQuery({ name: 'limit', required: false, description: 'page size, 1 to 200 (default 50)' })
  @ApiQuery({ name: 'offset', required: false, description: 'rows to skip (default 0)' })
  @ApiOkResponse({ type: BoardAsOfDto, description: 'exactly one of at, position' })
  async board(@Query() query: QueryValues): Promise<BoardAsOf> {
    requireKnownFields(query, ['at', 'position', 'programmeId', 'limit', 'offset']);
    const point = parseAsOfPoint(query, ['at', 'position']);
    const limit = parsePageLimit(query.limit);
    const offset = optionalCount(query, 'offset', 0, 1_000_000) ?? 0;
    const programmeId = optionalText(query, 'programmeId');
    const replay = await replayBoard(this.store.readAll({ streamPrefixes: [TASK_STREAM_PREFIX, PROGRAMME_STREAM_PREFIX], batchSize: REPLAY_BATCH }), point);
    return boardAsOf(replay, replay.flagsAt(), { limit, offset, ...(programmeId !== undefined ? { programmeId } : {}) });
  }
}
