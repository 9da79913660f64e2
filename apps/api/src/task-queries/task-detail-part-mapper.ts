/** Copies each nested part of a task's state into its declared view, field by field: a field the state gains stays out of the answer until a view declares it. */
import {
  EVENT_TYPE_LABELS,
  RATING_LABELS,
  type TaskEvidenceFile,
  type CooperationRequest,
  type Countersign,
  type ExtensionRequest,
  type LookBackReview,
  type Milestone,
  type Outcome,
  type ProgressReport,
  type Task,
  type Urge,
} from '@app/supervision';
import type { NamedRef } from './named-ref';
import type {
  AcceptanceView,
  CancellationView,
  CompletionReportView,
  CompletionReturnView,
  CooperationView,
  CountersignView,
  EvidenceFileRefView,
  ExtensionRequestView,
  InstructionView,
  LookBackReviewView,
  MilestoneView,
  MissedDeadlineView,
  OutcomeView,
  ProgressReportView,
  RatingView,
  SendBackView,
  UrgeView,
  WorkPlanView,
} from './task-detail-parts';

type Names = (id: string) => NamedRef;

export const workPlanView = (plan: NonNullable<Task['plan']>): WorkPlanView => ({
  text: plan.text,
  submittedAt: plan.submittedAt,
});

export const milestoneView = (m: Milestone): MilestoneView => ({
  milestoneId: m.milestoneId,
  title: m.title,
  dueOn: m.dueOn,
  completedAt: m.completedAt,
});

export const progressReportView = (r: ProgressReport): ProgressReportView => ({
  summary: r.summary,
  percent: r.percent,
  answersUrgeId: r.answersUrgeId,
  reportedBy: { kind: r.reportedBy.kind, id: r.reportedBy.id },
  reportedAt: r.reportedAt,
});

export const instructionView = (i: Task['instructions'][number], officials: Names): InstructionView => ({
  leaderId: i.leaderId,
  text: i.text,
  recordedAt: i.recordedAt,
  leader: officials(i.leaderId),
});

export const urgeView = (u: Urge): UrgeView => ({
  urgeId: u.urgeId,
  reason: u.reason,
  replyDueOn: u.replyDueOn,
  issuedAt: u.issuedAt,
  answeredAt: u.answeredAt,
});

export const extensionRequestView = (r: ExtensionRequest): ExtensionRequestView => ({
  requestId: r.requestId,
  currentDeadline: r.currentDeadline,
  requestedDeadline: r.requestedDeadline,
  reason: r.reason,
  requestedAt: r.requestedAt,
  decision: r.decision,
  decidedAt: r.decidedAt,
  rejectionReason: r.rejectionReason,
});

export const cooperationView = (r: CooperationRequest, units: Names): CooperationView => ({
  requestId: r.requestId,
  requestedByUnitId: r.requestedByUnitId,
  fromUnitId: r.fromUnitId,
  subject: r.subject,
  requestedAt: r.requestedAt,
  response: r.response,
  providedAt: r.providedAt,
  requestedBy: units(r.requestedByUnitId),
  from: units(r.fromUnitId),
});

export const outcomeView = (o: Outcome): OutcomeView => ({
  outcomeId: o.outcomeId,
  kind: o.kind,
  title: o.title,
  description: o.description,
  unitId: o.unitId,
  recordedAt: o.recordedAt,
});

export const countersignView = (unit: NamedRef, c: Countersign): CountersignView => ({
  unit,
  comment: c.comment,
  countersignedAt: c.countersignedAt,
});

export const completionReportView = (r: NonNullable<Task['completionReport']>): CompletionReportView => ({
  summary: r.summary,
  outcomeIds: [...r.outcomeIds],
  reportedAt: r.reportedAt,
});

export const completionReturnView = (r: Task['completionReturns'][number]): CompletionReturnView => ({
  reason: r.reason,
  returnedAt: r.returnedAt,
});

export const acceptanceView = (a: NonNullable<Task['acceptance']>): AcceptanceView => ({
  comment: a.comment,
  acceptedAt: a.acceptedAt,
});

export const ratingView = (r: NonNullable<Task['rating']>): RatingView => ({
  rating: r.rating,
  ratedAt: r.ratedAt,
  label: RATING_LABELS[r.rating],
});

export const lookBackReviewView = (r: LookBackReview): LookBackReviewView => ({
  reviewId: r.reviewId,
  findings: r.findings,
  openedAt: r.openedAt,
  rectifications: r.rectifications.map((step) => ({ summary: step.summary, reportedAt: step.reportedAt })),
  conclusion: r.conclusion,
  closedAt: r.closedAt,
});

export const evidenceFileView = (taskId: string, f: TaskEvidenceFile): EvidenceFileRefView => {
  const labels: Readonly<Record<string, string>> = EVENT_TYPE_LABELS;
  return {
    sha256: f.sha256,
    name: f.name,
    mediaType: f.mediaType,
    size: f.size,
    attachedBy: f.attachedBy,
    attachedByLabel: Object.hasOwn(labels, f.attachedBy) ? labels[f.attachedBy] : f.attachedBy,
    attachedAt: f.attachedAt,
    href: `/api/tasks/${encodeURIComponent(taskId)}/files/${f.sha256}`,
  };
};

export const missedDeadlineView = (m: Task['missedDeadlines'][number]): MissedDeadlineView => ({
  deadline: m.deadline,
  recordedAt: m.recordedAt,
});

export const sendBackView = (s: NonNullable<Task['sentBack']>): SendBackView => ({
  reason: s.reason,
  sentBackAt: s.sentBackAt,
});

export const cancellationView = (c: NonNullable<Task['cancellation']>): CancellationView => ({
  reason: c.reason,
  cancelledAt: c.cancelledAt,
});

/** An absent part is null in the answer; a present one goes through its view. */
export const optional = <T, V>(value: T | null, view: (value: T) => V): V | null =>
  value == null ? null : view(value);
