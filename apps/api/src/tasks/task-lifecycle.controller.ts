/** Issuing and routing a task, and the supervisor's decisions on it: the routes of task-lifecycle.routes.ts. */
import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandingRolesOnly } from '../auth/commanding-roles';
import { taskCommandRoutes } from './task-command-routes';
import { TASK_LIFECYCLE_ROUTES } from './task-lifecycle.routes';

@ApiTags('task commands')
// The floor for a route that forgets its own parties: no auditor, reader or admin reaches a command.
@CommandingRolesOnly()
@Controller('api/tasks')
export class TaskLifecycleController extends taskCommandRoutes(TASK_LIFECYCLE_ROUTES) {}
