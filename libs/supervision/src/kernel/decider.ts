/** The shape shared by every aggregate: plain events and commands, pure evolve and decide. */
import type { CommandContext } from './actor';

export interface Message<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

export interface Decider<Command extends Message, Event extends Message, State, Context extends CommandContext = CommandContext> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State, context: Context) => Event[];
}

export function fold<Event, State>(evolve: (state: State, event: Event) => State, initial: State, events: readonly Event[]): State {
  return events.reduce(evolve, initial);
}
