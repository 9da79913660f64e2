/** The task aggregate as one Decider (stream `task-<id>`). */
import type { Decider } from '../kernel/decider';
import { decodeTaskEvent } from './task.decode';
import type { TaskCommand } from './task.commands';
import type { TaskCommandContext } from './task.context';
import { decideTask } from './task.decide';
import { evolveTask } from './task.evolve';
import type { TaskEvent } from './task.events';
import { initialTaskState, type TaskState } from './task.state';

export const taskDecider: Decider<TaskCommand, TaskEvent, TaskState, TaskCommandContext> = {
  initialState: initialTaskState,
  evolve: evolveTask,
  decide: decideTask,
  decode: decodeTaskEvent,
};
