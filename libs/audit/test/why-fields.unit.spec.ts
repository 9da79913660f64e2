import { DIRECTORY_EVENT_TYPES, PROGRAMME_EVENT_TYPES, TASK_EVENT_TYPES } from '@app/supervision';
import { recorded } from './audit.fixtures';
import { toAuditEntry } from '../src/audit-entry';
import type { EventDataOf, LedgerEventType } from '../src/why-fields';

const AT = '2026-03-02T01:00:00.000Z';

// Above the specs, not below: it.each reads them while the describe block is built.
// Each sample's data is typed as its event's data, so a sample cannot drift from the event it stands for.
type Samples = {
  readonly [T in LedgerEventType]: { readonly data: EventDataOf<T>; readonly why: Record<string, string> };
};

const SAMPLES: Samples = {
  TaskIssued: {
    data: {
      taskId: 't1',
      programmeId: 'spp-2026',
      code: '2026-01',
      title: '规范推进',
      description: '统一集中办理',
      category: '未成年人检察',
      leadLeaderId: 'leader-juvenile',
      leadUnitId: 'dept-9',
      coUnitIds: [],
      deadline: '2026-12-31',
      issuedAt: AT,
    },
    why: {},
  },
  TaskAcknowledged: { data: { unitId: 'dept-9', acknowledgedAt: AT }, why: {} },
  TaskSentBack: { data: { unitId: 'dept-9', reason: '职责不符', sentBackAt: AT }, why: { reason: '职责不符' } },
  ResponsibilityReassigned: {
    data: {
      leadUnitId: 'dept-12',
      coUnitIds: [],
      leadLeaderId: 'leader-juvenile',
      previousLeadUnitId: 'dept-9',
      previousCoUnitIds: [],
      previousLeadLeaderId: 'leader-juvenile',
      reason: '改由第十二检察厅牵头',
      reassignedAt: AT,
    },
    why: { reason: '改由第十二检察厅牵头' },
  },
  WorkPlanSubmitted: {
    data: {
      plan: '分批试点',
      milestones: [{ milestoneId: 'm1', title: '工作指引', dueOn: '2026-05-31' }],
      submittedAt: AT,
    },
    why: {},
  },
  MilestoneCompleted: { data: { milestoneId: 'm1', completedAt: AT }, why: {} },
  ProgressReported: {
    data: {
      summary: '指引起草中',
      percent: 30,
      answersUrgeId: null,
      reportedBy: { kind: 'lead_unit', id: 'dept-9' },
      reportedAt: AT,
    },
    why: { summary: '指引起草中' },
  },
  InstructionRecorded: {
    data: { leaderId: 'leader-juvenile', text: '要抓好规范化', recordedAt: AT },
    why: { text: '要抓好规范化' },
  },
  UrgeNoticeIssued: {
    data: { urgeId: 'u1', reason: '请报送进展', replyDueOn: '2026-03-10', issuedAt: AT },
    why: { reason: '请报送进展' },
  },
  DeadlineExtensionRequested: {
    data: {
      requestId: 'x1',
      currentDeadline: '2026-12-31',
      requestedDeadline: '2027-03-31',
      reason: '试点需延长',
      requestedAt: AT,
    },
    why: { reason: '试点需延长' },
  },
  DeadlineExtended: {
    data: { requestId: 'x1', previousDeadline: '2026-12-31', newDeadline: '2027-03-31', extendedAt: AT },
    why: {},
  },
  DeadlineExtensionRejected: {
    data: { requestId: 'x1', reason: '时限不变', rejectedAt: AT },
    why: { reason: '时限不变' },
  },
  DeadlineMissed: { data: { deadline: '2026-12-31', recordedAt: AT }, why: {} },
  CooperationRequested: {
    data: {
      requestId: 'c1',
      requestedByUnitId: 'dept-9',
      fromUnitId: 'dept-6',
      subject: '请移送相关线索',
      requestedAt: AT,
    },
    why: { subject: '请移送相关线索' },
  },
  CooperationProvided: {
    data: { requestId: 'c1', unitId: 'dept-6', response: '已移送', providedAt: AT },
    why: { response: '已移送' },
  },
  OutcomeRecorded: {
    data: { outcomeId: 'o1', kind: 'rule', title: '工作指引', description: '全文', unitId: 'dept-9', recordedAt: AT },
    why: {},
  },
  CompletionCountersigned: {
    data: { unitId: 'dept-1', comment: '同意', countersignedAt: AT },
    why: { comment: '同意' },
  },
  CompletionReported: {
    data: { summary: '已在全国推开', outcomeIds: [], reportedAt: AT },
    why: { summary: '已在全国推开' },
  },
  CompletionAccepted: { data: { comment: '完成质量高', acceptedAt: AT }, why: { comment: '完成质量高' } },
  CompletionReturned: { data: { reason: '请补充评估', returnedAt: AT }, why: { reason: '请补充评估' } },
  LookBackReviewOpened: {
    data: { reviewId: 'r1', findings: '落实不到位', openedAt: AT },
    why: { findings: '落实不到位' },
  },
  RectificationReported: {
    data: { reviewId: 'r1', summary: '已逐项整改', reportedAt: AT },
    why: { summary: '已逐项整改' },
  },
  LookBackReviewClosed: {
    data: { reviewId: 'r1', conclusion: '整改到位', closedAt: AT },
    why: { conclusion: '整改到位' },
  },
  TaskRated: { data: { rating: 'excellent', previousRating: null, ratedAt: AT }, why: {} },
  TaskSuspended: {
    data: { reason: '部署调整', previousStatus: 'in_progress', suspendedAt: AT },
    why: { reason: '部署调整' },
  },
  TaskResumed: {
    data: { reason: '恢复办理', resumedStatus: 'in_progress', resumedAt: AT },
    why: { reason: '恢复办理' },
  },
  TaskCancelled: {
    data: { reason: '已由其他批次承接', previousStatus: 'in_progress', cancelledAt: AT },
    why: { reason: '已由其他批次承接' },
  },
  ProgrammeLaunched: {
    data: {
      programmeId: 'spp-2026',
      title: '2026年重点督办任务',
      year: 2026,
      issuedOn: '2026-02-08',
      plannedTaskCount: 68,
      launchedAt: AT,
    },
    why: {},
  },
  ProgrammeClosed: {
    data: { programmeId: 'spp-2026', summary: '全部办结', closedAt: AT },
    why: { summary: '全部办结' },
  },
  UnitRegistered: { data: { unitId: 'dept-9', name: '第九检察厅', kind: 'department', registeredAt: AT }, why: {} },
  OfficialRegistered: {
    data: { officialId: 'leader-juvenile', title: '院领导', kind: 'leader', unitId: null, registeredAt: AT },
    why: {},
  },
  OfficialAssignedToUnit: {
    data: { officialId: 'clerk-9', unitId: 'dept-9', previousUnitId: null, assignedAt: AT },
    why: {},
  },
};

describe('the why of an audit entry', () => {
  const whyOfSample = (type: LedgerEventType, data: object) =>
    toAuditEntry(recorded([{ streamId: 'task-t1', type, data: data as Record<string, unknown>, at: AT }])[0]).why;

  it.each(Object.entries(SAMPLES))('of %s is the free text its actor wrote, and nothing else', (type, sample) => {
    expect(whyOfSample(type as LedgerEventType, sample.data)).toEqual(sample.why);
  });

  it('has a sample for every event type the ledger records', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(
      [...TASK_EVENT_TYPES, ...PROGRAMME_EVENT_TYPES, ...DIRECTORY_EVENT_TYPES].sort(),
    );
  });

  it('leaves out an optional comment that was not given', () => {
    expect(whyOfSample('CompletionCountersigned', { unitId: 'dept-1', comment: null, countersignedAt: AT })).toEqual(
      {},
    );
    expect(whyOfSample('CompletionAccepted', { comment: null, acceptedAt: AT })).toEqual({});
  });

  it('is empty for an event type the ledger does not know, whatever its fields are called', () => {
    expect(whyOfSample('SomethingElse' as LedgerEventType, { reason: '不应显示' })).toEqual({});
    expect(whyOfSample('constructor' as LedgerEventType, { reason: '不应显示' })).toEqual({});
  });
});
