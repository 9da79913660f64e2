/** Issuing and routing a task, and the supervisor's decisions on it (立项交办, 签收, 退回, 改派, 办结, 回头看, 中止, 撤销). */
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandMeta } from '../http/command-meta.decorator';
import { newIdFor, type IdentifiedRequest } from '@app/commands';
import { CommandRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import { CommandSender } from '../commands/command-sender';
import { IssueTaskDto } from './dto/issue-task.dto';
import { EmptyDto, OptionalCommentDto, ReasonDto } from './dto/reason.dto';
import {
  CloseLookBackReviewDto,
  OpenLookBackReviewDto,
  RateTaskDto,
  ReassignResponsibilityDto,
  ReportRectificationDto,
} from './dto/work.dtos';
import { CommandingRolesOnly } from '../auth/commanding-roles';
import { copyAttachment } from './dto/copy-attachment';

@ApiTags('task commands')
// The floor for a route that forgets its own parties: no auditor, reader or admin reaches a command.
@CommandingRolesOnly()
@Controller('api/tasks')
export class TaskLifecycleController {
  constructor(private readonly commands: CommandSender) {}

  @Post()
  @CommandRoute({
    summary: 'Issue a task (立项交办) — supervisor',
    description:
      'Puts a task of a launched programme on the ledger with its lead unit, co-units, leader in charge and deadline; the lead unit must then acknowledge it. The task id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/tasks/{taskId}.',
    parties: ['supervisor'],
    creates: 'the task',
    locatedAt: '/api/tasks/{taskId}',
    conflicts: 'TASK_ALREADY_ISSUED',
    rules: 'e.g. UNKNOWN_PROGRAMME, UNKNOWN_UNIT, UNKNOWN_LEADER, a deadline before the issue date',
  })
  issue(@Body() body: IssueTaskDto, @CommandMeta() meta: IdentifiedRequest) {
    const { taskId: givenId, ...data } = body;
    // Derived from the command id, so a retried Idempotency-Key lands on the same stream.
    const taskId = givenId ?? newIdFor(meta.commandId, 'task');
    return this.commands.toTask(taskId, { type: 'IssueTask', data: { taskId, ...data } }, meta);
  }

  @Post(':taskId/acknowledge')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Acknowledge the task (签收) — lead unit',
    description: 'The lead unit takes the task on; from then on it plans and reports. Takes no field: send {}.',
    parties: ['leadUnit'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is no longer waiting to be acknowledged',
  })
  acknowledge(@IdParam('taskId') taskId: string, @Body() _: EmptyDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(taskId, { type: 'AcknowledgeTask', data: {} }, meta);
  }

  @Post(':taskId/send-back')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Send a misrouted task back (退回) — lead unit',
    description: 'The lead unit says the task is not its to lead, with the reason; the supervisor then reassigns it.',
    parties: ['leadUnit'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task was already acknowledged',
  })
  sendBack(@IdParam('taskId') taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(taskId, { type: 'SendBackTask', data: { reason: body.reason } }, meta);
  }

  @Post(':taskId/reassign')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Reassign responsibility (改派) — supervisor',
    description:
      'Gives the task a new lead unit and co-units (and, when it changes, a new leader in charge), with the reason; the new lead unit acknowledges it again.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    rules: 'e.g. an unknown unit or leader',
  })
  reassign(
    @IdParam('taskId') taskId: string,
    @Body() body: ReassignResponsibilityDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(taskId, { type: 'ReassignResponsibility', data: { ...body } }, meta);
  }

  @Post(':taskId/accept')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Accept the completion (办结) — supervisor',
    description:
      'Accepts the completion the lead unit reported: the task is completed (on time or not, by its original deadline).',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'COMPLETION_NOT_REPORTED',
  })
  accept(@IdParam('taskId') taskId: string, @Body() body: OptionalCommentDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(taskId, { type: 'AcceptCompletion', data: { ...body } }, meta);
  }

  @Post(':taskId/return')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Return the completion for more work (退回重办) — supervisor',
    description:
      'Sends a reported completion back with the reason; the task is in progress again and the co-units countersign anew.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'COMPLETION_NOT_REPORTED',
  })
  returnCompletion(@IdParam('taskId') taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(taskId, { type: 'ReturnCompletion', data: { reason: body.reason } }, meta);
  }

  @Post(':taskId/rating')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Rate a completed task (评价) — supervisor',
    description: 'Rates a completed task: excellent 优秀, good 良好, pass 合格 or fail 不合格.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'the task is not completed',
  })
  rate(@IdParam('taskId') taskId: string, @Body() body: RateTaskDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(taskId, { type: 'RateTask', data: { rating: body.rating } }, meta);
  }

  @Post(':taskId/look-back')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Open a look-back review (回头看) — supervisor',
    description:
      'Reopens a completed task for a look-back with the findings; the lead unit reports rectification. The review id is answered in created.reviewId.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'the task is not completed, or a review is open',
  })
  openLookBack(
    @IdParam('taskId') taskId: string,
    @Body() body: OpenLookBackReviewDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      { type: 'OpenLookBackReview', data: { reviewId: newIdFor(meta.commandId, 'review'), findings: body.findings } },
      meta,
    );
  }

  @Post(':taskId/rectification')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Report rectification during a look-back (整改) — lead unit',
    description: 'The lead unit reports what it rectified on the open look-back review.',
    parties: ['leadUnit'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'no look-back review is open',
  })
  reportRectification(
    @IdParam('taskId') taskId: string,
    @Body() body: ReportRectificationDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      {
        type: 'ReportRectification',
        data: {
          summary: body.summary,
          ...(body.attachments ? { attachments: body.attachments.map(copyAttachment) } : {}),
        },
      },
      meta,
    );
  }

  @Post(':taskId/look-back/close')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Close the look-back review — supervisor',
    description: 'Closes the open look-back review with its conclusion; the task is completed again.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'no look-back review is open',
  })
  closeLookBack(
    @IdParam('taskId') taskId: string,
    @Body() body: CloseLookBackReviewDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(taskId, { type: 'CloseLookBackReview', data: { conclusion: body.conclusion } }, meta);
  }

  @Post(':taskId/suspend')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Suspend the task (中止) — supervisor',
    description: 'Puts the task on hold with the reason: its deadline is not watched until it is resumed.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is finished or already suspended',
  })
  suspend(@IdParam('taskId') taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(taskId, { type: 'SuspendTask', data: { reason: body.reason } }, meta);
  }

  @Post(':taskId/resume')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Resume a suspended task — supervisor',
    description: 'Takes a suspended task up again, with the reason; it returns to the stage it was suspended in.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'the task is not suspended',
  })
  resume(@IdParam('taskId') taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(taskId, { type: 'ResumeTask', data: { reason: body.reason } }, meta);
  }

  @Post(':taskId/cancel')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Cancel the task (撤销), for good — supervisor',
    description: 'Cancels the task with the reason; a cancelled task accepts no command again (TASK_CANCELLED).',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is completed or already cancelled',
  })
  cancel(@IdParam('taskId') taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(taskId, { type: 'CancelTask', data: { reason: body.reason } }, meta);
  }
}
