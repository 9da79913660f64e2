/** The programme aggregate as one Decider (stream `programme-<id>`). */
import type { CommandContext } from '../kernel/actor';
import type { Decider } from '../kernel/decider';
import { decodeProgrammeEvent } from './programme.decode';
import type { ProgrammeCommand } from './programme.commands';
import { decideProgramme } from './programme.decide';
import type { ProgrammeEvent } from './programme.events';
import { evolveProgramme, initialProgrammeState, type ProgrammeState } from './programme.state';

export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState, CommandContext> = {
  initialState: initialProgrammeState,
  evolve: evolveProgramme,
  decide: decideProgramme,
  decode: decodeProgrammeEvent,
};
