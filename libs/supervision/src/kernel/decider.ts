/** The shape shared by every aggregate: plain events and commands, pure evolve and decide. */
import type { CommandContext } from './actor';
import type { RecordedMessage } from './recorded-message';

export interface Message<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

export interface Decider<
  Command extends Message,
  Event extends Message,
  State,
  Context extends CommandContext = CommandContext,
> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State, context: Context) => Event[];
  /** The aggregate's checked door from the log: a recorded event in, its domain event out (or refused by name). */
  readonly decode: (recorded: RecordedMessage) => Event;
}

export function fold<Event, State>(
  evolve: (state: State, event: Event) => State,
  initial: State,
  events: readonly Event[],
): State {
  return events.reduce(evolve, initial);
}
