/** The read side of tasks: the board, a task's detail (ETag = stream revision) and its timeline. Any role may read. */
import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@app/supervision';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import { sendJsonOnce } from '../http/send-json-once';
import { DEFAULT_PAGE_SIZE } from '../http/validation/page-limit';
import { GetTaskTimelineQuery } from './get-task-timeline.query';
import { GetTaskQuery } from './get-task.query';
import { taskDetailEtag } from './task-detail-etag';
import { ListTasksParams } from './list-tasks.params';
import { BOARD_READ_MODELS, ListTasksQuery } from './list-tasks.query';
import { TimelineParams } from './timeline.params';
import { BoardPageView, TaskDetailView, TimelinePageView } from './task-views';

@ApiTags('task queries')
@Controller('api/tasks')
export class TaskQueriesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiRoute({
    summary: 'The board (督办台账): filter, search (Chinese included), sort and page the tasks',
    description:
      'A page of tasks with names, Chinese labels and the flags as of now (light, overdue, stale), and total, page, limit, pages. Filters combine; lists are comma-separated or repeated. A bad or unknown parameter is a 400 that names it. A unit member’s free text (q) reaches the descriptions only of tasks its unit leads or co-operates on.',
    parties: ANY_ROLE,
    readModels: BOARD_READ_MODELS,
    ok: { type: BoardPageView, description: 'one page of the board' },
  })
  async list(@Query() params: ListTasksParams, @CurrentActor() reader: Actor, @Res() res: Response): Promise<void> {
    const page: BoardPageView = await this.queryBus.execute(
      new ListTasksQuery(params.toFilter(reader), params.toPage()),
    );
    // A page asked again is the same kept object: serialised once, not on every request.
    sendJsonOnce(res, page);
  }

  @Get(':taskId')
  @ApiRoute({
    summary:
      'One task in full, with the commands the caller may send on it (allowedCommands); the ETag is its stream revision and a digest of allowedCommands (send it as If-Match with a command, or If-None-Match for a 304)',
    description:
      'Plan, milestones, latest progress, open urges and extension requests, co-operation, outcomes, countersigns, rating and look-back reviews, with names and Chinese labels. A unit member reads it only when their unit leads or co-operates on the task.',
    parties: ['supervisor', 'leadUnit', 'coUnit', 'anyLeader', 'auditor', 'reader', 'admin'],
    readModels: ['task-detail', 'organisation'],
    ok: {
      type: TaskDetailView,
      description: 'the task',
      headers: {
        ETag: {
          description:
            'the stream revision and a digest of allowedCommands, quoted ("3.9f86d081"): If-Match for a command (read as revision 3), If-None-Match for a 304; it changes when the commands offered change',
          schema: { type: 'string', example: '"3.9f86d081"' },
        },
      },
    },
    answers: { 304: 'If-None-Match holds the current ETag: nothing changed', 404: 'no such task (TASK_NOT_FOUND)' },
    answerHeaders: {
      304: {
        ETag: {
          description: 'the current ETag: revision and allowedCommands digest',
          schema: { type: 'string', example: '"3.9f86d081"' },
        },
      },
    },
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'an ETag this endpoint answered: a 304 while it is still current',
    schema: { type: 'string', example: '"3.9f86d081"' },
  })
  async detail(
    @IdParam('taskId') taskId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @CurrentActor() reader: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const detail = await this.queryBus.execute(new GetTaskQuery(taskId, reader));
    const etag = taskDetailEtag(detail.revision, detail.allowedCommands);
    res.setHeader('ETag', etag);
    // Full control of the answer here (not passthrough), so that a 304 is not overwritten by the default 200.
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
      res.status(304).end();
    else res.status(200).json(detail);
  }

  @Get(':taskId/timeline')
  // The sentences and actors carry unit and official names from the organisation read model.
  @ApiRoute({
    summary: 'A task’s history: one entry per event, with a Chinese label, a short sentence, the actor and the time',
    description:
      'Paged, oldest first: by page number, or by after = the previous page’s nextCursor (no entries skipped, as cheap deep in a long history as at its start). The same scope as the detail: a unit member reads it only for a task their unit leads or co-operates on.',
    parties: ['supervisor', 'leadUnit', 'coUnit', 'anyLeader', 'auditor', 'reader', 'admin'],
    readModels: ['task-timeline', 'organisation'],
    ok: { type: TimelinePageView, description: 'one page of the history' },
    answers: { 404: 'no such task (TASK_NOT_FOUND)' },
  })
  timeline(@IdParam('taskId') taskId: string, @Query() params: TimelineParams): Promise<TimelinePageView> {
    return this.queryBus.execute(
      new GetTaskTimelineQuery(taskId, params.page ?? 1, params.limit ?? DEFAULT_PAGE_SIZE, params.after),
    );
  }
}
