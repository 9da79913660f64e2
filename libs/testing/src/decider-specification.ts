/**
 * Given-When-Then for deciders (after Emmett's DeciderSpecification):
 *   DeciderSpecification.for(decider, context).given([events]).when(command).then([events])
 * `then` also checks that the events are plain JSON (they are hashed after a JSON round trip):
 * no `undefined`, no Date, no class instance.
 */
import type { CommandContext, Decider, Message } from '@app/supervision';

type ErrorClass = abstract new (...args: never[]) => Error;

export interface DeciderThen<Event> {
  /** The command produces exactly these events. */
  then(expected: readonly Event[]): void;
  /** The command is accepted and produces no event (an idempotent no-op). */
  thenNothing(): void;
  /** The command is refused with this error class (and code, when given); returns the error for further checks. */
  thenThrows<E extends Error>(errorClass: ErrorClass & (abstract new (...args: never[]) => E), code?: string): E;
}

export interface DeciderWhen<Command, Event, Context> {
  when(command: Command, context?: Context): DeciderThen<Event>;
}

export interface DeciderGiven<Command, Event, Context> {
  given(events: readonly Event[]): DeciderWhen<Command, Event, Context>;
}

export const DeciderSpecification = {
  for<Command extends Message, Event extends Message, State, Context extends CommandContext>(
    decider: Decider<Command, Event, State, Context>,
    defaultContext?: Context | (() => Context),
  ): DeciderGiven<Command, Event, Context> {
    return {
      given: (events) => ({
        when: (command, context) => {
          const state = events.reduce(decider.evolve, decider.initialState());
          const act = () => decider.decide(command, state, context ?? resolve(defaultContext));
          return thenFor(act);
        },
      }),
    };
  },
};

function resolve<Context>(context: Context | (() => Context) | undefined): Context {
  if (context === undefined)
    throw new Error(
      'DeciderSpecification: give a context to when(...) or to DeciderSpecification.for(decider, context)',
    );
  return typeof context === 'function' ? (context as () => Context)() : context;
}

function thenFor<Event>(act: () => Event[]): DeciderThen<Event> {
  const run = (): Event[] => {
    try {
      return act();
    } catch (error) {
      const described =
        error instanceof Error
          ? `${error.name}${'code' in error ? ` ${String(error.code)}` : ''}: ${error.message}`
          : String(error);
      throw new Error(`expected the command to be accepted, but it was refused: ${described}`, { cause: error });
    }
  };
  return {
    then(expected) {
      const actual = run();
      expect(actual).toStrictEqual(expected);
      expect(JSON.parse(JSON.stringify(actual))).toStrictEqual(actual);
    },
    thenNothing() {
      expect(run()).toStrictEqual([]);
    },
    thenThrows(errorClass, code) {
      let produced: Event[] | undefined;
      try {
        produced = act();
      } catch (error) {
        expect(error).toBeInstanceOf(errorClass);
        if (code !== undefined) expect((error as { code?: unknown }).code).toBe(code);
        return error as never;
      }
      throw new Error(
        `expected ${errorClass.name}${code ? ` ${code}` : ''}, but the command was accepted with ${JSON.stringify(produced)}`,
      );
    },
  };
}
