/**
 * What units and leaders do on a task (plan, report, milestones, outcomes, co-operation, instructions, urging,
 * deadlines, countersign, completion): each command's body and its route, declared together (task-command-routes.ts).
 */
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { newIdFor } from '@app/commands';
import { IsCalendarDate, IsEntityId, IsText } from '../http/validation/validators';
import { AttachmentDto, Attachments, attachmentsOf } from './dto/attachment.dto';
import { EmptyDto, OptionalCommentDto, ReasonDto } from './dto/reason.dto';
import { taskCommand } from './task-command-routes';

export class MilestoneDto {
  @IsText('milestone', 200)
  title: string;
  @IsCalendarDate('due date')
  dueOn: string;
}

export class SubmitWorkPlanDto {
  @IsText('the work plan (工作打算)', 10000)
  plan: string;
  @ApiProperty({
    type: [MilestoneDto],
    maxItems: 50,
    description: 'the milestones; the server gives each its id (answered in created.milestoneIds)',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones: MilestoneDto[];
}

export class ReportProgressDto {
  @IsText('what was done (进展情况)', 5000)
  summary: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: 'how far the task is, in percent',
    example: 40,
  })
  @IsInt()
  @Min(0)
  @Max(100)
  percent: number;
  @IsEntityId('the urge notice this report answers', true)
  answersUrgeId?: string;
  @Attachments()
  attachments?: AttachmentDto[];
}

export const OUTCOME_KINDS = ['typical_case', 'rule', 'system', 'report', 'other'] as const;

export class RecordOutcomeDto {
  @ApiProperty({
    enum: OUTCOME_KINDS,
    description: 'typical_case 典型案例, rule 规范性文件, system 制度机制, report 调研报告, other 其他',
  })
  @IsIn(OUTCOME_KINDS)
  kind: (typeof OUTCOME_KINDS)[number];
  @IsText('title', 200)
  title: string;
  @IsText('description', 5000, true)
  description?: string;
  @Attachments()
  attachments?: AttachmentDto[];
}

export class RequestCooperationDto {
  @IsEntityId('the unit asked to co-operate', false, 'dept-1')
  fromUnitId: string;
  @IsText('what is asked (协作事项 / 线索移送)', 2000)
  subject: string;
}

export class ProvideCooperationDto {
  @IsText('the answer', 5000)
  response: string;
}

export class RecordInstructionDto {
  @IsText('the instruction (批示)', 5000)
  text: string;
}

export class IssueUrgeNoticeDto {
  @IsText('why the task is urged (催办事由)', 2000)
  reason: string;
  @IsCalendarDate('reply due by')
  replyDueOn: string;
}

export class RequestDeadlineExtensionDto {
  @IsCalendarDate('the deadline asked for')
  requestedDeadline: string;
  @IsText('why', 2000)
  reason: string;
}

export class ReportCompletionDto {
  @IsText('completion report (完成情况)', 10000)
  summary: string;
  @Attachments()
  attachments?: AttachmentDto[];
}

export const TASK_WORK_ROUTES = {
  submitPlan: taskCommand({
    path: ':taskId/plan',
    body: SubmitWorkPlanDto,
    doc: {
      summary: 'Submit the work plan with milestones (工作打算) — lead unit or its leader',
      description:
        'The plan and its milestones, each with a due date; the server gives each milestone its id (answered in created.milestoneIds). A later plan replaces the earlier one.',
      parties: ['leadUnit', 'taskLeader'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is not acknowledged yet',
      rules: 'e.g. a milestone due after the deadline',
    },
    command: (body, { commandId }) => ({
      type: 'SubmitWorkPlan',
      data: {
        plan: body.plan,
        milestones: body.milestones.map((m, i) => ({
          milestoneId: newIdFor(commandId, `milestone-${i}`),
          title: m.title,
          dueOn: m.dueOn,
        })),
      },
    }),
  }),
  reportProgress: taskCommand({
    path: ':taskId/progress',
    body: ReportProgressDto,
    doc: {
      summary: 'Report progress (进展汇报), optionally answering an urge — lead unit, its leader or a co-unit',
      description:
        'What was done and how far the task is (percent); with answersUrgeId it answers an urge notice. A co-unit reports its own part.',
      parties: ['leadUnit', 'taskLeader', 'coUnit'],
      notFound: 'no such task (TASK_NOT_FOUND), or no such urge notice (URGE_NOT_FOUND)',
      conflicts: 'e.g. the task is not in progress',
    },
    command: (body) => ({ type: 'ReportProgress', data: { ...body, ...attachmentsOf(body) } }),
  }),
  completeMilestone: taskCommand({
    path: ':taskId/milestones/:milestoneId/complete',
    body: EmptyDto,
    doc: {
      summary: 'Complete a milestone — lead unit',
      description: 'Marks a milestone of the plan done. Takes no field: send {}.',
      parties: ['leadUnit'],
      notFound: 'no such task (TASK_NOT_FOUND), or no such milestone (MILESTONE_NOT_FOUND)',
      conflicts: 'e.g. the milestone is already done',
    },
    command: (_, { ids }) => ({ type: 'CompleteMilestone', data: { milestoneId: ids.milestoneId } }),
  }),
  recordOutcome: taskCommand({
    path: ':taskId/outcomes',
    body: RecordOutcomeDto,
    doc: {
      summary: 'Record an outcome: a typical case, a rule, a system built (成果) — lead unit or a co-unit',
      description:
        'Adds an outcome of the work (典型案例, 规范性文件, 制度机制, 调研报告); its id is answered in created.outcomeId.',
      parties: ['leadUnit', 'coUnit'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is not in progress',
    },
    command: (body, { commandId }) => ({
      type: 'RecordOutcome',
      data: { outcomeId: newIdFor(commandId, 'outcome'), ...body, ...attachmentsOf(body) },
    }),
  }),
  requestCooperation: taskCommand({
    path: ':taskId/cooperation-requests',
    body: RequestCooperationDto,
    doc: {
      summary: 'Ask a unit to co-operate or pass on leads (协作配合, 线索移送) — lead unit or a co-unit',
      description:
        'Asks another unit for help or for leads on the task; the request id is answered in created.requestId, and the unit asked answers it.',
      parties: ['leadUnit', 'coUnit'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is not in progress',
      rules: 'e.g. an unknown unit',
    },
    command: (body, { commandId }) => ({
      type: 'RequestCooperation',
      data: { requestId: newIdFor(commandId, 'cooperation'), ...body },
    }),
  }),
  provideCooperation: taskCommand({
    path: ':taskId/cooperation-requests/:requestId/provide',
    body: ProvideCooperationDto,
    doc: {
      summary: 'Answer a co-operation request — the unit asked',
      description: 'The unit that was asked answers the co-operation request.',
      parties: ['coUnit'],
      notFound: 'no such task (TASK_NOT_FOUND), or no such request (COOPERATION_REQUEST_NOT_FOUND)',
      conflicts: 'e.g. the request was already answered',
    },
    command: (body, { ids }) => ({
      type: 'ProvideCooperation',
      data: { requestId: ids.requestId, response: body.response },
    }),
  }),
  recordInstruction: taskCommand({
    path: ':taskId/instructions',
    body: RecordInstructionDto,
    doc: {
      summary: 'Record an instruction (批示) — the task’s leader',
      description: 'The leader in charge records an instruction on the task; it shows in the detail and the timeline.',
      parties: ['taskLeader'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is finished',
    },
    command: (body) => ({ type: 'RecordInstruction', data: { text: body.text } }),
  }),
  urge: taskCommand({
    path: ':taskId/urge',
    body: IssueUrgeNoticeDto,
    doc: {
      summary: 'Urge the task (催办) — supervisor',
      description:
        'Sends an urge notice with the reason and the date a reply is due by; its id is answered in created.urgeId, and a progress report answers it (answersUrgeId).',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is finished',
      rules: 'e.g. a reply date in the past',
    },
    command: (body, { commandId }) => ({
      type: 'IssueUrgeNotice',
      data: { urgeId: newIdFor(commandId, 'urge'), ...body },
    }),
  }),
  requestExtension: taskCommand({
    path: ':taskId/extension-requests',
    body: RequestDeadlineExtensionDto,
    doc: {
      summary: 'Ask for a later deadline, before the deadline (申请延期) — lead unit',
      description:
        'Asks for a later deadline with the reason, before the deadline in force; its id is answered in created.requestId, and the supervisor approves or rejects it.',
      parties: ['leadUnit'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. a request is already open',
      rules: 'e.g. a date not after the deadline in force, or the deadline has passed',
    },
    command: (body, { commandId }) => ({
      type: 'RequestDeadlineExtension',
      data: { requestId: newIdFor(commandId, 'extension'), ...body },
    }),
  }),
  approveExtension: taskCommand({
    path: ':taskId/extension-requests/:requestId/approve',
    body: EmptyDto,
    doc: {
      summary: 'Grant the extension — supervisor',
      description:
        'Approves an open extension request: the requested date becomes the deadline in force (the original one is kept for the on-time rate). Takes no field: send {}.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND), or no such request (EXTENSION_REQUEST_NOT_FOUND)',
      conflicts: 'the request is not open',
    },
    command: (_, { ids }) => ({ type: 'ApproveDeadlineExtension', data: { requestId: ids.requestId } }),
  }),
  rejectExtension: taskCommand({
    path: ':taskId/extension-requests/:requestId/reject',
    body: ReasonDto,
    doc: {
      summary: 'Refuse the extension — supervisor',
      description: 'Rejects an open extension request with the reason; the deadline stays.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND), or no such request (EXTENSION_REQUEST_NOT_FOUND)',
      conflicts: 'the request is not open',
    },
    command: (body, { ids }) => ({
      type: 'RejectDeadlineExtension',
      data: { requestId: ids.requestId, reason: body.reason },
    }),
  }),
  countersign: taskCommand({
    path: ':taskId/countersign',
    body: OptionalCommentDto,
    doc: {
      summary: 'Countersign the completion (会签) — each co-unit',
      description: 'A co-unit signs off its part before the lead unit reports completion; an optional comment.',
      parties: ['coUnit'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. already countersigned, or the task is not in progress',
    },
    command: (body) => ({ type: 'CountersignCompletion', data: { ...body } }),
  }),
  reportCompletion: taskCommand({
    path: ':taskId/completion-report',
    body: ReportCompletionDto,
    doc: {
      summary: 'Report completion (完成情况汇报); needs every co-unit’s countersign — lead unit',
      description:
        'The lead unit reports the task complete with its summary; the supervisor then accepts or returns it.',
      parties: ['leadUnit'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is not in progress',
      rules: 'e.g. a co-unit has not countersigned',
    },
    command: (body) => ({ type: 'ReportCompletion', data: { summary: body.summary, ...attachmentsOf(body) } }),
  }),
};
