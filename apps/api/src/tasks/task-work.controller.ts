/** What units and leaders do on a task: plan, report, milestones, outcomes, co-operation, instructions, urging and deadlines. */
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandMeta } from '../http/command-meta.decorator';
import { newIdFor, type IdentifiedRequest } from '@app/commands';
import { CommandRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import { CommandSender } from '../commands/command-sender';
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
import { copyAttachment } from './dto/copy-attachment';

@ApiTags('task commands')
// The floor for a route that forgets its own parties: no auditor, reader or admin reaches a command.
@CommandingRolesOnly()
@Controller('api/tasks/:taskId')
export class TaskWorkController {
  constructor(private readonly commands: CommandSender) {}

  @Post('plan')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Submit the work plan with milestones (工作打算) — lead unit or its leader',
    description:
      'The plan and its milestones, each with a due date; the server gives each milestone its id (answered in created.milestoneIds). A later plan replaces the earlier one.',
    parties: ['leadUnit', 'taskLeader'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is not acknowledged yet',
    rules: 'e.g. a milestone due after the deadline',
  })
  submitPlan(
    @IdParam('taskId') taskId: string,
    @Body() body: SubmitWorkPlanDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      {
        type: 'SubmitWorkPlan',
        data: {
          plan: body.plan,
          milestones: body.milestones.map((m, i) => ({
            milestoneId: newIdFor(meta.commandId, `milestone-${i}`),
            title: m.title,
            dueOn: m.dueOn,
          })),
        },
      },
      meta,
    );
  }

  @Post('progress')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Report progress (进展汇报), optionally answering an urge — lead unit, its leader or a co-unit',
    description:
      'What was done and how far the task is (percent); with answersUrgeId it answers an urge notice. A co-unit reports its own part.',
    parties: ['leadUnit', 'taskLeader', 'coUnit'],
    notFound: 'no such task (TASK_NOT_FOUND), or no such urge notice (URGE_NOT_FOUND)',
    conflicts: 'e.g. the task is not in progress',
  })
  reportProgress(
    @IdParam('taskId') taskId: string,
    @Body() body: ReportProgressDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      {
        type: 'ReportProgress',
        data: { ...body, ...(body.attachments ? { attachments: body.attachments.map(copyAttachment) } : {}) },
      },
      meta,
    );
  }

  @Post('milestones/:milestoneId/complete')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Complete a milestone — lead unit',
    description: 'Marks a milestone of the plan done. Takes no field: send {}.',
    parties: ['leadUnit'],
    notFound: 'no such task (TASK_NOT_FOUND), or no such milestone (MILESTONE_NOT_FOUND)',
    conflicts: 'e.g. the milestone is already done',
  })
  completeMilestone(
    @IdParam('taskId') taskId: string,
    @IdParam('milestoneId') milestoneId: string,
    @Body() _: EmptyDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(taskId, { type: 'CompleteMilestone', data: { milestoneId } }, meta);
  }

  @Post('outcomes')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Record an outcome: a typical case, a rule, a system built (成果) — lead unit or a co-unit',
    description:
      'Adds an outcome of the work (典型案例, 规范性文件, 制度机制, 调研报告); its id is answered in created.outcomeId.',
    parties: ['leadUnit', 'coUnit'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is not in progress',
  })
  recordOutcome(
    @IdParam('taskId') taskId: string,
    @Body() body: RecordOutcomeDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      {
        type: 'RecordOutcome',
        data: {
          outcomeId: newIdFor(meta.commandId, 'outcome'),
          ...body,
          ...(body.attachments ? { attachments: body.attachments.map(copyAttachment) } : {}),
        },
      },
      meta,
    );
  }

  @Post('cooperation-requests')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Ask a unit to co-operate or pass on leads (协作配合, 线索移送) — lead unit or a co-unit',
    description:
      'Asks another unit for help or for leads on the task; the request id is answered in created.requestId, and the unit asked answers it.',
    parties: ['leadUnit', 'coUnit'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is not in progress',
    rules: 'e.g. an unknown unit',
  })
  requestCooperation(
    @IdParam('taskId') taskId: string,
    @Body() body: RequestCooperationDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      { type: 'RequestCooperation', data: { requestId: newIdFor(meta.commandId, 'cooperation'), ...body } },
      meta,
    );
  }

  @Post('cooperation-requests/:requestId/provide')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Answer a co-operation request — the unit asked',
    description: 'The unit that was asked answers the co-operation request.',
    parties: ['coUnit'],
    notFound: 'no such task (TASK_NOT_FOUND), or no such request (COOPERATION_REQUEST_NOT_FOUND)',
    conflicts: 'e.g. the request was already answered',
  })
  provideCooperation(
    @IdParam('taskId') taskId: string,
    @IdParam('requestId') requestId: string,
    @Body() body: ProvideCooperationDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      { type: 'ProvideCooperation', data: { requestId, response: body.response } },
      meta,
    );
  }

  @Post('instructions')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Record an instruction (批示) — the task’s leader',
    description: 'The leader in charge records an instruction on the task; it shows in the detail and the timeline.',
    parties: ['taskLeader'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is finished',
  })
  recordInstruction(
    @IdParam('taskId') taskId: string,
    @Body() body: RecordInstructionDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(taskId, { type: 'RecordInstruction', data: { text: body.text } }, meta);
  }

  @Post('urge')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Urge the task (催办) — supervisor',
    description:
      'Sends an urge notice with the reason and the date a reply is due by; its id is answered in created.urgeId, and a progress report answers it (answersUrgeId).',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is finished',
    rules: 'e.g. a reply date in the past',
  })
  urge(@IdParam('taskId') taskId: string, @Body() body: IssueUrgeNoticeDto, @CommandMeta() meta: IdentifiedRequest) {
    return this.commands.toTask(
      taskId,
      { type: 'IssueUrgeNotice', data: { urgeId: newIdFor(meta.commandId, 'urge'), ...body } },
      meta,
    );
  }

  @Post('extension-requests')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Ask for a later deadline, before the deadline (申请延期) — lead unit',
    description:
      'Asks for a later deadline with the reason, before the deadline in force; its id is answered in created.requestId, and the supervisor approves or rejects it.',
    parties: ['leadUnit'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. a request is already open',
    rules: 'e.g. a date not after the deadline in force, or the deadline has passed',
  })
  requestExtension(
    @IdParam('taskId') taskId: string,
    @Body() body: RequestDeadlineExtensionDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      { type: 'RequestDeadlineExtension', data: { requestId: newIdFor(meta.commandId, 'extension'), ...body } },
      meta,
    );
  }

  @Post('extension-requests/:requestId/approve')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Grant the extension — supervisor',
    description:
      'Approves an open extension request: the requested date becomes the deadline in force (the original one is kept for the on-time rate). Takes no field: send {}.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND), or no such request (EXTENSION_REQUEST_NOT_FOUND)',
    conflicts: 'the request is not open',
  })
  approveExtension(
    @IdParam('taskId') taskId: string,
    @IdParam('requestId') requestId: string,
    @Body() _: EmptyDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(taskId, { type: 'ApproveDeadlineExtension', data: { requestId } }, meta);
  }

  @Post('extension-requests/:requestId/reject')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Refuse the extension — supervisor',
    description: 'Rejects an open extension request with the reason; the deadline stays.',
    parties: ['supervisor'],
    notFound: 'no such task (TASK_NOT_FOUND), or no such request (EXTENSION_REQUEST_NOT_FOUND)',
    conflicts: 'the request is not open',
  })
  rejectExtension(
    @IdParam('taskId') taskId: string,
    @IdParam('requestId') requestId: string,
    @Body() body: ReasonDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      { type: 'RejectDeadlineExtension', data: { requestId, reason: body.reason } },
      meta,
    );
  }

  @Post('countersign')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Countersign the completion (会签) — each co-unit',
    description: 'A co-unit signs off its part before the lead unit reports completion; an optional comment.',
    parties: ['coUnit'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. already countersigned, or the task is not in progress',
  })
  countersign(
    @IdParam('taskId') taskId: string,
    @Body() body: OptionalCommentDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(taskId, { type: 'CountersignCompletion', data: { ...body } }, meta);
  }

  @Post('completion-report')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Report completion (完成情况汇报); needs every co-unit’s countersign — lead unit',
    description: 'The lead unit reports the task complete with its summary; the supervisor then accepts or returns it.',
    parties: ['leadUnit'],
    notFound: 'no such task (TASK_NOT_FOUND)',
    conflicts: 'e.g. the task is not in progress',
    rules: 'e.g. a co-unit has not countersigned',
  })
  reportCompletion(
    @IdParam('taskId') taskId: string,
    @Body() body: ReportCompletionDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toTask(
      taskId,
      {
        type: 'ReportCompletion',
        data: {
          summary: body.summary,
          ...(body.attachments ? { attachments: body.attachments.map(copyAttachment) } : {}),
        },
      },
      meta,
    );
  }
}
