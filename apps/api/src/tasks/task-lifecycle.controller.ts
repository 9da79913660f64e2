/** Issuing and routing a task, and the supervisor's decisions on it (立项交办, 签收, 退回, 改派, 办结, 回头看, 中止, 撤销). */
import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CommandMeta } from '../http/command-meta.decorator';
import { commandIdOf, newIdFor, type CommandRequest } from '@app/commands';
import { CommandResponse } from '../http/command-response';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { TaskCommandRunner } from './task-command-runner';
import { IssueTaskDto } from './dto/issue-task.dto';
import { EmptyDto, OptionalCommentDto, ReasonDto } from './dto/reason.dto';
import { CloseLookBackReviewDto, OpenLookBackReviewDto, RateTaskDto, ReassignResponsibilityDto, ReportRectificationDto } from './dto/work.dtos';
import { CommandingRolesOnly } from '../auth/commanding-roles';

@ApiTags('task commands')
@ApiBearerAuth()
@ApiOkResponse({ type: CommandResponse })
@CommandingRolesOnly()
@Controller('api/tasks')
export class TaskLifecycleController {
  constructor(private readonly runner: TaskCommandRunner) {}

  @Post()
  @ApiOperation({ summary: 'Issue a task (立项交办) — supervisor' })
  @ApiCreatedResponse({ type: CommandResponse })
  issue(@Body() body: IssueTaskDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const { taskId: givenId, ...data } = body;
    const commandId = commandIdOf(meta);
    // Derived from the command id, so a retried Idempotency-Key lands on the same stream.
    const taskId = givenId ?? newIdFor(commandId, 'task');
    return this.runner.run(res, taskId, meta, () => ({ type: 'IssueTask', data: { taskId, ...data } }), commandId);
  }

  @Post(':taskId/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge the task (签收) — lead unit' })
  acknowledge(@Param('taskId', EntityIdPipe) taskId: string, @Body() _: EmptyDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'AcknowledgeTask', data: {} }));
  }

  @Post(':taskId/send-back')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a misrouted task back (退回) — lead unit' })
  sendBack(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'SendBackTask', data: { reason: body.reason } }));
  }

  @Post(':taskId/reassign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reassign responsibility (改派) — supervisor' })
  reassign(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReassignResponsibilityDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'ReassignResponsibility', data: { ...body } }));
  }

  @Post(':taskId/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the completion (办结) — supervisor' })
  accept(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: OptionalCommentDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'AcceptCompletion', data: { ...body } }));
  }

  @Post(':taskId/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return the completion for more work (退回重办) — supervisor' })
  returnCompletion(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'ReturnCompletion', data: { reason: body.reason } }));
  }

  @Post(':taskId/rating')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rate a completed task (评价) — supervisor' })
  rate(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: RateTaskDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'RateTask', data: { rating: body.rating } }));
  }

  @Post(':taskId/look-back')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open a look-back review (回头看) — supervisor' })
  openLookBack(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: OpenLookBackReviewDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, (commandId) => ({ type: 'OpenLookBackReview', data: { reviewId: newIdFor(commandId, 'review'), findings: body.findings } }));
  }

  @Post(':taskId/rectification')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report rectification during a look-back (整改) — lead unit' })
  reportRectification(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReportRectificationDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'ReportRectification', data: { summary: body.summary } }));
  }

  @Post(':taskId/look-back/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the look-back review — supervisor' })
  closeLookBack(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: CloseLookBackReviewDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'CloseLookBackReview', data: { conclusion: body.conclusion } }));
  }

  @Post(':taskId/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend the task (中止) — supervisor' })
  suspend(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'SuspendTask', data: { reason: body.reason } }));
  }

  @Post(':taskId/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a suspended task — supervisor' })
  resume(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'ResumeTask', data: { reason: body.reason } }));
  }

  @Post(':taskId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the task (撤销), for good — supervisor' })
  cancel(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReasonDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'CancelTask', data: { reason: body.reason } }));
  }
}
