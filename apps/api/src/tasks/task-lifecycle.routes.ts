/**
 * Issuing and routing a task, and the supervisor's decisions on it (立项交办, 签收, 退回, 改派, 办结, 回头看, 中止, 撤销):
 * each command's body and its route, declared together (task-command-routes.ts).
 */
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, Matches } from 'class-validator';
import { newIdFor } from '@app/commands';
import { ID_ITEMS, ID_PATTERN, IsCalendarDate, IsEntityId, IsText } from '../http/validation/validators';
import { AttachmentDto, Attachments, attachmentsOf } from './dto/attachment.dto';
import { EmptyDto, OptionalCommentDto, ReasonDto } from './dto/reason.dto';
import { taskCommand } from './task-command-routes';

export class IssueTaskDto {
  @IsEntityId('task id; generated when absent (from the Idempotency-Key when one is sent)', true)
  taskId?: string;
  @IsEntityId('the programme (督办批次) the task belongs to', false, 'spp-2022')
  programmeId: string;
  @IsText('code within the programme, e.g. 2022-07', 40)
  code: string;
  @IsText('title', 200)
  title: string;
  @IsText('description', 5000)
  description: string;
  @IsText('line of work, e.g. 未成年人检察', 40)
  category: string;
  @IsEntityId('the leader in charge (分管院领导)', false, 'leader-juvenile')
  leadLeaderId: string;
  @IsEntityId('the lead unit (牵头单位)', false, 'dept-9')
  leadUnitId: string;
  @ApiProperty({
    description: 'co-operating units (配合单位)',
    type: 'array',
    items: { ...ID_ITEMS, example: 'dept-1' },
    maxItems: 30,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: 'each co-unit id must be 1-80 letters, digits, _ . : or -' })
  coUnitIds: string[];
  @IsCalendarDate('deadline (办结时限)')
  deadline: string;
}

export class ReassignResponsibilityDto {
  @IsEntityId('the new lead unit', false, 'dept-6')
  leadUnitId: string;
  @ApiProperty({
    description: 'the co-operating units from now on',
    type: 'array',
    items: { ...ID_ITEMS, example: 'dept-1' },
    maxItems: 30,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: 'each co-unit id must be 1-80 letters, digits, _ . : or -' })
  coUnitIds: string[];
  @IsEntityId('the new leader in charge, when it changes', true, 'leader-civil')
  leadLeaderId?: string;
  @IsText('why', 2000)
  reason: string;
}

export const RATINGS = ['excellent', 'good', 'pass', 'fail'] as const;

export class RateTaskDto {
  @ApiProperty({ enum: RATINGS, description: 'excellent 优秀, good 良好, pass 合格, fail 不合格' })
  @IsIn(RATINGS)
  rating: (typeof RATINGS)[number];
}

export class OpenLookBackReviewDto {
  @IsText('findings (回头看发现的问题)', 5000)
  findings: string;
}

export class ReportRectificationDto {
  @IsText('rectification done (整改情况)', 5000)
  summary: string;
  @Attachments()
  attachments?: AttachmentDto[];
}

export class CloseLookBackReviewDto {
  @IsText('conclusion', 5000)
  conclusion: string;
}

export const TASK_LIFECYCLE_ROUTES = {
  issue: taskCommand({
    path: '',
    body: IssueTaskDto,
    doc: {
      summary: 'Issue a task (立项交办) — supervisor',
      description:
        'Puts a task of a launched programme on the ledger with its lead unit, co-units, leader in charge and deadline; the lead unit must then acknowledge it. The task id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/tasks/{taskId}.',
      parties: ['supervisor'],
      creates: 'the task',
      locatedAt: '/api/tasks/{taskId}',
      conflicts: 'TASK_ALREADY_ISSUED',
      rules: 'e.g. UNKNOWN_PROGRAMME, UNKNOWN_UNIT, UNKNOWN_LEADER, a deadline before the issue date',
    },
    command: ({ taskId: givenId, ...data }, { commandId }) => ({
      type: 'IssueTask',
      // Derived from the command id, so a retried Idempotency-Key lands on the same stream.
      data: { taskId: givenId ?? newIdFor(commandId, 'task'), ...data },
    }),
  }),
  acknowledge: taskCommand({
    path: ':taskId/acknowledge',
    body: EmptyDto,
    doc: {
      summary: 'Acknowledge the task (签收) — lead unit',
      description: 'The lead unit takes the task on; from then on it plans and reports. Takes no field: send {}.',
      parties: ['leadUnit'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is no longer waiting to be acknowledged',
    },
    command: () => ({ type: 'AcknowledgeTask', data: {} }),
  }),
  sendBack: taskCommand({
    path: ':taskId/send-back',
    body: ReasonDto,
    doc: {
      summary: 'Send a misrouted task back (退回) — lead unit',
      description: 'The lead unit says the task is not its to lead, with the reason; the supervisor then reassigns it.',
      parties: ['leadUnit'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task was already acknowledged',
    },
    command: (body) => ({ type: 'SendBackTask', data: { reason: body.reason } }),
  }),
  reassign: taskCommand({
    path: ':taskId/reassign',
    body: ReassignResponsibilityDto,
    doc: {
      summary: 'Reassign responsibility (改派) — supervisor',
      description:
        'Gives the task a new lead unit and co-units (and, when it changes, a new leader in charge), with the reason; the new lead unit acknowledges it again.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      rules: 'e.g. an unknown unit or leader',
    },
    command: (body) => ({ type: 'ReassignResponsibility', data: { ...body } }),
  }),
  accept: taskCommand({
    path: ':taskId/accept',
    body: OptionalCommentDto,
    doc: {
      summary: 'Accept the completion (办结) — supervisor',
      description:
        'Accepts the completion the lead unit reported: the task is completed (on time or not, by its original deadline).',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'COMPLETION_NOT_REPORTED',
    },
    command: (body) => ({ type: 'AcceptCompletion', data: { ...body } }),
  }),
  returnCompletion: taskCommand({
    path: ':taskId/return',
    body: ReasonDto,
    doc: {
      summary: 'Return the completion for more work (退回重办) — supervisor',
      description:
        'Sends a reported completion back with the reason; the task is in progress again and the co-units countersign anew.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'COMPLETION_NOT_REPORTED',
    },
    command: (body) => ({ type: 'ReturnCompletion', data: { reason: body.reason } }),
  }),
  rate: taskCommand({
    path: ':taskId/rating',
    body: RateTaskDto,
    doc: {
      summary: 'Rate a completed task (评价) — supervisor',
      description: 'Rates a completed task: excellent 优秀, good 良好, pass 合格 or fail 不合格.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'the task is not completed',
    },
    command: (body) => ({ type: 'RateTask', data: { rating: body.rating } }),
  }),
  openLookBack: taskCommand({
    path: ':taskId/look-back',
    body: OpenLookBackReviewDto,
    doc: {
      summary: 'Open a look-back review (回头看) — supervisor',
      description:
        'Reopens a completed task for a look-back with the findings; the lead unit reports rectification. The review id is answered in created.reviewId.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'the task is not completed, or a review is open',
    },
    command: (body, { commandId }) => ({
      type: 'OpenLookBackReview',
      data: { reviewId: newIdFor(commandId, 'review'), findings: body.findings },
    }),
  }),
  reportRectification: taskCommand({
    path: ':taskId/rectification',
    body: ReportRectificationDto,
    doc: {
      summary: 'Report rectification during a look-back (整改) — lead unit',
      description: 'The lead unit reports what it rectified on the open look-back review.',
      parties: ['leadUnit'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'no look-back review is open',
    },
    command: (body) => ({ type: 'ReportRectification', data: { summary: body.summary, ...attachmentsOf(body) } }),
  }),
  closeLookBack: taskCommand({
    path: ':taskId/look-back/close',
    body: CloseLookBackReviewDto,
    doc: {
      summary: 'Close the look-back review — supervisor',
      description: 'Closes the open look-back review with its conclusion; the task is completed again.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'no look-back review is open',
    },
    command: (body) => ({ type: 'CloseLookBackReview', data: { conclusion: body.conclusion } }),
  }),
  suspend: taskCommand({
    path: ':taskId/suspend',
    body: ReasonDto,
    doc: {
      summary: 'Suspend the task (中止) — supervisor',
      description: 'Puts the task on hold with the reason: its deadline is not watched until it is resumed.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is finished or already suspended',
    },
    command: (body) => ({ type: 'SuspendTask', data: { reason: body.reason } }),
  }),
  resume: taskCommand({
    path: ':taskId/resume',
    body: ReasonDto,
    doc: {
      summary: 'Resume a suspended task — supervisor',
      description: 'Takes a suspended task up again, with the reason; it returns to the stage it was suspended in.',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'the task is not suspended',
    },
    command: (body) => ({ type: 'ResumeTask', data: { reason: body.reason } }),
  }),
  cancel: taskCommand({
    path: ':taskId/cancel',
    body: ReasonDto,
    doc: {
      summary: 'Cancel the task (撤销), for good — supervisor',
      description: 'Cancels the task with the reason; a cancelled task accepts no command again (TASK_CANCELLED).',
      parties: ['supervisor'],
      notFound: 'no such task (TASK_NOT_FOUND)',
      conflicts: 'e.g. the task is completed or already cancelled',
    },
    command: (body) => ({ type: 'CancelTask', data: { reason: body.reason } }),
  }),
};
