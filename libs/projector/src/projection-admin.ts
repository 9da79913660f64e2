/**
 * What the API (or a CLI) asks of projections, through PostgreSQL and the event store only: status,
 * parked events, replays, rebuilds, checksums, read-your-writes. Holds no state of the projector's.
 */
import type { GlobalPosition } from '@app/event-store';
import { checksumLive, type Checksum } from './checksum';
import { listWaitingParked, type ParkedEvent } from './parked-events';
import { projectionStatus, type ProjectionStatus } from './projection-status';
import { findProjection, resolveDeps, type ProjectorConfig, type ProjectorDeps } from './projector-options';
import { ensureProjectorSchema } from './projector-schema';
import { rebuildProjection, rebuildProjections, type RebuildOptions, type RebuildResult } from './rebuild';
import type { ProgressListener } from './rebuild-progress';
import { replayParked, type ReplayOutcome } from './replay-parked';
import { checksumOfFreshRebuild, type FreshRebuildOptions } from './scratch-build';
import { ProjectionPositions } from './projection-positions';
import { waitForCheckpoints } from './wait-for-position';
import { readCheckpoints, type Checkpoint } from './checkpoints';

export class ProjectionAdmin {
  private readonly deps: ProjectorDeps;
  private schema?: Promise<void>;
  /** Give these to a projector in the same process: its committed batches then end the waits at once. */
  readonly positions: ProjectionPositions;

  constructor(config: ProjectorConfig) {
    this.deps = resolveDeps(config, 'Projections');
    this.positions = config.positions ?? new ProjectionPositions();
  }

  /** The names of the read models this admin answers for, whether or not they have a checkpoint yet. */
  get projectionNames(): string[] {
    return this.deps.projections.map((p) => p.name);
  }

  async status(): Promise<ProjectionStatus[]> {
    await this.ready();
    return projectionStatus(this.deps);
  }

  /** Parked events still waiting for a replay, oldest first. */
  async listParked(projection?: string): Promise<ParkedEvent[]> {
    await this.ready();
    if (projection !== undefined) findProjection(this.deps, projection);
    return listWaitingParked(this.deps.dataSource.manager, projection);
  }

  async replayParked(projection: string, streamId?: string): Promise<ReplayOutcome[]> {
    await this.ready();
    return replayParked(this.deps, projection, streamId);
  }

  async rebuild(projection: string, onProgress?: ProgressListener, options?: RebuildOptions): Promise<RebuildResult> {
    await this.ready();
    return rebuildProjection(this.deps, projection, onProgress, options);
  }

  /** Several read models from one reading of the log; all or none (see rebuildProjections). */
  async rebuildTogether(projections: readonly string[], onProgress?: ProgressListener): Promise<RebuildResult[]> {
    await this.ready();
    return rebuildProjections(this.deps, projections, onProgress);
  }

  async checksum(projection: string): Promise<Checksum> {
    await this.ready();
    return checksumLive(this.deps.dataSource, findProjection(this.deps, projection));
  }

  async checksumOfFreshRebuild(projection: string, options?: FreshRebuildOptions): Promise<Checksum> {
    await this.ready();
    return checksumOfFreshRebuild(this.deps, projection, options);
  }

  /** Each registered projection's checkpoint as it stands: one small read, for feeds that push advances. */
  async checkpoints(): Promise<Map<string, Checkpoint>> {
    await this.ready();
    return readCheckpoints(
      this.deps.dataSource.manager,
      this.deps.projections.map((p) => p.name),
    );
  }

  /** True once the named projections (or all registered ones) reflect the log up to `position`; false on timeout. */
  async waitForPosition(
    projections: 'all' | string | readonly string[],
    position: GlobalPosition,
    timeoutMs: number,
  ): Promise<boolean> {
    const names =
      projections === 'all'
        ? this.deps.projections.map((p) => p.name)
        : typeof projections === 'string'
          ? [projections]
          : projections;
    for (const name of names) findProjection(this.deps, name);
    await this.ready();
    return waitForCheckpoints(this.deps.dataSource, names, position, { timeoutMs, positions: this.positions });
  }

  private ready(): Promise<void> {
    this.schema ??= ensureProjectorSchema(this.deps.dataSource).catch((error: unknown) => {
      this.schema = undefined;
      throw error;
    });
    return this.schema;
  }
}
