/**
 * Read-your-writes across threads: a projector in a worker thread tells the waits of the thread that
 * serves HTTP of each committed batch by a message, not through the database, and hears from it which
 * read models readers wait for (so that it applies their batches first). Each side keeps its own
 * ProjectionPositions; the relay copies advances one way and waits the other.
 */
import type { GlobalPosition } from '@app/event-store';
import type { ProjectionPositions } from './projection-positions';

/** A MessagePort, a Worker or a worker's parentPort. */
export interface RelayPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

type RelayMessage =
  | { readonly kind: 'projection-advanced'; readonly name: string; readonly commit: bigint; readonly prepare: bigint }
  | { readonly kind: 'projections-awaited'; readonly names: readonly string[] };

function isRelayMessage(message: unknown): message is RelayMessage {
  const kind = (message as { kind?: unknown } | null)?.kind;
  return kind === 'projection-advanced' || kind === 'projections-awaited';
}

/** The projector's side: every advance of `positions` goes to `port`; the waits told by `port` count here. Returns how to stop. */
export function relayAdvances(positions: ProjectionPositions, port: RelayPort): () => void {
  const stopListening = positions.listen({
    advanced: (name, position: GlobalPosition) =>
      port.postMessage({ kind: 'projection-advanced', name, commit: position.commit, prepare: position.prepare }),
  });
  const onMessage = (message: unknown) => {
    if (isRelayMessage(message) && message.kind === 'projections-awaited') positions.awaiting(message.names);
  };
  port.on('message', onMessage);
  return () => {
    stopListening();
    port.off('message', onMessage);
  };
}

/** The readers' side: the advances told by `port` wake the waits on `positions`; its waits go to `port`. Returns how to stop. */
export function followAdvances(positions: ProjectionPositions, port: RelayPort): () => void {
  const stopListening = positions.listen({
    awaiting: (names) => port.postMessage({ kind: 'projections-awaited', names: [...names] }),
  });
  const onMessage = (message: unknown) => {
    if (isRelayMessage(message) && message.kind === 'projection-advanced')
      positions.advanced(message.name, { commit: message.commit, prepare: message.prepare });
  };
  port.on('message', onMessage);
  return () => {
    stopListening();
    port.off('message', onMessage);
  };
}
