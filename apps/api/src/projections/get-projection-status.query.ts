/** Where each read model stands: checkpoint, log head, lag (events behind) and parked events. */
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProjectionAdmin, type ProjectionStatus } from '@app/projector';

export interface ProjectionsStatus {
  readonly head: string | null;
  readonly projections: readonly ProjectionStatus[];
}

export class GetProjectionStatusQuery extends Query<ProjectionsStatus> {}

@QueryHandler(GetProjectionStatusQuery)
export class GetProjectionStatusHandler implements IQueryHandler<GetProjectionStatusQuery> {
  constructor(private readonly admin: ProjectionAdmin) {}

  async execute(): Promise<ProjectionsStatus> {
    const projections = await this.admin.status();
    return { head: projections[0]?.head ?? null, projections };
  }
}
