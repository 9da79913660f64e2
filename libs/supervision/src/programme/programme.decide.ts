/** Decides programme commands: only the supervision office launches and closes a programme. */
import type { CommandContext } from '../kernel/actor';
import { instantOf } from '../kernel/calendar';
import { requireCalendarDate, requireSupervisor, requireText } from '../kernel/command-guards';
import { InvalidCommand } from '../kernel/domain-errors';
import type { CloseProgramme, LaunchProgramme, ProgrammeCommand } from './programme.commands';
import { programmeAlreadyClosed, programmeAlreadyLaunched, programmeNotFound } from './programme.errors';
import type { ProgrammeEvent } from './programme.events';
import type { ProgrammeState } from './programme.state';

export function decideProgramme(
  command: ProgrammeCommand,
  state: ProgrammeState,
  context: CommandContext,
): ProgrammeEvent[] {
  requireSupervisor(context, command.type);
  switch (command.type) {
    case 'LaunchProgramme':
      return launch(command, state, context);
    case 'CloseProgramme':
      return close(command, state, context);
    default: {
      const unknown: never = command;
      throw new InvalidCommand('UNKNOWN_COMMAND', `unknown programme command ${(unknown as { type: string }).type}`);
    }
  }
}

function launch({ data }: LaunchProgramme, state: ProgrammeState, { now }: CommandContext): ProgrammeEvent[] {
  if (state.status !== 'not_launched') throw programmeAlreadyLaunched(data.programmeId);
  requireText(data.title, 'title');
  requireCalendarDate(data.issuedOn, 'issuedOn');
  if (!Number.isInteger(data.year) || data.year < 1900 || data.year > 9999)
    throw new InvalidCommand('INVALID_YEAR', 'year must be a four-digit year', { year: data.year });
  if (!Number.isInteger(data.plannedTaskCount) || data.plannedTaskCount < 0) {
    throw new InvalidCommand('INVALID_TASK_COUNT', 'plannedTaskCount must be a whole number, zero or more', {
      plannedTaskCount: data.plannedTaskCount,
    });
  }
  const { programmeId, title, year, issuedOn, plannedTaskCount } = data;
  return [
    {
      type: 'ProgrammeLaunched',
      data: { programmeId, title, year, issuedOn, plannedTaskCount, launchedAt: instantOf(now) },
    },
  ];
}

function close({ data }: CloseProgramme, state: ProgrammeState, { now }: CommandContext): ProgrammeEvent[] {
  if (state.status === 'not_launched') throw programmeNotFound(data.programmeId);
  if (state.status === 'closed') throw programmeAlreadyClosed(state.programmeId);
  requireText(data.summary, 'summary');
  return [
    {
      type: 'ProgrammeClosed',
      data: { programmeId: state.programmeId, summary: data.summary, closedAt: instantOf(now) },
    },
  ];
}
