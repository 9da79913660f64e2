import { fold } from '../../src/kernel/decider';
import type { Actor } from '../../src/kernel/actor';
import { DomainError } from '../../src/kernel/domain-errors';
import { allowedTaskCommands, TASK_ACTION_COMMANDS } from '../../src/task/task.allowed-commands';
import { MissingLookup } from '../../src/task/task.context';
import type { TaskCommand } from '../../src/task/task.commands';
import { TASK_DECISIONS, decideTask } from '../../src/task/task.decide';
import type { TaskEvent } from '../../src/task/task.events';
import { evolveTask } from '../../src/task/task.evolve';
import { initialTaskState, isIssued, type TaskState } from '../../src/task/task.state';
import {
  ADMIN,
  AFTER_DEADLINE,
  AUDITOR,
  CO_UNIT,
  LEAD_UNIT,
  LEADER,
  NO_COMMAND_ROLES,
  NOW,
  OTHER_LEADER,
  OTHER_UNIT,
  READER,
  SECOND_CO_UNIT,
  SUPERVISOR,
  e,
  history,
  as,
} from './task.fixtures';

/** Given a history, when the actor asks what it may do, then these commands. */
function allowed(events: TaskEvent[], actor: Actor, now: Date = NOW) {
  return allowedTaskCommands(fold(evolveTask, initialTaskState(), events), actor, now);
}

const OFFICE_WHILE_OPEN = ['IssueUrgeNotice', 'SuspendTask', 'CancelTask'];

describe('given a task just issued', () => {
  it('offers its lead unit to acknowledge it or send it back', () => {
    expect(allowed(history.issued(), LEAD_UNIT)).toEqual(['AcknowledgeTask', 'SendBackTask']);
  });

  it('offers the supervision office to urge, suspend or cancel it', () => {
    expect(allowed(history.issued(), SUPERVISOR)).toEqual(OFFICE_WHILE_OPEN);
  });

  it('offers the leader in charge an instruction, and another leader nothing', () => {
    expect(allowed(history.issued(), LEADER)).toEqual(['RecordInstruction']);
    expect(allowed(history.issued(), OTHER_LEADER)).toEqual([]);
  });

  it('offers a co-unit and a unit with no part in it nothing', () => {
    expect(allowed(history.issued(), CO_UNIT)).toEqual([]);
    expect(allowed(history.issued(), OTHER_UNIT)).toEqual([]);
  });

  it.each(NO_COMMAND_ROLES)('offers the %s nothing', (_, actor) => {
    expect(allowed(history.issued(), actor)).toEqual([]);
  });
});

describe('given a task sent back', () => {
  it('offers the supervision office to reassign it', () => {
    expect(allowed(history.sentBack(), SUPERVISOR)).toEqual(['ReassignResponsibility', ...OFFICE_WHILE_OPEN]);
  });
});

describe('given a task acknowledged', () => {
  it('offers the lead unit and the leader the work plan, and the lead unit an extension request', () => {
    expect(allowed(history.acknowledged(), LEAD_UNIT)).toEqual(['SubmitWorkPlan', 'RequestDeadlineExtension']);
    expect(allowed(history.acknowledged(), LEADER)).toEqual(['SubmitWorkPlan', 'RecordInstruction']);
  });
});

describe('given a task in progress with co-units yet to countersign', () => {
  it('offers the lead unit the work but not the completion report', () => {
    expect(allowed(history.inProgress(), LEAD_UNIT)).toEqual([
      'ReportProgress',
      'CompleteMilestone',
      'RecordOutcome',
      'RequestCooperation',
      'RequestDeadlineExtension',
    ]);
  });

  it('offers a co-unit its own input and its countersign', () => {
    expect(allowed(history.inProgress(), CO_UNIT)).toEqual([
      'ReportProgress',
      'RecordOutcome',
      'RequestCooperation',
      'CountersignCompletion',
    ]);
  });

  it('no longer offers a countersign to the co-unit that gave it', () => {
    expect(allowed([...history.inProgress(), e.countersigned('dept-1')], CO_UNIT)).not.toContain(
      'CountersignCompletion',
    );
    expect(allowed([...history.inProgress(), e.countersigned('dept-1')], SECOND_CO_UNIT)).toContain(
      'CountersignCompletion',
    );
  });

  it('offers the completion report once every co-unit has countersigned', () => {
    expect(allowed(history.countersignedByAll(), LEAD_UNIT)).toContain('ReportCompletion');
  });

  it('offers no milestone to complete once all are done', () => {
    expect(allowed([...history.inProgress(), e.milestoneDone('m1'), e.milestoneDone('m2')], LEAD_UNIT)).not.toContain(
      'CompleteMilestone',
    );
  });

  it('offers no extension request once the deadline day has come', () => {
    expect(allowed(history.inProgress(), LEAD_UNIT, AFTER_DEADLINE)).not.toContain('RequestDeadlineExtension');
  });

  it('offers the unit asked for co-operation to answer, once', () => {
    const asked = [...history.inProgress(), e.cooperationRequested('c1', 'dept-3')];
    expect(allowed(asked, OTHER_UNIT)).toEqual(['ProvideCooperation']);
    expect(allowed([...asked, e.cooperationProvided('c1', 'dept-3')], OTHER_UNIT)).toEqual([]);
  });
});

describe('given an extension request awaiting a decision', () => {
  const requested = [...history.inProgress(), e.extensionRequested()];

  it('offers the supervision office to approve or reject it', () => {
    expect(allowed(requested, SUPERVISOR)).toEqual(
      expect.arrayContaining(['ApproveDeadlineExtension', 'RejectDeadlineExtension']),
    );
  });

  it('offers the lead unit no second request', () => {
    expect(allowed(requested, LEAD_UNIT)).not.toContain('RequestDeadlineExtension');
  });

  it('offers no decision once it is decided', () => {
    expect(allowed([...requested, e.extended()], SUPERVISOR)).not.toContain('ApproveDeadlineExtension');
  });
});

describe('given a completion reported', () => {
  it('offers the supervision office to accept or return it', () => {
    expect(allowed(history.completionReported(), SUPERVISOR)).toEqual([
      'IssueUrgeNotice',
      'AcceptCompletion',
      'ReturnCompletion',
      'SuspendTask',
      'CancelTask',
    ]);
  });

  it('offers the lead unit nothing while it waits', () => {
    expect(allowed(history.completionReported(), LEAD_UNIT)).toEqual([]);
  });
});

describe('given a completed task', () => {
  it('offers the supervision office the rating and a look-back review', () => {
    expect(allowed(history.completed(), SUPERVISOR)).toEqual(['RateTask', 'OpenLookBackReview', 'CancelTask']);
  });

  it('under look-back review, offers the lead unit the rectification and the office the closing', () => {
    expect(allowed(history.underReview(), LEAD_UNIT)).toEqual(['ReportRectification']);
    expect(allowed(history.underReview(), SUPERVISOR)).toEqual([
      'IssueUrgeNotice',
      'CloseLookBackReview',
      'SuspendTask',
      'CancelTask',
    ]);
  });
});

describe('given a suspended task', () => {
  it('offers the supervision office to resume or cancel it, and the lead unit nothing', () => {
    expect(allowed(history.suspended(), SUPERVISOR)).toEqual(['ResumeTask', 'CancelTask']);
    expect(allowed(history.suspended(), LEAD_UNIT)).toEqual([]);
  });
});

describe('given a cancelled task, or none', () => {
  it.each([SUPERVISOR, LEAD_UNIT, LEADER, CO_UNIT])('offers nothing to anyone (%o)', (actor) => {
    expect(allowed(history.cancelled(), actor)).toEqual([]);
    expect(allowed([], actor)).toEqual([]);
  });
});

describe('agreement with decide', () => {
  const histories = Object.entries(history).map(([name, make]) => [name, make()] as const);
  const actors = [SUPERVISOR, LEAD_UNIT, CO_UNIT, OTHER_UNIT, LEADER, OTHER_LEADER];

  it('offers what decide takes with an ordinary body, and never what it refuses for the actor or the status, whatever the history and actor', () => {
    for (const [, events] of histories) {
      const state = fold(evolveTask, initialTaskState(), events);
      for (const actor of actors) {
        const offered = new Set<string>(allowedTaskCommands(state, actor, NOW));
        for (const type of TASK_ACTION_COMMANDS) {
          // A body that breaks no rule of its own: any refusal left is the actor's or the state's.
          const refusedBy = refusalOf(() => decideTask({ type, data: bodies[type] } as never, state, as(actor)));
          if (offered.has(type))
            expect({
              type,
              refusedBy:
                refusedBy === 'forbidden' || refusedBy === 'conflict' ? refusedBy : 'not for the actor or the status',
            }).toEqual({ type, refusedBy: 'not for the actor or the status' });
          else
            expect({ type, refusedBy: refusedBy === null ? 'taken' : 'refused' }).toEqual({
              type,
              refusedBy: 'refused',
            });
        }
      }
    }
  });
});

describe('the same answer as probing every command through decide', () => {
  const histories: [string, TaskEvent[]][] = [
    ...Object.entries(history).map(([name, make]): [string, TaskEvent[]] => [name, make()]),
    ['none', []],
    ['countersigned by one co-unit', [...history.inProgress(), e.countersigned('dept-1')]],
    ['with every milestone done', [...history.inProgress(), e.milestoneDone('m1'), e.milestoneDone('m2')]],
    ['with co-operation asked', [...history.inProgress(), e.cooperationRequested('c1', 'dept-3')]],
    [
      'with co-operation given',
      [...history.inProgress(), e.cooperationRequested('c1', 'dept-3'), e.cooperationProvided('c1', 'dept-3')],
    ],
    ['with an extension asked', [...history.inProgress(), e.extensionRequested()]],
    ['with an extension granted', [...history.inProgress(), e.extensionRequested(), e.extended()]],
  ];
  const actors = [
    SUPERVISOR,
    LEAD_UNIT,
    CO_UNIT,
    SECOND_CO_UNIT,
    OTHER_UNIT,
    LEADER,
    OTHER_LEADER,
    AUDITOR,
    READER,
    ADMIN,
  ];
  const cases = histories.flatMap(([name, events]) =>
    actors.flatMap((actor) => [NOW, AFTER_DEADLINE].map((now) => ({ name, events, actor, now: now.toISOString() }))),
  );

  it.each(cases)('given $name, $actor.userId at $now is offered what decide takes', ({ events, actor, now }) => {
    const state = fold(evolveTask, initialTaskState(), events);
    expect(allowedTaskCommands(state, actor, new Date(now))).toEqual(probedCommands(state, actor, new Date(now)));
  });

  it.each([AUDITOR, READER, ADMIN])('offers the $role nothing, whatever the history', (actor) => {
    for (const [, events] of histories)
      expect(allowedTaskCommands(fold(evolveTask, initialTaskState(), events), actor, NOW)).toEqual([]);
  });

  it('leaves refusals elsewhere their stack traces', () => {
    allowedTaskCommands(fold(evolveTask, initialTaskState(), history.inProgress()), OTHER_UNIT, NOW);
    expect(new Error('after the probes').stack).toContain('task.allowed-commands.unit.spec');
  });
});

/** How the answer was found before: every probe of every command through decide, a refusal being any domain error. */
function probedCommands(state: TaskState, actor: Actor, now: Date): string[] {
  if (!isIssued(state)) return [];
  return TASK_ACTION_COMMANDS.filter((type) =>
    TASK_DECISIONS[type].probes(state, actor).some((probe: TaskCommand) => {
      try {
        decideTask(probe, state, { actor, now });
        return true;
      } catch (error) {
        if (error instanceof MissingLookup) return true;
        if (error instanceof DomainError) return false;
        throw error;
      }
    }),
  );
}

function refusalOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { kind?: string }).kind ?? 'error';
  }
}

/** Ordinary bodies a user might send, for the agreement check. */
const bodies: Record<string, unknown> = {
  AcknowledgeTask: {},
  SendBackTask: { reason: '职责不符' },
  ReassignResponsibility: { reason: '改派', leadUnitId: 'dept-12', coUnitIds: [] },
  SubmitWorkPlan: { plan: '计划', milestones: [] },
  ReportProgress: { summary: '进展', percent: 10 },
  CompleteMilestone: { milestoneId: 'm1' },
  RecordOutcome: { outcomeId: 'o9', kind: 'report', title: '报告' },
  RequestCooperation: { requestId: 'c9', fromUnitId: 'dept-12', subject: '请配合' },
  ProvideCooperation: { requestId: 'c1', response: '已配合' },
  RecordInstruction: { text: '抓紧办理' },
  IssueUrgeNotice: { urgeId: 'u9', reason: '请报告', replyDueOn: '2026-03-20' },
  RequestDeadlineExtension: { requestId: 'x9', requestedDeadline: '2027-06-30', reason: '需延期' },
  ApproveDeadlineExtension: { requestId: 'x1' },
  RejectDeadlineExtension: { requestId: 'x1', reason: '不同意' },
  CountersignCompletion: {},
  ReportCompletion: { summary: '已完成' },
  AcceptCompletion: {},
  ReturnCompletion: { reason: '请补充' },
  RateTask: { rating: 'excellent' },
  OpenLookBackReview: { reviewId: 'r9', findings: '发现问题' },
  ReportRectification: { summary: '已整改' },
  CloseLookBackReview: { conclusion: '整改到位' },
  SuspendTask: { reason: '暂停' },
  ResumeTask: { reason: '恢复' },
  CancelTask: { reason: '撤销' },
};
