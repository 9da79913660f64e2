/** Decides directory commands: only the supervision office registers units and officials. */
import type { CommandContext } from '../kernel/actor';
import { instantOf } from '../kernel/calendar';
import { requireOneOf, requireSupervisor, requireText } from '../kernel/command-guards';
import { InvalidCommand } from '../kernel/domain-errors';
import {
  OFFICIAL_KINDS,
  UNIT_KINDS,
  type AssignOfficialToUnit,
  type DirectoryCommand,
  type RegisterOfficial,
  type RegisterUnit,
} from './directory.commands';
import { officialAlreadyRegistered, officialNotFound, unitAlreadyRegistered, unknownUnits } from './directory.errors';
import type { DirectoryEvent } from './directory.events';
import { findOfficial, findUnit, type DirectoryState } from './directory.state';

export function decideDirectory(
  command: DirectoryCommand,
  state: DirectoryState,
  context: CommandContext,
): DirectoryEvent[] {
  requireSupervisor(context, command.type);
  switch (command.type) {
    case 'RegisterUnit':
      return registerUnit(command, state, context);
    case 'RegisterOfficial':
      return registerOfficial(command, state, context);
    case 'AssignOfficialToUnit':
      return assignOfficial(command, state, context);
    default: {
      const unknown: never = command;
      throw new InvalidCommand('UNKNOWN_COMMAND', `unknown directory command ${(unknown as { type: string }).type}`);
    }
  }
}

function registerUnit({ data }: RegisterUnit, state: DirectoryState, { now }: CommandContext): DirectoryEvent[] {
  if (findUnit(state, data.unitId)) throw unitAlreadyRegistered(data.unitId);
  const name = requireText(data.name, 'name');
  const kind = requireOneOf(data.kind, UNIT_KINDS, 'kind');
  return [{ type: 'UnitRegistered', data: { unitId: data.unitId, name, kind, registeredAt: instantOf(now) } }];
}

function registerOfficial(
  { data }: RegisterOfficial,
  state: DirectoryState,
  { now }: CommandContext,
): DirectoryEvent[] {
  if (findOfficial(state, data.officialId)) throw officialAlreadyRegistered(data.officialId);
  const title = requireText(data.title, 'title');
  const kind = requireOneOf(data.kind, OFFICIAL_KINDS, 'kind');
  const unitId = data.unitId ?? null;
  if (unitId !== null && !findUnit(state, unitId)) throw unknownUnits([unitId]);
  return [
    {
      type: 'OfficialRegistered',
      data: { officialId: data.officialId, title, kind, unitId, registeredAt: instantOf(now) },
    },
  ];
}

/** Assigning an official to the unit they are already in is a no-op (nothing to record). */
function assignOfficial(
  { data }: AssignOfficialToUnit,
  state: DirectoryState,
  { now }: CommandContext,
): DirectoryEvent[] {
  const official = findOfficial(state, data.officialId);
  if (!official) throw officialNotFound(data.officialId);
  if (!findUnit(state, data.unitId)) throw unknownUnits([data.unitId]);
  if (official.unitId === data.unitId) return [];
  return [
    {
      type: 'OfficialAssignedToUnit',
      data: {
        officialId: official.officialId,
        unitId: data.unitId,
        previousUnitId: official.unitId,
        assignedAt: instantOf(now),
      },
    },
  ];
}
