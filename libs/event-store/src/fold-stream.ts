/**
 * Reads a stream and folds it into state: for looking up another aggregate while deciding. With
 * `states`, from the fold kept of it, reading only the events since (the directory grows with the
 * organisation, and each task issued looked it up from its first event).
 */
import type { EventStore } from './event-store.port';
import { loadStream, type PlainEvent, type StreamDecider } from './handle-command';
import type { StreamStates } from './stream-states';

export async function foldStream<State, Event extends PlainEvent>(
  store: EventStore,
  streamId: string,
  decider: StreamDecider<State, Event>,
  states?: StreamStates,
): Promise<{ state: State; revision: bigint }> {
  const { state, revision } = await loadStream(store, streamId, decider, states);
  return { state, revision };
}
