import { DeciderSpecification } from '@app/testing';
import { AccessDenied, InvalidCommand, NotFound, RuleBroken, StateConflict } from '../../src/kernel/domain-errors';
import { taskDecider } from '../../src/task/task.decider';
import type { TaskCommand } from '../../src/task/task.commands';
import type { TaskEvent } from '../../src/task/task.events';
import {
  AFTER_DEADLINE,
  AT,
  CO_UNIT,
  DEADLINE,
  LEAD_UNIT,
  LEADER,
  OTHER_LEADER,
  OTHER_UNIT,
  SUPERVISOR,
  as,
  e,
  history,
} from './task.fixtures';

const spec = DeciderSpecification.for(taskDecider);
const instruction: TaskCommand = { type: 'RecordInstruction', data: { text: '要抓好统一集中办理的规范化。' } };
const instructed: TaskEvent = {
  type: 'InstructionRecorded',
  data: { leaderId: 'leader-juvenile', text: '要抓好统一集中办理的规范化。', recordedAt: AT },
};
const urge = (urgeId = 'u1', replyDueOn = '2026-03-10'): TaskCommand => ({
  type: 'IssueUrgeNotice',
  data: { urgeId, reason: '请报送试点进展', replyDueOn },
});
const missed = (deadline = DEADLINE): TaskCommand => ({ type: 'RecordMissedDeadline', data: { deadline } });
const askExtension = (requestedDeadline = '2027-03-31', requestId = 'x1'): TaskCommand => ({
  type: 'RequestDeadlineExtension',
  data: { requestId, requestedDeadline, reason: '试点需延长' },
});
const approve = (requestId = 'x1'): TaskCommand => ({ type: 'ApproveDeadlineExtension', data: { requestId } });
const reject = (requestId = 'x1'): TaskCommand => ({
  type: 'RejectDeadlineExtension',
  data: { requestId, reason: '时限不变' },
});
/** The day before the deadline, 23:00 in Beijing. */
const EVE_OF_DEADLINE = new Date('2026-12-30T15:00:00.000Z');
/** The deadline day itself, 23:59 in Beijing: not yet missed. */
const LAST_MINUTE = new Date('2026-12-31T15:59:00.000Z');

describe('in any open state', () => {
  it.each<[string, () => TaskEvent[]]>([
    ['issued', history.issued],
    ['sent back', history.sentBack],
    ['acknowledged', history.acknowledged],
    ['in progress', history.inProgress],
    ['completion reported', history.completionReported],
    ['under look-back review', history.underReview],
  ])('records the leader’s instruction (批示) and an urge notice (催办) when %s', (_, given) => {
    spec.given(given()).when(instruction, as(LEADER)).then([instructed]);
    spec.given(given()).when(urge(), as(SUPERVISOR)).then([e.urged()]);
  });

  it.each([
    ['a leader who does not lead the task', OTHER_LEADER],
    ['the lead unit', LEAD_UNIT],
    ['the supervisor', SUPERVISOR],
  ])('refuses an instruction from %s', (_, actor) => {
    spec.given(history.inProgress()).when(instruction, as(actor)).thenThrows(AccessDenied, 'TASK_LEADER_ONLY');
  });

  it.each([
    ['the lead unit', LEAD_UNIT],
    ['the leader in charge', LEADER],
  ])('refuses an urge notice from %s', (_, actor) => {
    spec.given(history.inProgress()).when(urge(), as(actor)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('takes an urge notice whose reply is due today', () => {
    spec
      .given(history.inProgress())
      .when(urge('u1', '2026-03-02'), as(SUPERVISOR))
      .then([
        {
          type: 'UrgeNoticeIssued',
          data: { urgeId: 'u1', reason: '请报送试点进展', replyDueOn: '2026-03-02', issuedAt: AT },
        },
      ]);
  });

  it('refuses an urge notice whose reply is due before today', () => {
    spec
      .given(history.inProgress())
      .when(urge('u1', '2026-03-01'), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'REPLY_DUE_IN_PAST');
  });

  it('refuses an urge notice id used before', () => {
    spec
      .given([...history.inProgress(), e.urged('u1')])
      .when(urge('u1'), as(SUPERVISOR))
      .thenThrows(StateConflict, 'URGE_ID_TAKEN');
  });

  it('refuses a reply date that is not a date', () => {
    spec
      .given(history.inProgress())
      .when(urge('u1', 'next week'), as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'INVALID_DATE');
  });
});

describe('when completed or suspended', () => {
  it.each<[string, () => TaskEvent[], string]>([
    ['completed', history.completed, 'completed'],
    ['suspended', history.suspended, 'suspended'],
  ])('refuses instructions and urges when %s', (_, given, status) => {
    const error = spec.given(given()).when(urge(), as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_NOT_OPEN');
    expect(error.details).toMatchObject({ status });
    spec.given(given()).when(instruction, as(LEADER)).thenThrows(StateConflict, 'TASK_NOT_OPEN');
  });
});

describe('when the deadline has passed', () => {
  it('records the missed deadline for the deadline watcher', () => {
    spec
      .given(history.inProgress())
      .when(missed(), as(SUPERVISOR, AFTER_DEADLINE))
      .then([{ type: 'DeadlineMissed', data: { deadline: DEADLINE, recordedAt: AFTER_DEADLINE.toISOString() } }]);
  });

  it('records nothing the second time: one DeadlineMissed per deadline, whatever the number of watchers', () => {
    spec
      .given([...history.inProgress(), e.deadlineMissed()])
      .when(missed(), as(SUPERVISOR, AFTER_DEADLINE))
      .thenNothing();
  });

  it('records nothing for a deadline recorded before even after completion', () => {
    spec
      .given([
        ...history.inProgress(),
        e.deadlineMissed(),
        e.countersigned('dept-1'),
        e.countersigned('dept-6'),
        e.completionReported(),
        e.accepted(),
      ])
      .when(missed(), as(SUPERVISOR, AFTER_DEADLINE))
      .thenNothing();
  });

  it('records a missed deadline while suspended or awaiting acceptance', () => {
    spec
      .given(history.suspended())
      .when(missed(), as(SUPERVISOR, AFTER_DEADLINE))
      .then([{ type: 'DeadlineMissed', data: { deadline: DEADLINE, recordedAt: AFTER_DEADLINE.toISOString() } }]);
    spec
      .given(history.completionReported())
      .when(missed(), as(SUPERVISOR, AFTER_DEADLINE))
      .then([{ type: 'DeadlineMissed', data: { deadline: DEADLINE, recordedAt: AFTER_DEADLINE.toISOString() } }]);
  });

  it('refuses a missed deadline on a completed task', () => {
    spec
      .given(history.completed())
      .when(missed(), as(SUPERVISOR, AFTER_DEADLINE))
      .thenThrows(StateConflict, 'TASK_ALREADY_COMPLETED');
  });

  it('refuses a deadline that is no longer the one in force', () => {
    spec
      .given([...history.inProgress(), e.extensionRequested(), e.extended()])
      .when(missed(DEADLINE), as(SUPERVISOR, AFTER_DEADLINE))
      .thenThrows(StateConflict, 'DEADLINE_NOT_CURRENT');
  });

  it('refuses a deadline not yet passed, even in the last minute of its day', () => {
    spec
      .given(history.inProgress())
      .when(missed(), as(SUPERVISOR, LAST_MINUTE))
      .thenThrows(RuleBroken, 'DEADLINE_NOT_PASSED');
  });

  it('refuses a missed deadline recorded by a unit', () => {
    spec
      .given(history.inProgress())
      .when(missed(), as(LEAD_UNIT, AFTER_DEADLINE))
      .thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('refuses an extension request after the deadline', () => {
    spec
      .given(history.inProgress())
      .when(askExtension(), as(LEAD_UNIT, AFTER_DEADLINE))
      .thenThrows(RuleBroken, 'EXTENSION_TOO_LATE');
  });
});

describe('when acknowledged or in progress', () => {
  it.each<[string, () => TaskEvent[]]>([
    ['acknowledged', history.acknowledged],
    ['in progress', history.inProgress],
  ])('takes the lead unit’s extension request when %s', (_, given) => {
    spec.given(given()).when(askExtension(), as(LEAD_UNIT)).then([e.extensionRequested()]);
  });

  it('takes an extension request on the eve of the deadline', () => {
    spec
      .given(history.inProgress())
      .when(askExtension(), as(LEAD_UNIT, EVE_OF_DEADLINE))
      .then([
        {
          type: 'DeadlineExtensionRequested',
          data: {
            requestId: 'x1',
            currentDeadline: DEADLINE,
            requestedDeadline: '2027-03-31',
            reason: '试点需延长',
            requestedAt: EVE_OF_DEADLINE.toISOString(),
          },
        },
      ]);
  });

  it('refuses an extension request on the deadline day itself', () => {
    spec
      .given(history.inProgress())
      .when(askExtension(), as(LEAD_UNIT, LAST_MINUTE))
      .thenThrows(RuleBroken, 'EXTENSION_TOO_LATE');
  });

  it('refuses an extension to a date before the current deadline', () => {
    const error = spec
      .given(history.inProgress())
      .when(askExtension('2026-06-30'), as(LEAD_UNIT))
      .thenThrows(RuleBroken, 'EXTENSION_NOT_LATER');
    expect(error.details).toEqual({ requestedDeadline: '2026-06-30', deadline: DEADLINE });
  });

  it('refuses an extension to the current deadline itself', () => {
    spec
      .given(history.inProgress())
      .when(askExtension(DEADLINE), as(LEAD_UNIT))
      .thenThrows(RuleBroken, 'EXTENSION_NOT_LATER');
  });

  it('refuses a second request while one awaits a decision', () => {
    spec
      .given([...history.inProgress(), e.extensionRequested('x1')])
      .when(askExtension('2027-06-30', 'x2'), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'EXTENSION_ALREADY_PENDING');
  });

  it('takes a new request once the last one was rejected', () => {
    spec
      .given([...history.inProgress(), e.extensionRequested('x1'), e.extensionRejected('x1')])
      .when(askExtension('2027-01-31', 'x2'), as(LEAD_UNIT))
      .then([
        {
          type: 'DeadlineExtensionRequested',
          data: {
            requestId: 'x2',
            currentDeadline: DEADLINE,
            requestedDeadline: '2027-01-31',
            reason: '试点需延长',
            requestedAt: AT,
          },
        },
      ]);
  });

  it('refuses a request id used before', () => {
    spec
      .given([...history.inProgress(), e.extensionRequested('x1'), e.extensionRejected('x1')])
      .when(askExtension('2027-01-31', 'x1'), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'EXTENSION_REQUEST_ID_TAKEN');
  });

  it('asks the next extension from the extended deadline', () => {
    spec
      .given([...history.inProgress(), e.extensionRequested('x1'), e.extended('x1')])
      .when(askExtension('2027-02-28', 'x2'), as(LEAD_UNIT))
      .thenThrows(RuleBroken, 'EXTENSION_NOT_LATER');
  });

  it.each([
    ['a co-unit', CO_UNIT],
    ['a unit member of another unit', OTHER_UNIT],
    ['the leader in charge', LEADER],
    ['the supervisor', SUPERVISOR],
  ])('refuses an extension request from %s', (_, actor) => {
    spec.given(history.inProgress()).when(askExtension(), as(actor)).thenThrows(AccessDenied, 'LEAD_UNIT_ONLY');
  });

  it('extends the deadline when the supervisor approves', () => {
    spec
      .given([...history.inProgress(), e.extensionRequested()])
      .when(approve(), as(SUPERVISOR))
      .then([e.extended()]);
  });

  it('keeps the deadline when the supervisor rejects, with a reason', () => {
    spec
      .given([...history.inProgress(), e.extensionRequested()])
      .when(reject(), as(SUPERVISOR))
      .then([e.extensionRejected()]);
  });

  it('decides a request still open after the completion report', () => {
    spec
      .given([...history.countersignedByAll(), e.extensionRequested(), e.completionReported()])
      .when(approve(), as(SUPERVISOR))
      .then([e.extended()]);
  });

  it.each<[string, TaskCommand]>([
    ['an approval', approve('x9')],
    ['a rejection', reject('x9')],
  ])('refuses %s of an unknown request', (_, command) => {
    spec
      .given([...history.inProgress(), e.extensionRequested()])
      .when(command, as(SUPERVISOR))
      .thenThrows(NotFound, 'EXTENSION_REQUEST_NOT_FOUND');
  });

  it.each<[string, TaskEvent]>([
    ['approved', e.extended()],
    ['rejected', e.extensionRejected()],
  ])('refuses to decide again a request already %s', (_, decided) => {
    spec
      .given([...history.inProgress(), e.extensionRequested(), decided])
      .when(approve(), as(SUPERVISOR))
      .thenThrows(StateConflict, 'EXTENSION_REQUEST_ALREADY_DECIDED');
    spec
      .given([...history.inProgress(), e.extensionRequested(), decided])
      .when(reject(), as(SUPERVISOR))
      .thenThrows(StateConflict, 'EXTENSION_REQUEST_ALREADY_DECIDED');
  });

  it.each([
    ['the lead unit', LEAD_UNIT],
    ['the leader in charge', LEADER],
  ])('refuses approval and rejection by %s', (_, actor) => {
    spec
      .given([...history.inProgress(), e.extensionRequested()])
      .when(approve(), as(actor))
      .thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
    spec
      .given([...history.inProgress(), e.extensionRequested()])
      .when(reject(), as(actor))
      .thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('refuses a decision on a suspended task', () => {
    spec
      .given([...history.inProgress(), e.extensionRequested(), e.suspended('in_progress')])
      .when(approve(), as(SUPERVISOR))
      .thenThrows(StateConflict, 'TASK_NOT_OPEN');
  });
});

describe('when issued or completion reported', () => {
  it.each<[string, () => TaskEvent[], string]>([
    ['issued', history.issued, 'issued'],
    ['completion reported', history.completionReported, 'completion_reported'],
  ])('refuses an extension request when %s', (_, given, status) => {
    const error = spec
      .given(given())
      .when(askExtension(), as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_UNDER_WAY');
    expect(error.details).toMatchObject({ status, allowedStatuses: ['acknowledged', 'in_progress'] });
  });
});
