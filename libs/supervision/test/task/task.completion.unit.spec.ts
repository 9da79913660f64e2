import { DeciderSpecification } from '@app/testing';
import { AccessDenied, InvalidCommand, NotFound, RuleBroken, StateConflict } from '../../src/kernel/domain-errors';
import { taskDecider } from '../../src/task/task.decider';
import type { TaskCommand } from '../../src/task/task.commands';
import type { TaskEvent } from '../../src/task/task.events';
import {
  AT,
  CO_UNIT,
  LEAD_UNIT,
  LEADER,
  OTHER_UNIT,
  SECOND_CO_UNIT,
  SUPERVISOR,
  as,
  e,
  history,
} from './task.fixtures';

const spec = DeciderSpecification.for(taskDecider);
const countersign = (comment?: string): TaskCommand => ({
  type: 'CountersignCompletion',
  data: comment ? { comment } : {},
});
const report = (outcomes?: string[]): TaskCommand => ({
  type: 'ReportCompletion',
  data: { summary: '已在全国推开', ...(outcomes ? { outcomes } : {}) },
});
const accept = (comment?: string): TaskCommand => ({ type: 'AcceptCompletion', data: comment ? { comment } : {} });
const giveBack: TaskCommand = { type: 'ReturnCompletion', data: { reason: '请补充试点评估' } };
const rate = (rating: 'excellent' | 'good' | 'pass' | 'fail'): TaskCommand => ({ type: 'RateTask', data: { rating } });

describe('when in progress', () => {
  it('takes each co-unit’s countersign (会签)', () => {
    spec
      .given(history.inProgress())
      .when(countersign(), as(CO_UNIT))
      .then([e.countersigned('dept-1')]);
    spec
      .given(history.inProgress())
      .when(countersign('同意'), as(SECOND_CO_UNIT))
      .then([{ type: 'CompletionCountersigned', data: { unitId: 'dept-6', comment: '同意', countersignedAt: AT } }]);
  });

  it('refuses a second countersign by the same co-unit', () => {
    spec
      .given([...history.inProgress(), e.countersigned('dept-1')])
      .when(countersign(), as(CO_UNIT))
      .thenThrows(StateConflict, 'ALREADY_COUNTERSIGNED');
  });

  it.each([
    ['the lead unit', LEAD_UNIT],
    ['a unit member of another unit', OTHER_UNIT],
    ['the leader in charge', LEADER],
    ['the supervisor', SUPERVISOR],
  ])('refuses a countersign by %s', (_, actor) => {
    spec.given(history.inProgress()).when(countersign(), as(actor)).thenThrows(AccessDenied, 'CO_UNIT_ONLY');
  });

  it('reports completion (完成情况汇报) once every co-unit countersigned, with every outcome recorded', () => {
    spec
      .given([...history.countersignedByAll(), e.outcome('o1'), e.outcome('o2')])
      .when(report(), as(LEAD_UNIT))
      .then([
        { type: 'CompletionReported', data: { summary: '已在全国推开', outcomeIds: ['o1', 'o2'], reportedAt: AT } },
      ]);
  });

  it('reports completion presenting the outcomes named', () => {
    spec
      .given([...history.countersignedByAll(), e.outcome('o1'), e.outcome('o2')])
      .when(report(['o2']), as(LEAD_UNIT))
      .then([{ type: 'CompletionReported', data: { summary: '已在全国推开', outcomeIds: ['o2'], reportedAt: AT } }]);
  });

  it('reports completion of a task without co-units at once', () => {
    spec
      .given([e.issued({ coUnitIds: [] }), e.acknowledged(), e.planned()])
      .when(report(), as(LEAD_UNIT))
      .then([e.completionReported()]);
  });

  it('refuses a completion report missing a countersign, naming the unit', () => {
    const error = spec
      .given([...history.inProgress(), e.countersigned('dept-1')])
      .when(report(), as(LEAD_UNIT))
      .thenThrows(RuleBroken, 'COUNTERSIGNS_MISSING');
    expect(error.details).toEqual({ missingUnitIds: ['dept-6'] });
  });

  it('refuses a completion report presenting an unknown outcome', () => {
    spec
      .given(history.countersignedByAll())
      .when(report(['o9']), as(LEAD_UNIT))
      .thenThrows(NotFound, 'OUTCOME_NOT_FOUND');
  });

  it.each([
    ['a co-unit', CO_UNIT],
    ['the leader in charge', LEADER],
    ['the supervisor', SUPERVISOR],
  ])('refuses a completion report by %s', (_, actor) => {
    spec.given(history.countersignedByAll()).when(report(), as(actor)).thenThrows(AccessDenied, 'LEAD_UNIT_ONLY');
  });

  it('refuses acceptance of a task not reported complete', () => {
    spec
      .given(history.inProgress())
      .when(accept(), as(SUPERVISOR))
      .thenThrows(StateConflict, 'COMPLETION_NOT_REPORTED');
  });

  it('refuses a return of a task not reported complete', () => {
    spec
      .given(history.inProgress())
      .when(giveBack, as(SUPERVISOR))
      .thenThrows(StateConflict, 'COMPLETION_NOT_REPORTED');
  });

  it('refuses a rating before completion', () => {
    spec.given(history.inProgress()).when(rate('good'), as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_NOT_COMPLETED');
  });
});

describe('before any plan', () => {
  it.each<[string, () => TaskEvent[]]>([
    ['issued', history.issued],
    ['acknowledged', history.acknowledged],
  ])('rejects a completion report before any plan (%s)', (_, given) => {
    spec.given(given()).when(report(), as(LEAD_UNIT)).thenThrows(RuleBroken, 'WORK_PLAN_REQUIRED');
  });

  it('refuses a countersign before any plan', () => {
    spec
      .given(history.acknowledged())
      .when(countersign(), as(CO_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_IN_PROGRESS');
  });
});

describe('when completion is reported', () => {
  it('accepts the completion (办结)', () => {
    spec.given(history.completionReported()).when(accept(), as(SUPERVISOR)).then([e.accepted()]);
  });

  it('accepts the completion with a comment', () => {
    spec
      .given(history.completionReported())
      .when(accept('完成质量高'), as(SUPERVISOR))
      .then([{ type: 'CompletionAccepted', data: { comment: '完成质量高', acceptedAt: AT } }]);
  });

  it('returns the completion for rework (退回重办) with a reason', () => {
    spec.given(history.completionReported()).when(giveBack, as(SUPERVISOR)).then([e.returned()]);
  });

  it('refuses a second completion report', () => {
    spec
      .given(history.completionReported())
      .when(report(), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_IN_PROGRESS');
  });

  it('refuses a countersign while the report awaits a decision', () => {
    spec
      .given(history.completionReported())
      .when(countersign(), as(CO_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_IN_PROGRESS');
  });

  it.each([
    ['the lead unit', LEAD_UNIT],
    ['the leader in charge', LEADER],
  ])('refuses acceptance and return by %s', (_, actor) => {
    spec.given(history.completionReported()).when(accept(), as(actor)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
    spec.given(history.completionReported()).when(giveBack, as(actor)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });
});

describe('when the completion was returned', () => {
  const returned = () => [...history.completionReported(), e.returned()];

  it('needs every countersign again before the next report', () => {
    const error = spec.given(returned()).when(report(), as(LEAD_UNIT)).thenThrows(RuleBroken, 'COUNTERSIGNS_MISSING');
    expect(error.details).toEqual({ missingUnitIds: ['dept-1', 'dept-6'] });
  });

  it('takes the co-units’ countersigns again', () => {
    spec
      .given(returned())
      .when(countersign(), as(CO_UNIT))
      .then([e.countersigned('dept-1')]);
  });

  it('reports completion again once countersigned again', () => {
    spec
      .given([...returned(), e.countersigned('dept-1'), e.countersigned('dept-6')])
      .when(report(), as(LEAD_UNIT))
      .then([e.completionReported()]);
  });
});

describe('when completed', () => {
  it('rates the task (评价)', () => {
    spec
      .given(history.completed())
      .when(rate('excellent'), as(SUPERVISOR))
      .then([{ type: 'TaskRated', data: { rating: 'excellent', previousRating: null, ratedAt: AT } }]);
  });

  it('rates again, replacing the earlier rating and naming it', () => {
    spec
      .given([...history.completed(), e.rated('good')])
      .when(rate('excellent'), as(SUPERVISOR))
      .then([{ type: 'TaskRated', data: { rating: 'excellent', previousRating: 'good', ratedAt: AT } }]);
  });

  it('records nothing when the same rating is given again', () => {
    spec
      .given([...history.completed(), e.rated('good')])
      .when(rate('good'), as(SUPERVISOR))
      .thenNothing();
  });

  it('refuses a rating outside 优秀/良好/合格/不合格', () => {
    spec
      .given(history.completed())
      .when({ type: 'RateTask', data: { rating: 'superb' } } as unknown as TaskCommand, as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'VALUE_NOT_ALLOWED');
  });

  it.each([
    ['the lead unit', LEAD_UNIT],
    ['the leader in charge', LEADER],
  ])('refuses a rating by %s', (_, actor) => {
    spec.given(history.completed()).when(rate('good'), as(actor)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('refuses a second acceptance', () => {
    spec.given(history.completed()).when(accept(), as(SUPERVISOR)).thenThrows(StateConflict, 'COMPLETION_NOT_REPORTED');
  });

  it('refuses a rating while under look-back review', () => {
    spec
      .given(history.underReview())
      .when(rate('good'), as(SUPERVISOR))
      .thenThrows(StateConflict, 'TASK_NOT_COMPLETED');
  });
});
