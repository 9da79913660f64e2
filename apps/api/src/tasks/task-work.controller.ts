/** What units and leaders do on a task: the routes of task-work.routes.ts. */
import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandingRolesOnly } from '../auth/commanding-roles';
import { taskCommandRoutes } from './task-command-routes';
import { TASK_WORK_ROUTES } from './task-work.routes';

@ApiTags('task commands')
// The floor for a route that forgets its own parties: no auditor, reader or admin reaches a command.
@CommandingRolesOnly()
@Controller('api/tasks')
export class TaskWorkController extends taskCommandRoutes(TASK_WORK_ROUTES) {}
