import { DeciderSpecification } from '@app/testing';
import { AccessDenied } from '../../src/kernel/domain-errors';
import { taskDecider } from '../../src/task/task.decider';
import type { TaskCommand, TaskCommandType } from '../../src/task/task.commands';
import { NO_COMMAND_ROLES, as, history, taskData } from './task.fixtures';

const spec = DeciderSpecification.for(taskDecider);

/** One sample of every task command: auditors, readers and admins may issue none of them. */
const EVERY_COMMAND: { [Type in TaskCommandType]: Extract<TaskCommand, { type: Type }>['data'] } = {
  IssueTask: { ...taskData, taskId: 'another-task' },
  AcknowledgeTask: {},
  SendBackTask: { reason: '职责不符' },
  ReassignResponsibility: { leadUnitId: 'dept-12', coUnitIds: [], reason: '改派' },
  SubmitWorkPlan: { plan: '计划', milestones: [] },
  ReportProgress: { summary: '进展', percent: 10 },
  CompleteMilestone: { milestoneId: 'm1' },
  RecordOutcome: { outcomeId: 'o1', kind: 'report', title: '报告' },
  RequestCooperation: { requestId: 'c1', fromUnitId: 'dept-3', subject: '线索移送' },
  ProvideCooperation: { requestId: 'c1', response: '已移送' },
  RecordInstruction: { text: '批示' },
  IssueUrgeNotice: { urgeId: 'u1', reason: '催办', replyDueOn: '2026-03-10' },
  RecordMissedDeadline: { deadline: '2026-12-31' },
  RequestDeadlineExtension: { requestId: 'x1', requestedDeadline: '2027-03-31', reason: '延期' },
  ApproveDeadlineExtension: { requestId: 'x1' },
  RejectDeadlineExtension: { requestId: 'x1', reason: '不同意' },
  CountersignCompletion: {},
  ReportCompletion: { summary: '完成' },
  AcceptCompletion: {},
  ReturnCompletion: { reason: '重办' },
  RateTask: { rating: 'good' },
  OpenLookBackReview: { reviewId: 'r1', findings: '问题' },
  ReportRectification: { summary: '整改' },
  CloseLookBackReview: { conclusion: '结束' },
  SuspendTask: { reason: '中止' },
  ResumeTask: { reason: '恢复' },
  CancelTask: { reason: '撤销' },
};
const commands = Object.entries(EVERY_COMMAND).map(([type, data]) => ({ type, data }) as TaskCommand);

describe('for roles that issue no command', () => {
  it('covers all 27 task commands', () => {
    expect(commands).toHaveLength(27);
  });

  describe.each(NO_COMMAND_ROLES)('%s', (_, actor) => {
    it.each(commands.map((command) => [command.type, command] as const))('refuses %s', (_, command) => {
      const error = spec
        .given(history.inProgress())
        .when(command, as(actor))
        .thenThrows(AccessDenied, 'ROLE_CANNOT_COMMAND');
      expect(error.details).toMatchObject({ role: actor.role, command: command.type });
    });
  });
});
