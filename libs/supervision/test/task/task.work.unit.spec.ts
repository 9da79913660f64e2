import { DeciderSpecification } from '@app/testing';
import type { Actor } from '../../src/kernel/actor';
import { AccessDenied, InvalidCommand, NotFound, RuleBroken, StateConflict } from '../../src/kernel/domain-errors';
import { taskDecider } from '../../src/task/task.decider';
import type { TaskCommand } from '../../src/task/task.commands';
import {
  AT,
  CO_UNIT,
  LEAD_UNIT,
  LEADER,
  OTHER_LEADER,
  OTHER_UNIT,
  SECOND_CO_UNIT,
  SUPERVISOR,
  as,
  e,
  history,
} from './task.fixtures';

const spec = DeciderSpecification.for(taskDecider);
const plan: TaskCommand = {
  type: 'SubmitWorkPlan',
  data: {
    plan: '制定工作指引，分批试点。',
    milestones: [
      { milestoneId: 'm1', title: '工作指引', dueOn: '2026-05-31' },
      { milestoneId: 'm2', title: '全面推开', dueOn: '2026-10-31' },
    ],
  },
};
const progress = (percent = 30, answersUrgeId?: string): TaskCommand => ({
  type: 'ReportProgress',
  data: { summary: '指引起草中', percent, ...(answersUrgeId ? { answersUrgeId } : {}) },
});
const completeMilestone = (milestoneId = 'm1'): TaskCommand => ({ type: 'CompleteMilestone', data: { milestoneId } });
const recordOutcome = (outcomeId = 'o1', description?: string): TaskCommand => ({
  type: 'RecordOutcome',
  data: { outcomeId, kind: 'rule', title: '《统一集中办理工作指引》', ...(description ? { description } : {}) },
});
const askCooperation = (requestId = 'c1', fromUnitId = 'dept-3'): TaskCommand => ({
  type: 'RequestCooperation',
  data: { requestId, fromUnitId, subject: '请移送相关线索' },
});
const provideCooperation = (requestId = 'c1'): TaskCommand => ({
  type: 'ProvideCooperation',
  data: { requestId, response: '已移送' },
});

describe('when acknowledged', () => {
  it('takes the work plan (打算) from the lead unit and starts the work', () => {
    spec.given(history.acknowledged()).when(plan, as(LEAD_UNIT)).then([e.planned()]);
  });

  it('takes the work plan from the leader in charge', () => {
    spec.given(history.acknowledged()).when(plan, as(LEADER)).then([e.planned()]);
  });

  it('takes a plan without milestones', () => {
    spec
      .given(history.acknowledged())
      .when({ type: 'SubmitWorkPlan', data: { plan: '按季度推进', milestones: [] } }, as(LEAD_UNIT))
      .then([{ type: 'WorkPlanSubmitted', data: { plan: '按季度推进', milestones: [], submittedAt: AT } }]);
  });

  it.each([
    ['a co-unit', CO_UNIT],
    ['a unit member of another unit', OTHER_UNIT],
    ['a leader who does not lead the task', OTHER_LEADER],
    ['the supervisor', SUPERVISOR],
  ])('refuses a plan from %s', (_, actor) => {
    spec.given(history.acknowledged()).when(plan, as(actor)).thenThrows(AccessDenied, 'LEAD_UNIT_OR_LEADER_ONLY');
  });

  it('refuses milestones with the same id', () => {
    const twice: TaskCommand = {
      type: 'SubmitWorkPlan',
      data: {
        plan: '计划',
        milestones: [
          { milestoneId: 'm1', title: 'a', dueOn: '2026-05-31' },
          { milestoneId: 'm1', title: 'b', dueOn: '2026-06-30' },
        ],
      },
    };
    spec.given(history.acknowledged()).when(twice, as(LEAD_UNIT)).thenThrows(InvalidCommand, 'DUPLICATE_MILESTONE_IDS');
  });

  it('refuses a milestone due on a date that does not exist', () => {
    const bad: TaskCommand = {
      type: 'SubmitWorkPlan',
      data: { plan: '计划', milestones: [{ milestoneId: 'm1', title: 'a', dueOn: '31/05/2026' }] },
    };
    spec.given(history.acknowledged()).when(bad, as(LEAD_UNIT)).thenThrows(InvalidCommand, 'INVALID_DATE');
  });

  it('refuses progress before any plan', () => {
    spec
      .given(history.acknowledged())
      .when(progress(), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_IN_PROGRESS');
  });

  it.each<[string, TaskCommand]>([
    ['a milestone', completeMilestone()],
    ['an outcome', recordOutcome()],
    ['a co-operation request', askCooperation()],
  ])('refuses %s before any plan', (_, command) => {
    spec.given(history.acknowledged()).when(command, as(LEAD_UNIT)).thenThrows(StateConflict, 'TASK_NOT_IN_PROGRESS');
  });
});

describe('when issued', () => {
  it('refuses a plan before acknowledgement', () => {
    spec.given(history.issued()).when(plan, as(LEAD_UNIT)).thenThrows(StateConflict, 'TASK_NOT_ACKNOWLEDGED');
  });
});

describe('when in progress', () => {
  it('refuses a second plan', () => {
    spec.given(history.inProgress()).when(plan, as(LEAD_UNIT)).thenThrows(StateConflict, 'TASK_NOT_ACKNOWLEDGED');
  });

  it('records the lead unit’s progress', () => {
    spec
      .given(history.inProgress())
      .when(progress(30), as(LEAD_UNIT))
      .then([e.progress(30)]);
  });

  it('records the leader’s progress report', () => {
    spec
      .given(history.inProgress())
      .when(progress(40), as(LEADER))
      .then([
        {
          type: 'ProgressReported',
          data: {
            summary: '指引起草中',
            percent: 40,
            answersUrgeId: null,
            reportedBy: { kind: 'leader', id: 'leader-juvenile' },
            reportedAt: AT,
          },
        },
      ]);
  });

  it('records a co-unit’s own input', () => {
    spec
      .given(history.inProgress())
      .when(progress(50), as(CO_UNIT))
      .then([
        {
          type: 'ProgressReported',
          data: {
            summary: '指引起草中',
            percent: 50,
            answersUrgeId: null,
            reportedBy: { kind: 'co_unit', id: 'dept-1' },
            reportedAt: AT,
          },
        },
      ]);
  });

  it('records progress that answers an urge notice', () => {
    spec
      .given([...history.inProgress(), e.urged('u1')])
      .when(progress(45, 'u1'), as(LEAD_UNIT))
      .then([
        {
          type: 'ProgressReported',
          data: {
            summary: '指引起草中',
            percent: 45,
            answersUrgeId: 'u1',
            reportedBy: { kind: 'lead_unit', id: 'dept-9' },
            reportedAt: AT,
          },
        },
      ]);
  });

  it('refuses an answer to an urge notice that was never issued', () => {
    spec.given(history.inProgress()).when(progress(45, 'u9'), as(LEAD_UNIT)).thenThrows(NotFound, 'URGE_NOT_FOUND');
  });

  it('refuses a second answer to the same urge notice', () => {
    spec
      .given([...history.inProgress(), e.urged('u1'), e.urgeAnswered('u1')])
      .when(progress(50, 'u1'), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'URGE_ALREADY_ANSWERED');
  });

  it.each([-1, 101, 12.5, Number.NaN])('refuses a percent of %p', (percent) => {
    spec
      .given(history.inProgress())
      .when(progress(percent), as(LEAD_UNIT))
      .thenThrows(InvalidCommand, 'PERCENT_OUT_OF_RANGE');
  });

  it('accepts 0 and 100 percent', () => {
    spec
      .given(history.inProgress())
      .when(progress(0), as(LEAD_UNIT))
      .then([e.progress(0)]);
    spec
      .given(history.inProgress())
      .when(progress(100), as(LEAD_UNIT))
      .then([e.progress(100)]);
  });

  it.each([
    ['a unit member of another unit', OTHER_UNIT],
    ['a leader who does not lead the task', OTHER_LEADER],
    ['the supervisor', SUPERVISOR],
  ])('refuses progress from %s', (_, actor) => {
    spec.given(history.inProgress()).when(progress(), as(actor)).thenThrows(AccessDenied, 'TASK_UNIT_OR_LEADER_ONLY');
  });

  it('completes a milestone', () => {
    spec
      .given(history.inProgress())
      .when(completeMilestone('m1'), as(LEAD_UNIT))
      .then([e.milestoneDone('m1')]);
  });

  it('refuses a milestone that is not in the plan', () => {
    spec
      .given(history.inProgress())
      .when(completeMilestone('m9'), as(LEAD_UNIT))
      .thenThrows(NotFound, 'MILESTONE_NOT_FOUND');
  });

  it('refuses a milestone completed before', () => {
    spec
      .given([...history.inProgress(), e.milestoneDone('m1')])
      .when(completeMilestone('m1'), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'MILESTONE_ALREADY_COMPLETED');
  });

  it.each([
    ['a co-unit', CO_UNIT],
    ['the leader in charge', LEADER],
    ['the supervisor', SUPERVISOR],
  ])('refuses a milestone completed by %s', (_, actor) => {
    spec.given(history.inProgress()).when(completeMilestone(), as(actor)).thenThrows(AccessDenied, 'LEAD_UNIT_ONLY');
  });

  it('records an outcome of the lead unit', () => {
    spec
      .given(history.inProgress())
      .when(recordOutcome('o1'), as(LEAD_UNIT))
      .then([e.outcome('o1')]);
  });

  it('records an outcome of a co-unit, with its description', () => {
    spec
      .given(history.inProgress())
      .when(recordOutcome('o2', '发布第三批典型案例'), as(CO_UNIT))
      .then([
        {
          type: 'OutcomeRecorded',
          data: {
            outcomeId: 'o2',
            kind: 'rule',
            title: '《统一集中办理工作指引》',
            description: '发布第三批典型案例',
            unitId: 'dept-1',
            recordedAt: AT,
          },
        },
      ]);
  });

  it('refuses an outcome id used before', () => {
    spec
      .given([...history.inProgress(), e.outcome('o1')])
      .when(recordOutcome('o1'), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'OUTCOME_ID_TAKEN');
  });

  it('refuses an outcome of an unknown kind', () => {
    const bad = {
      type: 'RecordOutcome',
      data: { outcomeId: 'o1', kind: 'poem', title: '诗' },
    } as unknown as TaskCommand;
    spec.given(history.inProgress()).when(bad, as(LEAD_UNIT)).thenThrows(InvalidCommand, 'VALUE_NOT_ALLOWED');
  });

  it.each([
    ['a unit member of another unit', OTHER_UNIT],
    ['the leader in charge', LEADER],
  ])('refuses an outcome recorded by %s', (_, actor) => {
    spec.given(history.inProgress()).when(recordOutcome(), as(actor)).thenThrows(AccessDenied, 'TASK_UNIT_ONLY');
  });

  it('asks another unit for co-operation (协作配合)', () => {
    spec
      .given(history.inProgress())
      .when(askCooperation('c1', 'dept-3'), as(LEAD_UNIT))
      .then([e.cooperationRequested('c1', 'dept-3')]);
  });

  it('lets a co-unit ask for co-operation too', () => {
    spec
      .given(history.inProgress())
      .when(askCooperation('c2', 'dept-9'), as(CO_UNIT))
      .then([
        {
          type: 'CooperationRequested',
          data: {
            requestId: 'c2',
            requestedByUnitId: 'dept-1',
            fromUnitId: 'dept-9',
            subject: '请移送相关线索',
            requestedAt: AT,
          },
        },
      ]);
  });

  it('refuses a unit asking itself', () => {
    spec
      .given(history.inProgress())
      .when(askCooperation('c1', 'dept-9'), as(LEAD_UNIT))
      .thenThrows(RuleBroken, 'COOPERATION_WITH_OWN_UNIT');
  });

  it('refuses a co-operation request id used before', () => {
    spec
      .given([...history.inProgress(), e.cooperationRequested('c1')])
      .when(askCooperation('c1', 'dept-6'), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'COOPERATION_REQUEST_ID_TAKEN');
  });

  it('refuses a co-operation request from a unit outside the task', () => {
    spec
      .given(history.inProgress())
      .when(askCooperation('c1', 'dept-1'), as(OTHER_UNIT))
      .thenThrows(AccessDenied, 'TASK_UNIT_ONLY');
  });

  it('records the asked unit’s answer', () => {
    spec
      .given([...history.inProgress(), e.cooperationRequested('c1', 'dept-3')])
      .when(provideCooperation('c1'), as(OTHER_UNIT))
      .then([e.cooperationProvided('c1', 'dept-3')]);
  });

  it.each([
    ['the lead unit', LEAD_UNIT],
    ['a co-unit that was not asked', SECOND_CO_UNIT],
    ['the supervisor', SUPERVISOR],
  ])('refuses an answer from %s', (_, actor) => {
    spec
      .given([...history.inProgress(), e.cooperationRequested('c1', 'dept-3')])
      .when(provideCooperation('c1'), as(actor))
      .thenThrows(AccessDenied, 'ASKED_UNIT_ONLY');
  });

  it('refuses an answer to an unknown co-operation request', () => {
    spec
      .given([...history.inProgress(), e.cooperationRequested('c1', 'dept-3')])
      .when(provideCooperation('c9'), as(OTHER_UNIT))
      .thenThrows(NotFound, 'COOPERATION_REQUEST_NOT_FOUND');
  });

  it.each([
    ['a request id that exists', 'c1'],
    ['a request id that does not', 'c9'],
  ])('refuses an outsider unit before it can learn which co-operation requests exist (%s)', (_, requestId) => {
    spec
      .given([...history.inProgress(), e.cooperationRequested('c1', 'dept-3')])
      .when(provideCooperation(requestId), as(OUTSIDER_UNIT))
      .thenThrows(AccessDenied, 'TASK_UNIT_ONLY');
  });

  it('tells the lead unit a co-operation request does not exist, as it may read them all', () => {
    spec
      .given(history.inProgress())
      .when(provideCooperation('c9'), as(LEAD_UNIT))
      .thenThrows(NotFound, 'COOPERATION_REQUEST_NOT_FOUND');
  });

  it('refuses a second answer', () => {
    spec
      .given([...history.inProgress(), e.cooperationRequested('c1', 'dept-3'), e.cooperationProvided('c1', 'dept-3')])
      .when(provideCooperation('c1'), as(OTHER_UNIT))
      .thenThrows(StateConflict, 'COOPERATION_ALREADY_PROVIDED');
  });
});

describe('when completion is reported', () => {
  it('refuses progress while the report awaits a decision', () => {
    spec
      .given(history.completionReported())
      .when(progress(), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_IN_PROGRESS');
  });

  it('refuses an answer to co-operation once the work is reported complete', () => {
    spec
      .given([
        ...history.inProgress(),
        e.cooperationRequested('c1', 'dept-3'),
        e.countersigned('dept-1'),
        e.countersigned('dept-6'),
        e.completionReported(),
      ])
      .when(provideCooperation('c1'), as(OTHER_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_IN_PROGRESS');
  });
});

/** A unit that neither leads nor co-operates on the task, and was asked for nothing. */
const OUTSIDER_UNIT: Actor = { userId: 'dept-7-staff', role: 'unit', unitId: 'dept-7' };
