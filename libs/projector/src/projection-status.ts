/** Where each projection stands: its checkpoint, the log head, how far behind it is, what it parked. */
import { START, formatPosition } from '@app/event-store';
import { readCheckpoints } from './checkpoints';
import { countEventsBetween } from './log-reading';
import { countWaitingParked } from './parked-events';
import type { ProjectorDeps } from './projector-options';

export interface ProjectionStatus {
  readonly name: string;
  /** Null before the projection's first batch. */
  readonly checkpoint: string | null;
  readonly generation: number;
  readonly updatedAt: Date | null;
  readonly head: string;
  /**
   * Events behind: how many events of the projection's own streams lie after its checkpoint, up to
   * the head. Counted by reading them, up to `lagCountCap`; `lagCapped` says the count stopped there.
   */
  readonly lag: number;
  readonly lagCapped: boolean;
  /** Parked events still waiting for a replay. */
  readonly parked: number;
}

export async function projectionStatus(
  deps: Pick<ProjectorDeps, 'dataSource' | 'store' | 'projections' | 'options'>,
): Promise<ProjectionStatus[]> {
  const { dataSource, store, projections, options } = deps;
  const manager = dataSource.manager;
  const head = await store.headPosition();
  const checkpoints = await readCheckpoints(
    manager,
    projections.map((projection) => projection.name),
  );
  const parked = await countWaitingParked(manager);
  return Promise.all(
    projections.map(async (projection) => {
      const checkpoint = checkpoints.get(projection.name);
      const lag = await countEventsBetween(
        store,
        checkpoint?.position ?? START,
        head,
        projection.streamPrefixes,
        options.lagCountCap,
      );
      return {
        name: projection.name,
        checkpoint: checkpoint ? formatPosition(checkpoint.position) : null,
        generation: checkpoint?.generation ?? 0,
        updatedAt: checkpoint?.updatedAt ?? null,
        head: formatPosition(head),
        lag: lag.count,
        lagCapped: lag.capped,
        parked: parked.get(projection.name) ?? 0,
      };
    }),
  );
}
