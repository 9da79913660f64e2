/**
 * Replays a stream's parked events after the projection was fixed: all of them, in stream order, in
 * one transaction under the projection's lock, so the live runner applies the stream's next events
 * only after them. A replay that still fails changes nothing but the parked rows' attempt counts.
 */
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from './projection';
import { liveTables } from './apply-target';
import { ApplyError, isTransient, messageOf } from './failures';
import { listWaitingParked, markReplayed, recordFailedReplay, type ParkedEvent } from './parked-events';
import { findProjection, type ProjectorDeps } from './projector-options';
import { lockProjection } from './projector-schema';

export type ReplayOutcome =
  | { readonly streamId: string; readonly status: 'replayed'; readonly events: number }
  | { readonly streamId: string; readonly status: 'failed'; readonly events: number; readonly error: string };

type ReplayDeps = Pick<ProjectorDeps, 'dataSource' | 'store' | 'projections' | 'logger'>;

/** One outcome per stream with parked events (only `streamId` when given); streams are replayed independently. */
export async function replayParked(
  deps: ReplayDeps,
  projectionName: string,
  streamId?: string,
): Promise<ReplayOutcome[]> {
  const projection = findProjection(deps, projectionName);
  const waiting = await listWaitingParked(deps.dataSource.manager, projection.name, streamId);
  const streamIds = [...new Set(waiting.map((parked) => parked.streamId))];
  const outcomes: ReplayOutcome[] = [];
  for (const id of streamIds) outcomes.push(await replayStream(deps, projection, id));
  return outcomes;
}

async function replayStream(deps: ReplayDeps, projection: Projection, streamId: string): Promise<ReplayOutcome> {
  let parked: ParkedEvent[] = [];
  try {
    await deps.dataSource.transaction(async (manager) => {
      await lockProjection(manager, projection.name);
      parked = await listWaitingParked(manager, projection.name, streamId);
      const events = await loadParkedEvents(deps, streamId, parked);
      try {
        await projection.apply(manager, events, liveTables(projection));
      } catch (error) {
        throw new ApplyError(error, events);
      }
      await markReplayed(
        manager,
        parked.map((event) => event.id),
      );
    });
  } catch (error) {
    if (!(error instanceof ApplyError) || isTransient(error)) throw error;
    const message = messageOf(error.cause);
    await deps.dataSource.transaction((manager) =>
      recordFailedReplay(
        manager,
        parked.map((event) => event.id),
        message,
      ),
    );
    deps.logger.error(
      `projection ${projection.name}: replay of ${parked.length} parked events of stream ${streamId} failed again: ${message}`,
    );
    return { streamId, status: 'failed', events: parked.length, error: message };
  }
  deps.logger.log(`projection ${projection.name}: replayed ${parked.length} parked events of stream ${streamId}`);
  return { streamId, status: 'replayed', events: parked.length };
}

/** The parked rows say which events; the store holds them. In stream order, which is the log's order within a stream. */
async function loadParkedEvents(
  deps: ReplayDeps,
  streamId: string,
  parked: readonly ParkedEvent[],
): Promise<RecordedEvent[]> {
  const wanted = new Set(parked.map((event) => event.eventId));
  const last = parked.reduce((max, event) => (event.revision > max ? event.revision : max), -1n);
  const events: RecordedEvent[] = [];
  for await (const event of deps.store.readStream(streamId, { toRevision: last })) {
    if (wanted.has(event.id)) events.push(event);
  }
  if (events.length !== parked.length) {
    throw new Error(`stream ${streamId}: ${parked.length} events parked but ${events.length} found in the event store`);
  }
  return events;
}
