/** The query side of the API, wired into the AppModule by these two lists. */
import type { Provider, Type } from '@nestjs/common';
import { DashboardsController } from '../dashboards/dashboards.controller';
import { GetGroupDashboardHandler } from '../dashboards/get-group-dashboard.query';
import { GetProgrammeDashboardHandler } from '../dashboards/get-programme-dashboard.query';
import { GetProjectionStatusHandler } from '../projections/get-projection-status.query';
import { ProjectionsController } from '../projections/projections.controller';
import { GetTaskTimelineHandler } from '../task-queries/get-task-timeline.query';
import { GetTaskHandler } from '../task-queries/get-task.query';
import { ListTasksHandler } from '../task-queries/list-tasks.query';
import { TaskQueriesController } from '../task-queries/task-queries.controller';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

export const QUERY_CONTROLLERS: Type[] = [TaskQueriesController, DashboardsController, ProjectionsController];

export const QUERY_PROVIDERS: Provider[] = [
  ReadYourWritesInterceptor,
  ListTasksHandler,
  GetTaskHandler,
  GetTaskTimelineHandler,
  GetProgrammeDashboardHandler,
  GetGroupDashboardHandler,
  GetProjectionStatusHandler,
];
