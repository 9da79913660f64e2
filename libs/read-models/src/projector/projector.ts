/** Runs every registered projection's live runner in this process; the standalone projector and the API's embedded mode both use it. */
import type { Projection } from '../projection';
import { liveTables } from './apply-target';
import { resolveDeps, type ProjectorConfig, type ProjectorDeps } from './projector-options';
import { ensureProjectorSchema, lockProjection } from './projector-schema';
import { ProjectionRunner } from './projection-runner';
import { rebuildIfSchemaChanged } from './schema-upgrade';

export class Projector {
  private readonly deps: ProjectorDeps;
  private runners: ProjectionRunner[] = [];

  constructor(config: ProjectorConfig) {
    this.deps = resolveDeps(config, 'Projector');
  }

  /**
   * Migrates the projector's tables, rebuilds each projection whose schema version changed, creates
   * missing live tables, then starts following the log.
   */
  async start(): Promise<void> {
    if (this.runners.length > 0) return;
    await ensureProjectorSchema(this.deps.dataSource);
    for (const projection of this.deps.projections) {
      // Before the live tables: createTables for the new version may index a column the old tables lack.
      await rebuildIfSchemaChanged(this.deps, projection);
      await this.createLiveTables(projection);
    }
    this.runners = this.deps.projections.map((projection) => new ProjectionRunner(this.deps, projection));
    for (const runner of this.runners) runner.start();
    this.deps.logger.log(`projector started: ${this.deps.projections.map((p) => p.name).join(', ') || 'no projections registered'}`);
  }

  async stop(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
    this.runners = [];
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
