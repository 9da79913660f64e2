import type { CommandContext, Decider } from '@app/supervision';
import { RuleBroken, StateConflict, eventDecoder } from '@app/supervision';
import { DeciderSpecification } from '../src/decider-specification';

// Fixtures first (the specification is built when the describe block is collected): a counter that refuses to go past 10.
type Add = { type: 'Add'; data: { by: number } };
type Added = { type: 'Added'; data: { by: number; note?: string } };
const context: CommandContext = { actor: { userId: 'u', role: 'supervisor' }, now: new Date('2026-01-01T00:00:00Z') };
const added = (by: number): Added => ({ type: 'Added', data: { by } });
const counter: Decider<Add, Added, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (total + command.data.by > 10) throw new RuleBroken('TOO_BIG', 'past ten', { total: total + command.data.by });
    return command.data.by === 0 ? [] : [added(command.data.by)];
  },
  decode: eventDecoder<Added>('counter', { Added: true }),
};

describe('DeciderSpecification', () => {
  const spec = DeciderSpecification.for(counter, context);

  it('passes when the command gives the expected events', () => {
    spec
      .given([added(1)])
      .when({ type: 'Add', data: { by: 2 } })
      .then([added(2)]);
  });

  it('fails when the events differ', () => {
    expect(() =>
      spec
        .given([])
        .when({ type: 'Add', data: { by: 2 } })
        .then([added(3)]),
    ).toThrow();
  });

  it('fails when an event is not plain JSON (an undefined value does not survive the round trip)', () => {
    const careless = DeciderSpecification.for(
      { ...counter, decide: (): Added[] => [{ type: 'Added', data: { by: 1, note: undefined } }] },
      context,
    );
    expect(() =>
      careless
        .given([])
        .when({ type: 'Add', data: { by: 1 } })
        .then([{ type: 'Added', data: { by: 1, note: undefined } }]),
    ).toThrow();
  });

  it('takes the context given to when over the default one', () => {
    const seen: CommandContext[] = [];
    const recording = DeciderSpecification.for({ ...counter, decide: (_c, _s, ctx) => (seen.push(ctx), []) }, context);
    const other = { ...context, now: new Date('2030-01-01T00:00:00Z') };
    recording
      .given([])
      .when({ type: 'Add', data: { by: 1 } }, other)
      .thenNothing();
    expect(seen).toEqual([other]);
  });

  it('asks for a context when none is given', () => {
    expect(() =>
      DeciderSpecification.for(counter)
        .given([])
        .when({ type: 'Add', data: { by: 1 } })
        .thenNothing(),
    ).toThrow(/give a context/);
  });

  it('checks nothing was decided with thenNothing', () => {
    spec
      .given([])
      .when({ type: 'Add', data: { by: 0 } })
      .thenNothing();
    expect(() =>
      spec
        .given([])
        .when({ type: 'Add', data: { by: 1 } })
        .thenNothing(),
    ).toThrow();
  });

  it('checks the error class and code with thenThrows, and returns the error', () => {
    const error = spec
      .given([added(9)])
      .when({ type: 'Add', data: { by: 2 } })
      .thenThrows(RuleBroken, 'TOO_BIG');
    expect(error.details).toEqual({ total: 11 });
    expect(() =>
      spec
        .given([added(9)])
        .when({ type: 'Add', data: { by: 2 } })
        .thenThrows(StateConflict),
    ).toThrow();
    expect(() =>
      spec
        .given([added(9)])
        .when({ type: 'Add', data: { by: 2 } })
        .thenThrows(RuleBroken, 'OTHER'),
    ).toThrow();
    expect(() =>
      spec
        .given([])
        .when({ type: 'Add', data: { by: 2 } })
        .thenThrows(RuleBroken),
    ).toThrow(/was accepted/);
  });

  it('says why when a command expected to pass was refused', () => {
    expect(() =>
      spec
        .given([added(9)])
        .when({ type: 'Add', data: { by: 2 } })
        .then([]),
    ).toThrow(/refused: RuleBroken TOO_BIG/);
  });
});
