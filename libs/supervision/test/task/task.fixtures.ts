/** Fixtures for the task specs: the people, a fixed clock (Beijing time), the organisation, and a task's history as events. */
import type { Actor } from '../../src/kernel/actor';
import { fold } from '../../src/kernel/decider';
import { directoryDecider } from '../../src/directory/directory.decider';
import type { DirectoryEvent } from '../../src/directory/directory.events';
import { programmeDecider } from '../../src/programme/programme.decider';
import type { ProgrammeEvent } from '../../src/programme/programme.events';
import type { TaskCommandContext } from '../../src/task/task.context';
import type { TaskEvent } from '../../src/task/task.events';

/** 2026-03-02 09:00 in Beijing. */
export const NOW = new Date('2026-03-02T01:00:00.000Z');
export const AT = NOW.toISOString();
export const TODAY = '2026-03-02';
export const DEADLINE = '2026-12-31';
/** The first instant after the deadline day, in Beijing. */
export const AFTER_DEADLINE = new Date('2026-12-31T16:00:00.000Z');

export const SUPERVISOR: Actor = { userId: 'duban-office', role: 'supervisor' };
export const LEAD_UNIT: Actor = { userId: 'dept-9-staff', role: 'unit', unitId: 'dept-9' };
export const CO_UNIT: Actor = { userId: 'dept-1-staff', role: 'unit', unitId: 'dept-1' };
export const SECOND_CO_UNIT: Actor = { userId: 'dept-6-staff', role: 'unit', unitId: 'dept-6' };
export const OTHER_UNIT: Actor = { userId: 'dept-3-staff', role: 'unit', unitId: 'dept-3' };
export const LEADER: Actor = { userId: 'leader-juvenile', role: 'leader' };
export const OTHER_LEADER: Actor = { userId: 'leader-civil', role: 'leader' };
export const AUDITOR: Actor = { userId: 'inspection-auditor', role: 'auditor' };
export const READER: Actor = { userId: 'dashboard', role: 'reader' };
export const ADMIN: Actor = { userId: 'operator', role: 'admin' };
export const NO_COMMAND_ROLES: [string, Actor][] = [
  ['an auditor', AUDITOR],
  ['a reader', READER],
  ['an admin', ADMIN],
];

export const TASK_ID = 'task-2026-01';
export const PROGRAMME_ID = 'spp-2026';

export function as(actor: Actor, now: Date = NOW): TaskCommandContext {
  return { actor, now, programme: launchedProgramme(), directory: organisation() };
}

export function organisation() {
  const at = '2026-01-05T02:00:00.000Z';
  const events: DirectoryEvent[] = [
    ...['dept-1', 'dept-3', 'dept-6', 'dept-9', 'dept-12'].map((unitId): DirectoryEvent => ({
      type: 'UnitRegistered',
      data: { unitId, name: `${unitId}厅`, kind: 'department', registeredAt: at },
    })),
    {
      type: 'OfficialRegistered',
      data: {
        officialId: 'leader-juvenile',
        title: '分管未成年人检察的院领导',
        kind: 'leader',
        unitId: null,
        registeredAt: at,
      },
    },
    {
      type: 'OfficialRegistered',
      data: {
        officialId: 'leader-civil',
        title: '分管民事检察的院领导',
        kind: 'leader',
        unitId: null,
        registeredAt: at,
      },
    },
    {
      type: 'OfficialRegistered',
      data: {
        officialId: 'member-ip',
        title: '检委会专职委员',
        kind: 'committee_member',
        unitId: null,
        registeredAt: at,
      },
    },
    {
      type: 'OfficialRegistered',
      data: { officialId: 'clerk-9', title: '第九检察厅干部', kind: 'staff', unitId: 'dept-9', registeredAt: at },
    },
  ];
  return fold(directoryDecider.evolve, directoryDecider.initialState(), events);
}

export function launchedProgramme(...more: ProgrammeEvent[]) {
  const launched: ProgrammeEvent = {
    type: 'ProgrammeLaunched',
    data: {
      programmeId: PROGRAMME_ID,
      title: '2026年重点督办任务',
      year: 2026,
      issuedOn: '2026-02-08',
      plannedTaskCount: 68,
      launchedAt: '2026-02-08T02:00:00.000Z',
    },
  };
  return fold(programmeDecider.evolve, programmeDecider.initialState(), [launched, ...more]);
}

export const taskData = {
  taskId: TASK_ID,
  programmeId: PROGRAMME_ID,
  code: '2026-01',
  title: '规范推进未成年人检察业务统一集中办理',
  description: '涉未成年人刑事、民事、行政、公益诉讼检察业务统一集中办理',
  category: '未成年人检察',
  leadLeaderId: 'leader-juvenile',
  leadUnitId: 'dept-9',
  coUnitIds: ['dept-1', 'dept-6'],
  deadline: DEADLINE,
};

/** Events in the order a task usually lives them; compose histories from these. */
export const e = {
  issued: (overrides: Partial<typeof taskData> = {}): TaskEvent => ({
    type: 'TaskIssued',
    data: { ...taskData, ...overrides, issuedAt: AT },
  }),
  acknowledged: (): TaskEvent => ({ type: 'TaskAcknowledged', data: { unitId: 'dept-9', acknowledgedAt: AT } }),
  sentBack: (): TaskEvent => ({
    type: 'TaskSentBack',
    data: { unitId: 'dept-9', reason: '职责不符，应由第十二检察厅牵头', sentBackAt: AT },
  }),
  planned: (): TaskEvent => ({
    type: 'WorkPlanSubmitted',
    data: {
      plan: '制定工作指引，分批试点。',
      milestones: [
        { milestoneId: 'm1', title: '工作指引', dueOn: '2026-05-31' },
        { milestoneId: 'm2', title: '全面推开', dueOn: '2026-10-31' },
      ],
      submittedAt: AT,
    },
  }),
  milestoneDone: (milestoneId = 'm1'): TaskEvent => ({
    type: 'MilestoneCompleted',
    data: { milestoneId, completedAt: AT },
  }),
  progress: (percent = 30, reportedAt = AT): TaskEvent => ({
    type: 'ProgressReported',
    data: {
      summary: '指引起草中',
      percent,
      answersUrgeId: null,
      reportedBy: { kind: 'lead_unit', id: 'dept-9' },
      reportedAt,
    },
  }),
  urgeAnswered: (urgeId = 'u1'): TaskEvent => ({
    type: 'ProgressReported',
    data: {
      summary: '已确定试点地区',
      percent: 45,
      answersUrgeId: urgeId,
      reportedBy: { kind: 'lead_unit', id: 'dept-9' },
      reportedAt: AT,
    },
  }),
  reassigned: (): TaskEvent => ({
    type: 'ResponsibilityReassigned',
    data: {
      leadUnitId: 'dept-12',
      coUnitIds: [],
      leadLeaderId: 'leader-juvenile',
      previousLeadUnitId: 'dept-9',
      previousCoUnitIds: ['dept-1', 'dept-6'],
      previousLeadLeaderId: 'leader-juvenile',
      reason: '改由第十二检察厅牵头',
      reassignedAt: AT,
    },
  }),
  urged: (urgeId = 'u1'): TaskEvent => ({
    type: 'UrgeNoticeIssued',
    data: { urgeId, reason: '请报送试点进展', replyDueOn: '2026-03-10', issuedAt: AT },
  }),
  extensionRequested: (requestId = 'x1'): TaskEvent => ({
    type: 'DeadlineExtensionRequested',
    data: {
      requestId,
      currentDeadline: DEADLINE,
      requestedDeadline: '2027-03-31',
      reason: '试点需延长',
      requestedAt: AT,
    },
  }),
  extended: (requestId = 'x1'): TaskEvent => ({
    type: 'DeadlineExtended',
    data: { requestId, previousDeadline: DEADLINE, newDeadline: '2027-03-31', extendedAt: AT },
  }),
  extensionRejected: (requestId = 'x1'): TaskEvent => ({
    type: 'DeadlineExtensionRejected',
    data: { requestId, reason: '时限不变', rejectedAt: AT },
  }),
  deadlineMissed: (deadline = DEADLINE): TaskEvent => ({ type: 'DeadlineMissed', data: { deadline, recordedAt: AT } }),
  cooperationRequested: (requestId = 'c1', fromUnitId = 'dept-3'): TaskEvent => ({
    type: 'CooperationRequested',
    data: { requestId, requestedByUnitId: 'dept-9', fromUnitId, subject: '请移送相关线索', requestedAt: AT },
  }),
  cooperationProvided: (requestId = 'c1', unitId = 'dept-3'): TaskEvent => ({
    type: 'CooperationProvided',
    data: { requestId, unitId, response: '已移送', providedAt: AT },
  }),
  outcome: (outcomeId = 'o1'): TaskEvent => ({
    type: 'OutcomeRecorded',
    data: {
      outcomeId,
      kind: 'rule',
      title: '《统一集中办理工作指引》',
      description: null,
      unitId: 'dept-9',
      recordedAt: AT,
    },
  }),
  countersigned: (unitId: string): TaskEvent => ({
    type: 'CompletionCountersigned',
    data: { unitId, comment: null, countersignedAt: AT },
  }),
  completionReported: (): TaskEvent => ({
    type: 'CompletionReported',
    data: { summary: '已在全国推开', outcomeIds: [], reportedAt: AT },
  }),
  accepted: (acceptedAt = AT): TaskEvent => ({ type: 'CompletionAccepted', data: { comment: null, acceptedAt } }),
  returned: (): TaskEvent => ({ type: 'CompletionReturned', data: { reason: '请补充试点评估', returnedAt: AT } }),
  rated: (rating: 'excellent' | 'good' | 'pass' | 'fail' = 'good'): TaskEvent => ({
    type: 'TaskRated',
    data: { rating, previousRating: null, ratedAt: AT },
  }),
  reviewOpened: (reviewId = 'r1'): TaskEvent => ({
    type: 'LookBackReviewOpened',
    data: { reviewId, findings: '个别地区落实不到位', openedAt: AT },
  }),
  rectified: (reviewId = 'r1'): TaskEvent => ({
    type: 'RectificationReported',
    data: { reviewId, summary: '已逐项整改', reportedAt: AT },
  }),
  reviewClosed: (reviewId = 'r1'): TaskEvent => ({
    type: 'LookBackReviewClosed',
    data: { reviewId, conclusion: '整改到位', closedAt: AT },
  }),
  suspended: (
    previousStatus: 'issued' | 'acknowledged' | 'in_progress' | 'completion_reported' = 'in_progress',
  ): TaskEvent => ({
    type: 'TaskSuspended',
    data: { reason: '上级部署调整', previousStatus, suspendedAt: AT },
  }),
  resumed: (resumedStatus: 'issued' | 'acknowledged' | 'in_progress' = 'in_progress'): TaskEvent => ({
    type: 'TaskResumed',
    data: { reason: '恢复办理', resumedStatus, resumedAt: AT },
  }),
  cancelled: (previousStatus: 'issued' | 'in_progress' = 'in_progress'): TaskEvent => ({
    type: 'TaskCancelled',
    data: { reason: '任务已由其他批次承接', previousStatus, cancelledAt: AT },
  }),
};

/** Histories that bring a task to each status. */
export const history = {
  issued: (): TaskEvent[] => [e.issued()],
  sentBack: (): TaskEvent[] => [e.issued(), e.sentBack()],
  acknowledged: (): TaskEvent[] => [e.issued(), e.acknowledged()],
  inProgress: (): TaskEvent[] => [...history.acknowledged(), e.planned()],
  countersignedByAll: (): TaskEvent[] => [
    ...history.inProgress(),
    e.countersigned('dept-1'),
    e.countersigned('dept-6'),
  ],
  completionReported: (): TaskEvent[] => [...history.countersignedByAll(), e.completionReported()],
  completed: (): TaskEvent[] => [...history.completionReported(), e.accepted()],
  underReview: (): TaskEvent[] => [...history.completed(), e.reviewOpened()],
  suspended: (): TaskEvent[] => [...history.inProgress(), e.suspended('in_progress')],
  cancelled: (): TaskEvent[] => [...history.inProgress(), e.cancelled('in_progress')],
};
