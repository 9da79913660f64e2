/** States as they stood: one task, or the whole board with the programme figures, replayed from the log. */
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import {
  boardAsOf,
  optionalCount,
  optionalText,
  parseAsOfPoint,
  replayBoard,
  requireKnownFields,
  taskAsOf,
  type BoardAsOf,
  type QueryValues,
  type TaskAsOf,
} from '@app/audit';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { PROGRAMME_STREAM_PREFIX, TASK_STREAM_PREFIX, taskStreamId } from '@app/supervision';
import { IdParam } from '../http/id-param';
import { HeavyOperation } from '../http/heavy-operation';
import { parsePageLimit } from '../http/validation/page-limit';
import { AuditEndpoint, AuditRoute, POSITION_SCHEMA, TIME_SCHEMA } from './audit-api-docs';
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
  @AuditRoute({
    summary: 'A task as it stood at a time, a revision or a log position, with its flags then — auditor',
    description:
      'Replays the task’s stream with the domain’s evolve up to the point asked (exactly one of at, revision, position) and gives its state and its light, overdue and stale at that moment.',
    ok: { type: TaskAsOfDto, description: 'the task then' },
    answers: { 404: 'no such task (TASK_NOT_FOUND)' },
  })
  @ApiQuery({
    name: 'at',
    required: false,
    schema: TIME_SCHEMA,
    description: 'ISO 8601 time: the acts that had happened by then (by the command clock)',
  })
  @ApiQuery({
    name: 'revision',
    required: false,
    schema: { type: 'integer', minimum: 0, example: 3 },
    description: 'stream revision, 0-based',
  })
  @ApiQuery({ name: 'position', required: false, schema: POSITION_SCHEMA, description: 'global log position' })
  async task(@IdParam('taskId') taskId: string, @Query() query: QueryValues): Promise<TaskAsOf> {
    requireKnownFields(query, ['at', 'revision', 'position']);
    const point = parseAsOfPoint(query);
    await requireTask(this.store, taskId);
    const streamId = taskStreamId(taskId);
    return taskAsOf(streamId, this.store.readStream(streamId), point);
  }

  @Get('board/as-of')
  @HeavyOperation()
  @AuditRoute({
    summary:
      'The whole board and the programme figures as they stood at a time or log position, replayed in memory (not the live read models) — auditor',
    description:
      'Replays every task and programme stream up to the point asked (exactly one of at, position) with the domain’s code, independently of the read models, and gives a page of the board and each programme’s figures then. A heavy operation: its own rate limit.',
    ok: { type: BoardAsOfDto, description: 'the board then' },
  })
  @ApiQuery({ name: 'at', required: false, schema: TIME_SCHEMA, description: 'ISO 8601 time' })
  @ApiQuery({ name: 'position', required: false, schema: POSITION_SCHEMA, description: 'global log position' })
  @ApiQuery({
    name: 'programmeId',
    required: false,
    schema: { type: 'string', example: 'spp-2022' },
    description: 'only this programme’s tasks',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    description: 'page size',
  })
  @ApiQuery({
    name: 'offset',
    required: false,
    schema: { type: 'integer', minimum: 0, maximum: 1000000, default: 0 },
    description: 'rows to skip',
  })
  async board(@Query() query: QueryValues): Promise<BoardAsOf> {
    requireKnownFields(query, ['at', 'position', 'programmeId', 'limit', 'offset']);
    const point = parseAsOfPoint(query, ['at', 'position']);
    const limit = parsePageLimit(query.limit);
    const offset = optionalCount(query, 'offset', 0, 1_000_000) ?? 0;
    const programmeId = optionalText(query, 'programmeId');
    const replay = await replayBoard(
      this.store.readAll({ streamPrefixes: [TASK_STREAM_PREFIX, PROGRAMME_STREAM_PREFIX], batchSize: REPLAY_BATCH }),
      point,
    );
    return boardAsOf(replay, replay.flagsAt(), {
      limit,
      offset,
      ...(programmeId !== undefined ? { programmeId } : {}),
    });
  }
}
