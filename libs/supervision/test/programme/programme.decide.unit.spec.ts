import { DeciderSpecification } from '@app/testing';
import type { Actor, CommandContext } from '../../src/kernel/actor';
import { AccessDenied, InvalidCommand, NotFound, StateConflict } from '../../src/kernel/domain-errors';
import type { ProgrammeCommand } from '../../src/programme/programme.commands';
import { programmeDecider } from '../../src/programme/programme.decider';
import type { ProgrammeEvent } from '../../src/programme/programme.events';

const spec = DeciderSpecification.for(programmeDecider);

describe('when no programme was launched', () => {
  it('launches the programme (督办批次) with its planned count', () => {
    spec.given([]).when(launch(), as(SUPERVISOR)).then([launched]);
  });

  it.each([
    ['a unit member', { userId: 'dept-9-staff', role: 'unit', unitId: 'dept-9' } satisfies Actor, 'SUPERVISOR_ONLY'],
    ['a leader', { userId: 'leader-juvenile', role: 'leader' } satisfies Actor, 'SUPERVISOR_ONLY'],
    ['an auditor', { userId: 'auditor', role: 'auditor' } satisfies Actor, 'ROLE_CANNOT_COMMAND'],
    ['a reader', { userId: 'dashboard', role: 'reader' } satisfies Actor, 'ROLE_CANNOT_COMMAND'],
    ['an admin', { userId: 'operator', role: 'admin' } satisfies Actor, 'ROLE_CANNOT_COMMAND'],
  ])('refuses a launch by %s', (_, actor, code) => {
    spec.given([]).when(launch(), as(actor)).thenThrows(AccessDenied, code);
  });

  it('refuses a meeting day that is not a date', () => {
    spec
      .given([])
      .when(launch({ issuedOn: '2026-02-30' }), as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'INVALID_DATE');
  });

  it('refuses a year that is not a year', () => {
    spec
      .given([])
      .when(launch({ year: 26.5 }), as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'INVALID_YEAR');
  });

  it('refuses a negative planned count', () => {
    spec
      .given([])
      .when(launch({ plannedTaskCount: -1 }), as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'INVALID_TASK_COUNT');
  });

  it('refuses to close a programme never launched', () => {
    spec.given([]).when(close, as(SUPERVISOR)).thenThrows(NotFound, 'PROGRAMME_NOT_FOUND');
  });
});

describe('when launched', () => {
  it('refuses a second launch', () => {
    spec.given([launched]).when(launch(), as(SUPERVISOR)).thenThrows(StateConflict, 'PROGRAMME_ALREADY_LAUNCHED');
  });

  it('closes the programme with its annual summary (完成情况)', () => {
    spec.given([launched]).when(close, as(SUPERVISOR)).then([closed]);
  });

  it('refuses a close by a unit member', () => {
    spec
      .given([launched])
      .when(close, as({ userId: 'dept-9-staff', role: 'unit', unitId: 'dept-9' }))
      .thenThrows(AccessDenied, 'SUPERVISOR_ONLY');
  });

  it('refuses a close without a summary', () => {
    spec
      .given([launched])
      .when({ type: 'CloseProgramme', data: { programmeId: 'spp-2022', summary: '' } }, as(SUPERVISOR))
      .thenThrows(InvalidCommand, 'TEXT_REQUIRED');
  });

  it('keeps what was launched in its state', () => {
    expect([launched].reduce(programmeDecider.evolve, programmeDecider.initialState())).toEqual({
      status: 'launched',
      ...launched.data,
      summary: null,
      closedAt: null,
    });
  });
});

describe('when closed', () => {
  it('refuses a second close', () => {
    spec.given([launched, closed]).when(close, as(SUPERVISOR)).thenThrows(StateConflict, 'PROGRAMME_ALREADY_CLOSED');
  });

  it('keeps the summary and the time it was closed', () => {
    expect([launched, closed].reduce(programmeDecider.evolve, programmeDecider.initialState())).toMatchObject({
      status: 'closed',
      summary: closed.data.summary,
      closedAt: AT,
    });
  });
});

// Fixtures
const NOW = new Date('2022-02-08T02:00:00.000Z');
const AT = NOW.toISOString();
const SUPERVISOR: Actor = { userId: 'duban-office', role: 'supervisor' };
const as = (actor: Actor): CommandContext => ({ actor, now: NOW });
const programme = {
  programmeId: 'spp-2022',
  title: '最高检党组2022年重点督办任务',
  year: 2022,
  issuedOn: '2022-02-08',
  plannedTaskCount: 68,
};
const launch = (overrides: Partial<typeof programme> = {}): ProgrammeCommand => ({
  type: 'LaunchProgramme',
  data: { ...programme, ...overrides },
});
const close: ProgrammeCommand = {
  type: 'CloseProgramme',
  data: { programmeId: 'spp-2022', summary: '68项任务全部办结' },
};
const launched = { type: 'ProgrammeLaunched', data: { ...programme, launchedAt: AT } } satisfies ProgrammeEvent;
const closed = {
  type: 'ProgrammeClosed',
  data: { programmeId: 'spp-2022', summary: '68项任务全部办结', closedAt: AT },
} satisfies ProgrammeEvent;
