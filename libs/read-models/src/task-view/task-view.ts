/**
 * The fold every task read model shares: the domain's own `evolveTask`, guarded by the stream
 * revision, so that an event at or below the revision a row reflects changes nothing.
 */
import type { RecordedEvent } from '@app/event-store';
import {
  TASK_STREAM_PREFIX,
  evolveTask,
  initialTaskState,
  isIssued,
  type Task,
  decodeTaskEvent,
} from '@app/supervision';

export interface TaskView {
  /** The stream revision of the last event folded in. */
  readonly revision: number;
  readonly state: Task;
}

export function evolveTaskView(
  view: TaskView | undefined,
  event: Pick<RecordedEvent, 'type' | 'data' | 'revision'>,
): TaskView | undefined {
  const revision = Number(event.revision);
  if (view && revision <= view.revision) return view;
  const state = evolveTask(view?.state ?? initialTaskState(), decodeTaskEvent(event));
  return isIssued(state) ? { revision, state } : view;
}

export function foldTaskView(
  view: TaskView | undefined,
  events: readonly Pick<RecordedEvent, 'type' | 'data' | 'revision'>[],
): TaskView | undefined {
  return events.reduce<TaskView | undefined>(evolveTaskView, view);
}

export function taskIdOf(streamId: string): string {
  return streamId.slice(TASK_STREAM_PREFIX.length);
}

/** The batch's task events by task id, each list in log order. */
export function groupByTask(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const groups = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (!event.streamId.startsWith(TASK_STREAM_PREFIX)) continue;
    const taskId = taskIdOf(event.streamId);
    const group = groups.get(taskId);
    if (group) group.push(event);
    else groups.set(taskId, [event]);
  }
  return groups;
}
