/** The read side of tasks: the board, a task's detail (ETag = stream revision) and its timeline. Any role may read. */
import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiNotModifiedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@app/supervision';
import { CurrentActor } from '../auth/current-actor.decorator';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { DEFAULT_PAGE_SIZE } from '../http/page-limit';
import { ReadModelQuery } from '../read-side/read-model-query.decorator';
import { PagedQueryParams } from '../read-side/read-query.params';
import { GetTaskTimelineQuery } from './get-task-timeline.query';
import { GetTaskQuery } from './get-task.query';
import { ListTasksParams } from './list-tasks.params';
import { ListTasksQuery } from './list-tasks.query';
import { BoardPageView, TaskDetailView, TimelinePageView } from './task-views';

@ApiTags('task queries')
@Controller('api/tasks')
export class TaskQueriesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ReadModelQuery('task-board', 'organisation')
  @ApiOperation({ summary: 'The board (督办台账): filter, search (Chinese included), sort and page the tasks' })
  @ApiOkResponse({ type: BoardPageView })
  list(@Query() params: ListTasksParams, @CurrentActor() reader: Actor): Promise<BoardPageView> {
    return this.queryBus.execute(new ListTasksQuery(params.toFilter(reader), params.toPage()));
  }

  @Get(':taskId')
  @ReadModelQuery('task-detail', 'organisation')
  @ApiOperation({ summary: 'One task in full, with the commands the caller may send on it (allowedCommands); the ETag is its stream revision (send it as If-Match with a command, or If-None-Match for a 304)' })
  @ApiOkResponse({ type: TaskDetailView })
  @ApiNotModifiedResponse({ description: 'If-None-Match holds the current ETag' })
  @ApiNotFoundResponse({ description: 'no such task (TASK_NOT_FOUND)' })
  async detail(@Param('taskId', EntityIdPipe) taskId: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @CurrentActor() reader: Actor, @Res() res: Response): Promise<void> {
    const detail = await this.queryBus.execute(new GetTaskQuery(taskId, reader));
    const etag = `"${detail.revision}"`;
    res.setHeader('ETag', etag);
    // Full control of the answer here (not passthrough), so that a 304 is not overwritten by the default 200.
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) res.status(304).end();
    else res.status(200).json(detail);
  }

  @Get(':taskId/timeline')
  // The sentences and actors carry unit and official names from the organisation read model.
  @ReadModelQuery('task-timeline', 'organisation')
  @ApiOperation({ summary: 'A task’s history: one entry per event, with a Chinese label, a short sentence, the actor and the time' })
  @ApiOkResponse({ type: TimelinePageView })
  @ApiNotFoundResponse({ description: 'no such task (TASK_NOT_FOUND)' })
  timeline(@Param('taskId', EntityIdPipe) taskId: string, @Query() params: PagedQueryParams): Promise<TimelinePageView> {
    return this.queryBus.execute(new GetTaskTimelineQuery(taskId, params.page ?? 1, params.limit ?? DEFAULT_PAGE_SIZE));
  }
}
