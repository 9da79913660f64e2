import { DeciderSpecification } from '@app/testing';
import type { Actor, CommandContext } from '../../src/kernel/actor';
import { AccessDenied, InvalidCommand, NotFound, RuleBroken, StateConflict } from '../../src/kernel/domain-errors';
import type { DirectoryCommand } from '../../src/directory/directory.commands';
import { directoryDecider } from '../../src/directory/directory.decider';
import type { DirectoryEvent } from '../../src/directory/directory.events';
import { findOfficial, findUnit } from '../../src/directory/directory.state';

const spec = DeciderSpecification.for(directoryDecider);

describe('when the directory is empty', () => {
  it('registers a unit', () => {
    spec.given([]).when(registerUnit, as(SUPERVISOR)).then([unitRegistered]);
  });

  it('registers an official without a unit', () => {
    spec.given([]).when(registerLeader, as(SUPERVISOR)).then([leaderRegistered]);
  });

  it('refuses an official in a unit not registered', () => {
    const error = spec.given([]).when(registerClerk, as(SUPERVISOR)).thenThrows(RuleBroken, 'UNKNOWN_UNIT');
    expect(error.details).toEqual({ unitIds: ['dept-9'] });
  });

  it('refuses a unit of an unknown kind', () => {
    spec
      .given([])
      .when(
        { type: 'RegisterUnit', data: { unitId: 'x', name: '某单位', kind: 'club' } } as unknown as DirectoryCommand,
        as(SUPERVISOR),
      )
      .thenThrows(InvalidCommand, 'VALUE_NOT_ALLOWED');
  });

  it.each([
    ['a unit member', { userId: 'dept-9-staff', role: 'unit', unitId: 'dept-9' } satisfies Actor, 'SUPERVISOR_ONLY'],
    ['a leader', { userId: 'leader-juvenile', role: 'leader' } satisfies Actor, 'SUPERVISOR_ONLY'],
    ['an auditor', { userId: 'auditor', role: 'auditor' } satisfies Actor, 'ROLE_CANNOT_COMMAND'],
    ['a reader', { userId: 'dashboard', role: 'reader' } satisfies Actor, 'ROLE_CANNOT_COMMAND'],
    ['an admin', { userId: 'operator', role: 'admin' } satisfies Actor, 'ROLE_CANNOT_COMMAND'],
  ])('refuses every directory command by %s', (_, actor, code) => {
    for (const command of [registerUnit, registerLeader, assignLeader])
      spec.given([]).when(command, as(actor)).thenThrows(AccessDenied, code);
  });
});

describe('when units and officials are registered', () => {
  const registered = () => [unitRegistered, otherUnitRegistered, leaderRegistered];

  it('refuses a unit id registered before', () => {
    spec.given(registered()).when(registerUnit, as(SUPERVISOR)).thenThrows(StateConflict, 'UNIT_ALREADY_REGISTERED');
  });

  it('refuses an official id registered before', () => {
    spec
      .given(registered())
      .when(registerLeader, as(SUPERVISOR))
      .thenThrows(StateConflict, 'OFFICIAL_ALREADY_REGISTERED');
  });

  it('registers an official in a registered unit', () => {
    spec
      .given(registered())
      .when(registerClerk, as(SUPERVISOR))
      .then([
        {
          type: 'OfficialRegistered',
          data: { officialId: 'clerk-9', title: '第九检察厅干部', kind: 'staff', unitId: 'dept-9', registeredAt: AT },
        },
      ]);
  });

  it('assigns an official to a unit, naming the unit before', () => {
    spec.given(registered()).when(assignLeader, as(SUPERVISOR)).then([leaderAssigned]);
  });

  it('records nothing when the official is already in that unit', () => {
    spec
      .given([...registered(), leaderAssigned])
      .when(assignLeader, as(SUPERVISOR))
      .thenNothing();
  });

  it('refuses to assign an official not registered', () => {
    spec
      .given(registered())
      .when({ type: 'AssignOfficialToUnit', data: { officialId: 'nobody', unitId: 'dept-9' } }, as(SUPERVISOR))
      .thenThrows(NotFound, 'OFFICIAL_NOT_FOUND');
  });

  it('refuses to assign to a unit not registered', () => {
    spec
      .given(registered())
      .when(
        { type: 'AssignOfficialToUnit', data: { officialId: 'leader-juvenile', unitId: 'dept-99' } },
        as(SUPERVISOR),
      )
      .thenThrows(RuleBroken, 'UNKNOWN_UNIT');
  });

  it('keeps units and officials by id, with the latest unit of each official', () => {
    const state = [...registered(), leaderAssigned].reduce(directoryDecider.evolve, directoryDecider.initialState());
    expect(findUnit(state, 'dept-9')).toEqual({
      unitId: 'dept-9',
      name: '第九检察厅',
      kind: 'department',
      registeredAt: AT,
    });
    expect(findOfficial(state, 'leader-juvenile')).toMatchObject({ kind: 'leader', unitId: 'dept-9' });
    expect(findUnit(state, 'constructor')).toBeUndefined();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

// Fixtures
const NOW = new Date('2026-01-05T02:00:00.000Z');
const AT = NOW.toISOString();
const SUPERVISOR: Actor = { userId: 'duban-office', role: 'supervisor' };
const as = (actor: Actor): CommandContext => ({ actor, now: NOW });
const registerUnit: DirectoryCommand = {
  type: 'RegisterUnit',
  data: { unitId: 'dept-9', name: '第九检察厅', kind: 'department' },
};
const registerLeader: DirectoryCommand = {
  type: 'RegisterOfficial',
  data: { officialId: 'leader-juvenile', title: '分管未成年人检察的院领导', kind: 'leader' },
};
const registerClerk: DirectoryCommand = {
  type: 'RegisterOfficial',
  data: { officialId: 'clerk-9', title: '第九检察厅干部', kind: 'staff', unitId: 'dept-9' },
};
const assignLeader: DirectoryCommand = {
  type: 'AssignOfficialToUnit',
  data: { officialId: 'leader-juvenile', unitId: 'dept-9' },
};
const unitRegistered: DirectoryEvent = {
  type: 'UnitRegistered',
  data: { unitId: 'dept-9', name: '第九检察厅', kind: 'department', registeredAt: AT },
};
const otherUnitRegistered: DirectoryEvent = {
  type: 'UnitRegistered',
  data: { unitId: 'ip-office', name: '知识产权检察办公室', kind: 'department', registeredAt: AT },
};
const leaderRegistered: DirectoryEvent = {
  type: 'OfficialRegistered',
  data: {
    officialId: 'leader-juvenile',
    title: '分管未成年人检察的院领导',
    kind: 'leader',
    unitId: null,
    registeredAt: AT,
  },
};
const leaderAssigned: DirectoryEvent = {
  type: 'OfficialAssignedToUnit',
  data: { officialId: 'leader-juvenile', unitId: 'dept-9', previousUnitId: null, assignedAt: AT },
};
