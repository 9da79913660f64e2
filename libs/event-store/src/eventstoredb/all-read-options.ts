/**
 * What the EventStoreDB adapter asks the server for when it reads `$all`: where to start and which
 * streams, so that the server filters (on stream-name prefixes, or at least system events away) and
 * only our events cross the network. The client's readAll takes no filter, so every read of `$all`
 * (catching up, rebuilding, subscribing) goes through a filtered subscription built here.
 */
import {
  START as ESDB_START,
  excludeSystemEvents,
  streamNameFilter,
  type Filter,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import type { GlobalPosition } from '../event-store.port';

/** Called by the server's checkpoints, which it sends while it scans past events the filter drops. */
export type CheckpointListener = (position: Position) => void;

export interface AllReadOptions {
  readonly fromPosition: ReadPosition;
  readonly filter: Filter;
}

/**
 * `after` is exclusive in the port and the server's fromPosition inclusive: the caller drops the event
 * at `after` itself. A checkpoint after every search window (interval 1), so that a reader bounded by
 * the head learns soon that the server scanned past it, even when the last events are not ours.
 */
export function allReadOptions(
  after: GlobalPosition | undefined,
  streamPrefixes: readonly string[] | undefined,
  onCheckpoint?: CheckpointListener,
): AllReadOptions {
  const checkpoint = onCheckpoint
    ? { checkpointReached: (_subscription: unknown, position: Position) => onCheckpoint(position) }
    : {};
  const filter =
    streamPrefixes && streamPrefixes.length > 0
      ? streamNameFilter({ prefixes: [...streamPrefixes], checkpointInterval: 1, ...checkpoint })
      : excludeSystemEvents({ checkpointInterval: 1, ...checkpoint });
  return {
    fromPosition:
      after && (after.commit > 0n || after.prepare > 0n)
        ? { commit: after.commit, prepare: after.prepare }
        : ESDB_START,
    filter,
  };
}
