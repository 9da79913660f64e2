import { DeciderSpecification } from '@app/testing';
import { AccessDenied, InvalidCommand, NotFound, RuleBroken, StateConflict } from '../../src/kernel/domain-errors';
import { taskDecider } from '../../src/task/task.decider';
import { MissingLookup } from '../../src/task/task.context';
import type { TaskCommand } from '../../src/task/task.commands';
import {
  AT,
  CO_UNIT,
  LEAD_UNIT,
  LEADER,
  NO_COMMAND_ROLES,
  NOW,
  OTHER_UNIT,
  SUPERVISOR,
  as,
  e,
  history,
  launchedProgramme,
  taskData,
} from './task.fixtures';

const spec = DeciderSpecification.for(taskDecider);
const issue = (overrides: Partial<typeof taskData> = {}): TaskCommand => ({
  type: 'IssueTask',
  data: { ...taskData, ...overrides },
});
const acknowledge: TaskCommand = { type: 'AcknowledgeTask', data: {} };
const sendBack: TaskCommand = { type: 'SendBackTask', data: { reason: '职责不符，应由第十二检察厅牵头' } };
const reassign = (
  data: Partial<{ leadUnitId: string; coUnitIds: string[]; leadLeaderId: string }> = {},
): TaskCommand => ({
  type: 'ReassignResponsibility',
  data: { leadUnitId: 'dept-12', coUnitIds: ['dept-9'], reason: '改由第十二检察厅牵头', ...data },
});

describe('when no task was issued', () => {
  it('issues the task (立项交办) with its original deadline', () => {
    spec.given([]).when(issue(), as(SUPERVISOR)).then([e.issued()]);
  });

  it('accepts a deadline that falls today', () => {
    spec
      .given([])
      .when(issue({ deadline: '2026-03-02' }), as(SUPERVISOR))
      .then([e.issued({ deadline: '2026-03-02' })]);
  });

  it('accepts a committee member (检委会专职委员) as the leader in charge and no co-unit', () => {
    spec
      .given([])
      .when(issue({ leadLeaderId: 'member-ip', coUnitIds: [] }), as(SUPERVISOR))
      .then([e.issued({ leadLeaderId: 'member-ip', coUnitIds: [] })]);
  });

  it('refuses issue by a unit member', () => {
    spec.given([]).when(issue(), as(LEAD_UNIT)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('refuses issue by a leader', () => {
    spec.given([]).when(issue(), as(LEADER)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it.each(NO_COMMAND_ROLES)('refuses issue by %s', (_, actor) => {
    spec.given([]).when(issue(), as(actor)).thenThrows(AccessDenied, 'ROLE_CANNOT_COMMAND');
  });

  it('refuses a deadline already past', () => {
    const error = spec
      .given([])
      .when(issue({ deadline: '2026-03-01' }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'DEADLINE_IN_PAST');
    expect(error.details).toEqual({ deadline: '2026-03-01', today: '2026-03-02' });
  });

  it('refuses a deadline that is not a calendar date', () => {
    spec
      .given([])
      .when(issue({ deadline: '2026-02-30' }), as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'INVALID_DATE');
  });

  it('refuses an empty title', () => {
    spec
      .given([])
      .when(issue({ title: ' ' }), as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'TEXT_REQUIRED');
  });

  it('refuses a programme that was never launched', () => {
    spec
      .given([])
      .when(issue({ programmeId: 'spp-1999' }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'UNKNOWN_PROGRAMME');
  });

  it('refuses a closed programme', () => {
    const programme = launchedProgramme({
      type: 'ProgrammeClosed',
      data: { programmeId: 'spp-2026', summary: '全部完成', closedAt: AT },
    });
    spec
      .given([])
      .when(issue(), { ...as(SUPERVISOR), programme })
      .thenThrows(RuleBroken, 'PROGRAMME_CLOSED');
  });

  it('refuses a lead unit that is not registered, naming it', () => {
    const error = spec
      .given([])
      .when(issue({ leadUnitId: 'dept-99' }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'UNKNOWN_UNIT');
    expect(error.details).toEqual({ unitIds: ['dept-99'] });
  });

  it('refuses a co-unit that is not registered', () => {
    spec
      .given([])
      .when(issue({ coUnitIds: ['dept-1', 'dept-77'] }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'UNKNOWN_UNIT');
  });

  it('refuses a co-unit named twice', () => {
    spec
      .given([])
      .when(issue({ coUnitIds: ['dept-1', 'dept-1'] }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'CO_UNITS_NOT_DISTINCT');
  });

  it('refuses the lead unit as its own co-unit', () => {
    spec
      .given([])
      .when(issue({ coUnitIds: ['dept-9'] }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'LEAD_UNIT_ALSO_CO_UNIT');
  });

  it('refuses a leader in charge who is not registered', () => {
    spec
      .given([])
      .when(issue({ leadLeaderId: 'leader-nobody' }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'UNKNOWN_LEADER');
  });

  it('refuses a staff member as the leader in charge', () => {
    spec
      .given([])
      .when(issue({ leadLeaderId: 'clerk-9' }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'NOT_A_LEADER');
  });

  it('fails loudly when the caller did not load the programme and the directory', () => {
    expect(() => taskDecider.decide(issue(), taskDecider.initialState(), { actor: SUPERVISOR, now: NOW })).toThrow(
      MissingLookup,
    );
    expect(() =>
      taskDecider.decide(issue(), taskDecider.initialState(), {
        actor: SUPERVISOR,
        now: NOW,
        programme: launchedProgramme(),
      }),
    ).toThrow(/directory/);
  });

  it('answers TASK_NOT_FOUND to any other command', () => {
    spec.given([]).when(acknowledge, as(LEAD_UNIT)).thenThrows(NotFound, 'TASK_NOT_FOUND');
  });

  it('still refuses a role that issues no command before looking for the task', () => {
    spec.given([]).when(acknowledge, as(NO_COMMAND_ROLES[0][1])).thenThrows(AccessDenied, 'ROLE_CANNOT_COMMAND');
  });
});

describe('when issued', () => {
  it('refuses to issue the same task again', () => {
    spec.given(history.issued()).when(issue(), as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_ALREADY_ISSUED');
  });

  it('is acknowledged (签收) by the lead unit', () => {
    spec.given(history.issued()).when(acknowledge, as(LEAD_UNIT)).then([e.acknowledged()]);
  });

  it('is sent back (退回) by the lead unit with a reason', () => {
    spec.given(history.issued()).when(sendBack, as(LEAD_UNIT)).then([e.sentBack()]);
  });

  it('refuses a send back without a reason', () => {
    spec
      .given(history.issued())
      .when({ type: 'SendBackTask', data: { reason: '' } }, as(LEAD_UNIT))
      .thenThrows(InvalidCommand, 'TEXT_REQUIRED');
  });

  it.each([
    ['a co-unit', CO_UNIT],
    ['a unit member of another unit', OTHER_UNIT],
    ['the leader in charge', LEADER],
    ['the supervisor', SUPERVISOR],
  ])('refuses acknowledgement and send back by %s', (_, actor) => {
    spec.given(history.issued()).when(acknowledge, as(actor)).thenThrows(AccessDenied, 'LEAD_UNIT_ONLY');
    spec.given(history.issued()).when(sendBack, as(actor)).thenThrows(AccessDenied, 'LEAD_UNIT_ONLY');
  });

  it('refuses a reassignment of a task that was not sent back', () => {
    spec.given(history.issued()).when(reassign(), as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_NOT_SENT_BACK');
  });
});

describe('when acknowledged', () => {
  it('refuses a second acknowledgement', () => {
    const error = spec
      .given(history.acknowledged())
      .when(acknowledge, as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_AWAITING_ACKNOWLEDGEMENT');
    expect(error.details).toMatchObject({ status: 'acknowledged', allowedStatuses: ['issued'] });
  });

  it('refuses a send back once acknowledged', () => {
    spec
      .given(history.acknowledged())
      .when(sendBack, as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_AWAITING_ACKNOWLEDGEMENT');
  });
});

describe('when sent back', () => {
  it('is reassigned (改派) by the supervisor, keeping the leader in charge', () => {
    spec
      .given(history.sentBack())
      .when(reassign(), as(SUPERVISOR))
      .then([
        {
          type: 'ResponsibilityReassigned',
          data: {
            leadUnitId: 'dept-12',
            coUnitIds: ['dept-9'],
            leadLeaderId: 'leader-juvenile',
            previousLeadUnitId: 'dept-9',
            previousCoUnitIds: ['dept-1', 'dept-6'],
            previousLeadLeaderId: 'leader-juvenile',
            reason: '改由第十二检察厅牵头',
            reassignedAt: AT,
          },
        },
      ]);
  });

  it('is reassigned with a new leader in charge', () => {
    spec
      .given(history.sentBack())
      .when(reassign({ leadLeaderId: 'leader-civil', coUnitIds: [] }), as(SUPERVISOR))
      .then([
        {
          type: 'ResponsibilityReassigned',
          data: {
            leadUnitId: 'dept-12',
            coUnitIds: [],
            leadLeaderId: 'leader-civil',
            previousLeadUnitId: 'dept-9',
            previousCoUnitIds: ['dept-1', 'dept-6'],
            previousLeadLeaderId: 'leader-juvenile',
            reason: '改由第十二检察厅牵头',
            reassignedAt: AT,
          },
        },
      ]);
  });

  it('lets the new lead unit acknowledge after the reassignment, and not the old one', () => {
    const reassigned = [...history.sentBack(), e.reassigned()];
    spec
      .given(reassigned)
      .when(acknowledge, as({ userId: 'dept-12-staff', role: 'unit', unitId: 'dept-12' }))
      .then([{ type: 'TaskAcknowledged', data: { unitId: 'dept-12', acknowledgedAt: AT } }]);
    spec.given(reassigned).when(acknowledge, as(LEAD_UNIT)).thenThrows(AccessDenied, 'LEAD_UNIT_ONLY');
  });

  it('refuses a reassignment to an unregistered unit', () => {
    spec
      .given(history.sentBack())
      .when(reassign({ leadUnitId: 'dept-99' }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'UNKNOWN_UNIT');
  });

  it('refuses a reassignment naming the lead unit as a co-unit', () => {
    spec
      .given(history.sentBack())
      .when(reassign({ coUnitIds: ['dept-12'] }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'LEAD_UNIT_ALSO_CO_UNIT');
  });

  it('refuses a reassignment to a new leader who is not a leader', () => {
    spec
      .given(history.sentBack())
      .when(reassign({ leadLeaderId: 'clerk-9' }), as(SUPERVISOR))
      .thenThrows(RuleBroken, 'NOT_A_LEADER');
  });

  it('refuses a reassignment by the lead unit', () => {
    spec.given(history.sentBack()).when(reassign(), as(LEAD_UNIT)).thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('fails loudly when the caller did not load the directory', () => {
    const state = history.sentBack().reduce(taskDecider.evolve, taskDecider.initialState());
    expect(() => taskDecider.decide(reassign(), state, { actor: SUPERVISOR, now: NOW })).toThrow(MissingLookup);
  });

  it('refuses acknowledgement until reassigned', () => {
    spec
      .given(history.sentBack())
      .when(acknowledge, as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_NOT_AWAITING_ACKNOWLEDGEMENT');
  });
});

describe('when cancelled', () => {
  it.each<[string, TaskCommand]>([
    ['acknowledge', acknowledge],
    ['cancel again', { type: 'CancelTask', data: { reason: '再次撤销' } }],
    ['resume', { type: 'ResumeTask', data: { reason: '恢复' } }],
    ['urge', { type: 'IssueUrgeNotice', data: { urgeId: 'u9', reason: '催办', replyDueOn: '2026-03-10' } }],
  ])('refuses %s: no command at all on a cancelled task', (_, command) => {
    spec.given(history.cancelled()).when(command, as(SUPERVISOR)).thenThrows(StateConflict, 'TASK_CANCELLED');
  });

  it('refuses the lead unit’s progress report too', () => {
    spec
      .given(history.cancelled())
      .when({ type: 'ReportProgress', data: { summary: '进展', percent: 50 } }, as(LEAD_UNIT))
      .thenThrows(StateConflict, 'TASK_CANCELLED');
  });
});
