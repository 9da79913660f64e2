/** The deadline watcher's read model: per task, the deadline in force and what was already recorded about it. */
export * from './task-deadline.evolve';
export { taskDeadlinesProjection, TASK_DEADLINES } from './task-deadlines.projection';
export * from './overdue-tasks.query';
