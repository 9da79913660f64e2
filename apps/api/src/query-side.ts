/** The read side over HTTP: the board, details, timelines, dashboards, the directory's reads, and the projections' status and operations. */
import { Module, type Provider, type Type } from '@nestjs/common';
import { ProjectionOperationsController } from './projections/projection-operations.controller';
import { DashboardsController } from './dashboards/dashboards.controller';
import { GetGroupDashboardHandler } from './dashboards/get-group-dashboard.query';
import { GetProgrammeDashboardHandler } from './dashboards/get-programme-dashboard.query';
import { GetProjectionStatusHandler } from './projections/get-projection-status.query';
import { ProjectionsController } from './projections/projections.controller';
import { GetTaskTimelineHandler } from './task-queries/get-task-timeline.query';
import { GetTaskHandler } from './task-queries/get-task.query';
import { ListTasksHandler } from './task-queries/list-tasks.query';
import { TaskQueriesController } from './task-queries/task-queries.controller';
import { DirectoryQueriesController } from './directory-queries/directory-queries.controller';
import { GetProgrammeHandler } from './directory-queries/get-programme.query';
import { GetUnitHandler } from './directory-queries/get-unit.query';
import { GetOfficialHandler } from './directory-queries/get-official.query';
import { ListOfficialsHandler } from './directory-queries/list-officials.query';
import { ListProgrammesHandler } from './directory-queries/list-programmes.query';
import { ListUnitsHandler } from './directory-queries/list-units.query';
import { ReadYourWritesInterceptor } from './read-side/read-your-writes.interceptor';
import { ReadModelPositionsController } from './read-model-events/read-model-positions.controller';
import { ReadModelPositionsFeed } from './read-model-events/read-model-positions.feed';
import { RebuildTracker } from './projections/rebuild-tracker';

export const QUERY_CONTROLLERS: Type[] = [
  TaskQueriesController,
  DashboardsController,
  DirectoryQueriesController,
  ProjectionsController,
  ReadModelPositionsController,
];

export const QUERY_PROVIDERS: Provider[] = [
  ReadYourWritesInterceptor,
  ReadModelPositionsFeed,
  ListTasksHandler,
  GetTaskHandler,
  GetTaskTimelineHandler,
  GetProgrammeDashboardHandler,
  GetGroupDashboardHandler,
  GetProjectionStatusHandler,
  ListProgrammesHandler,
  GetProgrammeHandler,
  GetUnitHandler,
  GetOfficialHandler,
  ListUnitsHandler,
  ListOfficialsHandler,
];

@Module({
  controllers: [...QUERY_CONTROLLERS, ProjectionOperationsController],
  providers: [...QUERY_PROVIDERS, RebuildTracker],
})
export class ReadSideModule {}
