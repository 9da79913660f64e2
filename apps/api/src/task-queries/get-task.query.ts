/** One task's detail as the task-detail read model has it, with its flags as of now and what the reader may do on it; 404 when unknown. */
import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { findNamedTaskDetail } from '@app/read-models';
import { CLOCK } from '@app/commands';
import type { Clock, Actor } from '@app/supervision';
import { taskDetailView } from './task-view-mapper';
import type { TaskDetailView } from './task-views';

export class GetTaskQuery extends Query<TaskDetailView> {
  constructor(
    readonly taskId: string,
    /** Who reads: the answer says which commands they may send. */
    readonly reader: Actor,
  ) {
    super();
  }
}

@QueryHandler(GetTaskQuery)
export class GetTaskHandler implements IQueryHandler<GetTaskQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ taskId, reader }: GetTaskQuery): Promise<TaskDetailView> {
    const view = await findNamedTaskDetail(this.dataSource.manager, taskId);
    if (!view) throw taskNotFound(taskId);
    return taskDetailView(taskId, view, view.names, this.clock.now(), reader);
  }
}

export function taskNotFound(taskId: string): NotFoundException {
  return new NotFoundException({ code: 'TASK_NOT_FOUND', message: `no task ${taskId} in the read models` });
}
