/**
 * A small builder that writes a task's history as the acts of its people, in order and dated,
 * so the demo data reads like the record it imitates. Each act becomes one command.
 */
import type { Actor, TaskCommand } from '@app/supervision';

export interface DemoAct {
  readonly on: string; // YYYY-MM-DD, the day of the act (10:00 Beijing time)
  readonly actor: Actor;
  readonly command: TaskCommand;
}

export interface DemoTaskDefinition {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly category: string;
  readonly leadLeaderId: string;
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  readonly deadline: string;
}

export const DEMO_SUPERVISOR: Actor = { userId: 'duban-office', role: 'supervisor' };

export function unitMember(unitId: string): Actor {
  return { userId: `${unitId}-staff`, role: 'unit', unitId };
}

export class DemoStory {
  readonly acts: DemoAct[] = [];
  private leadUnitId: string;
  private coUnitIds: readonly string[];

  constructor(
    readonly task: DemoTaskDefinition & { readonly taskId: string; readonly programmeId: string },
    issuedOn: string,
  ) {
    this.leadUnitId = task.leadUnitId;
    this.coUnitIds = task.coUnitIds;
    const { taskId, programmeId, code, title, description, category, leadLeaderId, leadUnitId, coUnitIds, deadline } =
      task;
    this.add(issuedOn, DEMO_SUPERVISOR, {
      type: 'IssueTask',
      data: {
        taskId,
        programmeId,
        code,
        title,
        description,
        category,
        leadLeaderId,
        leadUnitId,
        coUnitIds: [...coUnitIds],
        deadline,
      },
    });
  }

  acknowledge(on: string) {
    return this.add(on, this.lead(), { type: 'AcknowledgeTask', data: {} });
  }

  sendBack(on: string, reason: string) {
    return this.add(on, this.lead(), { type: 'SendBackTask', data: { reason } });
  }

  reassign(on: string, leadUnitId: string, coUnitIds: string[], reason: string) {
    this.add(on, DEMO_SUPERVISOR, { type: 'ReassignResponsibility', data: { leadUnitId, coUnitIds, reason } });
    this.leadUnitId = leadUnitId;
    this.coUnitIds = coUnitIds;
    return this;
  }

  plan(on: string, plan: string, milestones: [title: string, dueOn: string][]) {
    const withIds = milestones.map(([title, dueOn], i) => ({ milestoneId: this.milestoneId(i + 1), title, dueOn }));
    return this.add(on, this.lead(), { type: 'SubmitWorkPlan', data: { plan, milestones: withIds } });
  }

  progress(on: string, percent: number, summary: string, answersUrgeId?: string) {
    return this.add(on, this.lead(), {
      type: 'ReportProgress',
      data: { summary, percent, ...(answersUrgeId ? { answersUrgeId } : {}) },
    });
  }

  milestoneDone(on: string, number: number) {
    return this.add(on, this.lead(), { type: 'CompleteMilestone', data: { milestoneId: this.milestoneId(number) } });
  }

  outcome(on: string, kind: 'typical_case' | 'rule' | 'system' | 'report' | 'other', title: string) {
    return this.add(on, this.lead(), {
      type: 'RecordOutcome',
      data: { outcomeId: `${this.task.code}-o${this.acts.length}`, kind, title },
    });
  }

  instruction(on: string, text: string) {
    return this.add(
      on,
      { userId: this.task.leadLeaderId, role: 'leader' },
      { type: 'RecordInstruction', data: { text } },
    );
  }

  urge(on: string, urgeId: string, reason: string, replyDueOn: string) {
    return this.add(on, DEMO_SUPERVISOR, { type: 'IssueUrgeNotice', data: { urgeId, reason, replyDueOn } });
  }

  askCooperation(on: string, requestId: string, fromUnitId: string, subject: string) {
    return this.add(on, this.lead(), { type: 'RequestCooperation', data: { requestId, fromUnitId, subject } });
  }

  provideCooperation(on: string, requestId: string, byUnitId: string, response: string) {
    return this.add(on, unitMember(byUnitId), { type: 'ProvideCooperation', data: { requestId, response } });
  }

  requestExtension(on: string, requestId: string, requestedDeadline: string, reason: string) {
    return this.add(on, this.lead(), {
      type: 'RequestDeadlineExtension',
      data: { requestId, requestedDeadline, reason },
    });
  }

  approveExtension(on: string, requestId: string) {
    return this.add(on, DEMO_SUPERVISOR, { type: 'ApproveDeadlineExtension', data: { requestId } });
  }

  countersign(on: string, unitId: string) {
    return this.add(on, unitMember(unitId), { type: 'CountersignCompletion', data: { comment: '同意报送' } });
  }

  countersignAll(on: string) {
    for (const unitId of this.coUnitIds)
      this.add(on, unitMember(unitId), { type: 'CountersignCompletion', data: { comment: '同意报送' } });
    return this;
  }

  reportCompletion(on: string, summary: string) {
    return this.add(on, this.lead(), { type: 'ReportCompletion', data: { summary } });
  }

  accept(on: string, comment?: string) {
    return this.add(on, DEMO_SUPERVISOR, { type: 'AcceptCompletion', data: comment ? { comment } : {} });
  }

  returnForRework(on: string, reason: string) {
    return this.add(on, DEMO_SUPERVISOR, { type: 'ReturnCompletion', data: { reason } });
  }

  rate(on: string, rating: 'excellent' | 'good' | 'pass' | 'fail') {
    return this.add(on, DEMO_SUPERVISOR, { type: 'RateTask', data: { rating } });
  }

  openLookBack(on: string, reviewId: string, findings: string) {
    return this.add(on, DEMO_SUPERVISOR, { type: 'OpenLookBackReview', data: { reviewId, findings } });
  }

  reportRectification(on: string, summary: string) {
    return this.add(on, this.lead(), { type: 'ReportRectification', data: { summary } });
  }

  suspend(on: string, reason: string) {
    return this.add(on, DEMO_SUPERVISOR, { type: 'SuspendTask', data: { reason } });
  }

  cancel(on: string, reason: string) {
    return this.add(on, DEMO_SUPERVISOR, { type: 'CancelTask', data: { reason } });
  }

  private lead(): Actor {
    return unitMember(this.leadUnitId);
  }

  private milestoneId(number: number): string {
    return `${this.task.code}-m${number}`;
  }

  private add(on: string, actor: Actor, command: TaskCommand): this {
    this.acts.push({ on, actor, command });
    return this;
  }
}
