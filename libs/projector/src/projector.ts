/** Runs the log reader that keeps every registered projection live in this process; the standalone projector and the API's embedded mode both use it. */
import type { Projection } from './projection';
import { liveTables } from './apply-target';
import { resolveDeps, type ProjectorConfig, type ProjectorDeps } from './projector-options';
import { ensureProjectorSchema, lockProjection } from './projector-schema';
import { LogRunner } from './log-runner';
import { rebuildThoseWhoseSchemaChanged } from './schema-upgrade';
import { ProjectionPositions } from './projection-positions';
import { notifyCheckpoints } from './checkpoint-notifications';

export class Projector {
  private readonly deps: ProjectorDeps;
  private runner?: LogRunner;
  private stopNotifying?: () => Promise<void>;

  constructor(config: ProjectorConfig) {
    // Positions of its own when none are given: its advances are notified to the API processes all the same.
    this.deps = resolveDeps({ ...config, positions: config.positions ?? new ProjectionPositions() }, 'Projector');
  }

  /**
   * Migrates the projector's tables, rebuilds each projection whose schema version changed, creates
   * missing live tables, then starts following the log.
   */
  async start(): Promise<void> {
    if (this.runner) return;
    await ensureProjectorSchema(this.deps.dataSource);
    // Before the live tables: createTables for the new version may index a column the old tables lack.
    await rebuildThoseWhoseSchemaChanged(this.deps, this.deps.projections);
    for (const projection of this.deps.projections) await this.createLiveTables(projection);
    // One reader for all: the log is read once however many read models there are.
    this.runner = new LogRunner(this.deps, this.deps.projections);
    if (this.deps.positions && this.deps.dataSource.options.type === 'postgres')
      this.stopNotifying = notifyCheckpoints(this.deps.positions, this.deps.dataSource);
    this.runner.start();
    this.deps.logger.log(
      `projector started: ${this.deps.projections.map((p) => p.name).join(', ') || 'no projections registered'}`,
    );
  }

  async stop(): Promise<void> {
    await this.runner?.stop();
    this.runner = undefined;
    await this.stopNotifying?.();
    this.stopNotifying = undefined;
    this.deps.logger.log('projector stopped');
  }

  get projectionNames(): readonly string[] {
    return this.deps.projections.map((projection) => projection.name);
  }

  private async createLiveTables(projection: Projection): Promise<void> {
    await this.deps.dataSource.transaction(async (manager) => {
      // Under the projection's lock, so that it cannot interleave with a rebuild swapping the tables.
      await lockProjection(manager, projection.name);
      await projection.createTables(manager, liveTables(projection));
    });
  }
}
