/**
 * The status transition: which status an event leaves a task in, as the event table
 * (TASK_EVENTS in task.events.ts) declares it. The domain's evolve and every read model
 * that keeps a task's status (the deadline watcher's) use it.
 */
import { TASK_EVENTS, type TaskEvent, type TaskEventOf, type TaskEventType, type TaskStatus } from './task.events';

export function taskStatusAfter(status: TaskStatus, event: TaskEvent): TaskStatus {
  // An unknown (newer) event type at run time leaves the status as it was.
  if (!Object.hasOwn(TASK_EVENTS, event.type)) return status;
  return statusAfter(event.type, event, status);
}

function statusAfter<Type extends TaskEventType>(type: Type, event: TaskEventOf<Type>, status: TaskStatus): TaskStatus {
  const change = TASK_EVENTS[type].status;
  if (change === 'unchanged') return status;
  return typeof change === 'function' ? change(event) : change;
}
