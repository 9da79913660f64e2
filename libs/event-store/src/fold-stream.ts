/** Reads a stream and folds it into state: for looking up another aggregate while deciding. */
import type { EventStore } from './event-store.port';
import type { PlainEvent, StreamDecider } from './handle-command';

export async function foldStream<State, Event extends PlainEvent>(
  store: EventStore,
  streamId: string,
  decider: StreamDecider<State, Event>,
): Promise<{ state: State; revision: bigint }> {
  let state = decider.initialState();
  let revision = -1n;
  for await (const event of store.readStream(streamId)) {
    state = decider.evolve(state, decider.decode(event));
    revision = event.revision;
  }
  return { state, revision };
}
