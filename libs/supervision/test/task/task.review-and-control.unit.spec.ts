import { DeciderSpecification } from '@app/testing';
import { AccessDenied, InvalidCommand, StateConflict } from '../../src/kernel/domain-errors';
import { taskDecider } from '../../src/task/task.decider';
import type { TaskCommand } from '../../src/task/task.commands';
import type { TaskEvent, TaskStatus } from '../../src/task/task.events';
import { AT, LEAD_UNIT, LEADER, CO_UNIT, SUPERVISOR, as, e, history } from './task.fixtures';

const spec = DeciderSpecification.for(taskDecider);
const openReview = (reviewId = 'r1'): TaskCommand => ({
  type: 'OpenLookBackReview',
  data: { reviewId, findings: '个别地区落实不到位' },
});
const rectify: TaskCommand = { type: 'ReportRectification', data: { summary: '已逐项整改' } };
const closeReview: TaskCommand = { type: 'CloseLookBackReview', data: { conclusion: '整改到位' } };
const suspend: TaskCommand = { type: 'SuspendTask', data: { reason: '上级部署调整' } };
const resume: TaskCommand = { type: 'ResumeTask', data: { reason: '恢复办理' } };
const cancel: TaskCommand = { type: 'CancelTask', data: { reason: '任务已由其他批次承接' } };

describe('when completed', () => {
  it('opens a look-back review (回头看) with findings', () => {
    spec.given(history.completed()).when(openReview(), as(SUPERVISOR)).then([e.reviewOpened()]);
  });

  it('opens a second look-back review after the first was closed', () => {
    spec
      .given([...history.underReview(), e.rectified(), e.reviewClosed()])
      .when(openReview('r2'), as(SUPERVISOR))
      .then([{ type: 'LookBackReviewOpened', data: { reviewId: 'r2', findings: '个别地区落实不到位', openedAt: AT } }]);
  });

  it('refuses a review id used before', () => {
    spec
      .given([...history.underReview(), e.reviewClosed()])
      .when(openReview('r1'), as(SUPERVISOR))
      .thenThrows(StateConflict, 'REVIEW_ID_TAKEN');
  });

  it('refuses a review opened by the lead unit', () => {
    spec.given(history.completed()).when(openReview(), as(LEAD_UNIT)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('refuses a rectification without an open review', () => {
    spec.given(history.completed()).when(rectify, as(LEAD_UNIT)).thenThrows(StateConflict, 'NO_LOOK_BACK_REVIEW_OPEN');
  });

  it('refuses to close a review never opened', () => {
    spec
      .given(history.completed())
      .when(closeReview, as(SUPERVISOR))
      .thenThrows(StateConflict, 'NO_LOOK_BACK_REVIEW_OPEN');
  });

  it('cannot be suspended', () => {
    spec.given(history.completed()).when(suspend, as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_NOT_OPEN');
  });

  it('can still be cancelled', () => {
    spec
      .given(history.completed())
      .when(cancel, as(SUPERVISOR))
      .then([
        {
          type: 'TaskCancelled',
          data: { reason: '任务已由其他批次承接', previousStatus: 'completed', cancelledAt: AT },
        },
      ]);
  });
});

describe('when in progress', () => {
  it('refuses a look-back review before completion', () => {
    spec.given(history.inProgress()).when(openReview(), as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_NOT_COMPLETED');
  });
});

describe('when under look-back review', () => {
  it('takes the lead unit’s rectification (整改) reports', () => {
    spec.given(history.underReview()).when(rectify, as(LEAD_UNIT)).then([e.rectified()]);
    spec
      .given([...history.underReview(), e.rectified()])
      .when(rectify, as(LEAD_UNIT))
      .then([e.rectified()]);
  });

  it('closes the review', () => {
    spec
      .given([...history.underReview(), e.rectified()])
      .when(closeReview, as(SUPERVISOR))
      .then([e.reviewClosed()]);
  });

  it('refuses a second review while one is open', () => {
    spec
      .given(history.underReview())
      .when(openReview('r2'), as(SUPERVISOR))
      .thenThrows(StateConflict, 'TASK_NOT_COMPLETED');
  });

  it.each([
    ['a co-unit', CO_UNIT],
    ['the leader in charge', LEADER],
    ['the supervisor', SUPERVISOR],
  ])('refuses a rectification by %s', (_, actor) => {
    spec.given(history.underReview()).when(rectify, as(actor)).thenThrows(AccessDenied, 'LEAD_UNIT_ONLY');
  });

  it('refuses a review closed by the lead unit', () => {
    spec.given(history.underReview()).when(closeReview, as(LEAD_UNIT)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('refuses a closing without a conclusion', () => {
    spec
      .given(history.underReview())
      .when({ type: 'CloseLookBackReview', data: { conclusion: '' } }, as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'TEXT_REQUIRED');
  });
});

describe('in any open state', () => {
  it.each<[TaskStatus, () => TaskEvent[]]>([
    ['issued', history.issued],
    ['sent_back', history.sentBack],
    ['acknowledged', history.acknowledged],
    ['in_progress', history.inProgress],
    ['completion_reported', history.completionReported],
    ['under_review', history.underReview],
  ])('suspends (中止) a task %s, remembering the status', (status, given) => {
    spec
      .given(given())
      .when(suspend, as(SUPERVISOR))
      .then([{ type: 'TaskSuspended', data: { reason: '上级部署调整', previousStatus: status, suspendedAt: AT } }]);
  });

  it.each<[TaskStatus, () => TaskEvent[]]>([
    ['issued', history.issued],
    ['in_progress', history.inProgress],
    ['suspended', history.suspended],
  ])('cancels (撤销) a task %s', (status, given) => {
    spec
      .given(given())
      .when(cancel, as(SUPERVISOR))
      .then([
        { type: 'TaskCancelled', data: { reason: '任务已由其他批次承接', previousStatus: status, cancelledAt: AT } },
      ]);
  });

  it.each([
    ['the lead unit', LEAD_UNIT],
    ['the leader in charge', LEADER],
  ])('refuses suspension, resumption and cancellation by %s', (_, actor) => {
    spec.given(history.inProgress()).when(suspend, as(actor)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
    spec.given(history.suspended()).when(resume, as(actor)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
    spec.given(history.inProgress()).when(cancel, as(actor)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('refuses a resumption of a task that is not suspended', () => {
    spec.given(history.inProgress()).when(resume, as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_NOT_SUSPENDED');
  });

  it('refuses a cancellation without a reason', () => {
    spec
      .given(history.inProgress())
      .when({ type: 'CancelTask', data: { reason: '' } }, as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'TEXT_REQUIRED');
  });
});

describe('when suspended', () => {
  it.each<[TaskStatus, TaskEvent[]]>([
    ['issued', [e.issued(), e.suspended('issued')]],
    ['acknowledged', [...history.acknowledged(), e.suspended('acknowledged')]],
    ['in_progress', history.suspended()],
    ['completion_reported', [...history.completionReported(), e.suspended('completion_reported')]],
  ])('resumes to exactly the status it was suspended from (%s)', (status, given) => {
    spec
      .given(given)
      .when(resume, as(SUPERVISOR))
      .then([{ type: 'TaskResumed', data: { reason: '恢复办理', resumedStatus: status, resumedAt: AT } }]);
  });

  it('refuses a second suspension', () => {
    spec.given(history.suspended()).when(suspend, as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_NOT_OPEN');
  });

  it('refuses the work meanwhile', () => {
    spec
      .given(history.suspended())
      .when({ type: 'ReportProgress', data: { summary: '进展', percent: 50 } }, as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_IN_PROGRESS');
  });

  it('takes the work again once resumed', () => {
    spec
      .given([...history.suspended(), e.resumed('in_progress')])
      .when({ type: 'ReportProgress', data: { summary: '指引起草中', percent: 30 } }, as(LEAD_UNIT))
      .then([e.progress(30)]);
  });
});
