/** What units and leaders do on a task: plan, report, milestones, outcomes, co-operation, instructions, urging and deadlines. */
import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CommandMeta } from '../http/command-meta.decorator';
import { newIdFor, type CommandRequest } from '@app/commands';
import { CommandResponse } from '../http/command-response';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { TaskCommandRunner } from './task-command-runner';
import { EmptyDto, OptionalCommentDto, ReasonDto } from './dto/reason.dto';
import {
  IssueUrgeNoticeDto,
  ProvideCooperationDto,
  RecordInstructionDto,
  RecordOutcomeDto,
  ReportCompletionDto,
  ReportProgressDto,
  RequestCooperationDto,
  RequestDeadlineExtensionDto,
  SubmitWorkPlanDto,
} from './dto/work.dtos';
import { CommandingRolesOnly } from '../auth/commanding-roles';

@ApiTags('task commands')
@ApiBearerAuth()
@ApiOkResponse({ type: CommandResponse })
@CommandingRolesOnly()
@Controller('api/tasks/:taskId')
export class TaskWorkController {
  constructor(private readonly runner: TaskCommandRunner) {}

  @Post('plan')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the work plan with milestones (工作打算) — lead unit or its leader' })
  submitPlan(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: SubmitWorkPlanDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, (commandId) => ({
      type: 'SubmitWorkPlan',
      data: { plan: body.plan, milestones: body.milestones.map((m, i) => ({ milestoneId: newIdFor(commandId, `milestone-${i}`), title: m.title, dueOn: m.dueOn })) },
    }));
  }

  @Post('progress')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report progress (进展汇报), optionally answering an urge — lead unit, its leader or a co-unit' })
  reportProgress(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReportProgressDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'ReportProgress', data: { ...body } }));
  }

  @Post('milestones/:milestoneId/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete a milestone — lead unit' })
  completeMilestone(@Param('taskId', EntityIdPipe) taskId: string, @Param('milestoneId', EntityIdPipe) milestoneId: string, @Body() _: EmptyDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'CompleteMilestone', data: { milestoneId } }));
  }

  @Post('outcomes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record an outcome: a typical case, a rule, a system built (成果) — lead unit' })
  recordOutcome(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: RecordOutcomeDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, (commandId) => ({ type: 'RecordOutcome', data: { outcomeId: newIdFor(commandId, 'outcome'), ...body } }));
  }

  @Post('cooperation-requests')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask a unit to co-operate or pass on leads (协作配合, 线索移送) — lead unit' })
  requestCooperation(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: RequestCooperationDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, (commandId) => ({ type: 'RequestCooperation', data: { requestId: newIdFor(commandId, 'cooperation'), ...body } }));
  }

  @Post('cooperation-requests/:requestId/provide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer a co-operation request — the unit asked' })
  provideCooperation(@Param('taskId', EntityIdPipe) taskId: string, @Param('requestId', EntityIdPipe) requestId: string, @Body() body: ProvideCooperationDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'ProvideCooperation', data: { requestId, response: body.response } }));
  }

  @Post('instructions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record an instruction (批示) — the task’s leader' })
  recordInstruction(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: RecordInstructionDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'RecordInstruction', data: { text: body.text } }));
  }

  @Post('urge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Urge the task (催办) — supervisor' })
  urge(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: IssueUrgeNoticeDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, (commandId) => ({ type: 'IssueUrgeNotice', data: { urgeId: newIdFor(commandId, 'urge'), ...body } }));
  }

  @Post('extension-requests')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask for a later deadline, before the deadline (申请延期) — lead unit' })
  requestExtension(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: RequestDeadlineExtensionDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, (commandId) => ({ type: 'RequestDeadlineExtension', data: { requestId: newIdFor(commandId, 'extension'), ...body } }));
  }

  @Post('extension-requests/:requestId/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Grant the extension — supervisor' })
  approveExtension(@Param('taskId', EntityIdPipe) taskId: string, @Param('requestId', EntityIdPipe) requestId: string, @Body() _: EmptyDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'ApproveDeadlineExtension', data: { requestId } }));
  }

  @Post('extension-requests/:requestId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse the extension — supervisor' })
  rejectExtension(@Param('taskId', EntityIdPipe) taskId: string, @Param('requestId', EntityIdPipe) requestId: string, @Body() body: ReasonDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'RejectDeadlineExtension', data: { requestId, reason: body.reason } }));
  }

  @Post('countersign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Countersign the completion (会签) — each co-unit' })
  countersign(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: OptionalCommentDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'CountersignCompletion', data: { ...body } }));
  }

  @Post('completion-report')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report completion (完成情况汇报); needs every co-unit’s countersign — lead unit' })
  reportCompletion(@Param('taskId', EntityIdPipe) taskId: string, @Body() body: ReportCompletionDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.runner.run(res, taskId, meta, () => ({ type: 'ReportCompletion', data: { summary: body.summary } }));
  }
}
