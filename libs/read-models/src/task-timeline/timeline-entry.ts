/** The timeline's pure evolve: each task event becomes one entry, keyed by (task, revision), so a replay writes nothing new. */
import type { RecordedEvent } from '@app/event-store';
import { EVENT_TYPE_LABELS, TASK_STREAM_PREFIX, decodeTaskEvent } from '@app/supervision';
import {
  bigint,
  defineTable,
  jsonb,
  nullable,
  text as textColumn,
  timestamptz,
  type RowOf,
} from '../sql/read-model-table';
import { taskIdOf } from '../task-view/task-view';
import { timelineSentence, type SentencePart } from './timeline-sentence';

export const TASK_TIMELINE = 'task_timeline';

export const TASK_TIMELINE_TABLE = defineTable({
  name: TASK_TIMELINE,
  version: 1,
  columns: {
    task_id: textColumn(),
    revision: bigint(),
    event_id: textColumn(),
    event_type: textColumn(),
    label: textColumn(),
    /** The sentence, its units and officials as references (named when read). */
    summary_parts: jsonb<SentencePart[]>(),
    actor_id: nullable(textColumn()),
    actor_role: nullable(textColumn()),
    actor_unit_id: nullable(textColumn()),
    /** When it happened, as the event says (its `<verb>At`), else when it was recorded. */
    occurred_at: timestamptz(),
    recorded_at: timestamptz(),
  },
  key: ['task_id', 'revision'],
});

export type TimelineRow = RowOf<typeof TASK_TIMELINE_TABLE.columns>;

export function timelineRowOf(event: RecordedEvent): TimelineRow | undefined {
  if (!event.streamId.startsWith(TASK_STREAM_PREFIX)) return undefined;
  const taskEvent = decodeTaskEvent(event);
  const labels: Readonly<Record<string, string>> = EVENT_TYPE_LABELS;
  return {
    task_id: taskIdOf(event.streamId),
    revision: Number(event.revision),
    event_id: event.id,
    event_type: event.type,
    label: Object.hasOwn(labels, event.type) ? labels[event.type] : event.type,
    summary_parts: timelineSentence(taskEvent),
    actor_id: text(event.metadata.actorId),
    actor_role: text(event.metadata.role),
    actor_unit_id: text(event.metadata.unitId),
    occurred_at: instantIn(event.data) ?? event.recordedAt.toISOString(),
    recorded_at: event.recordedAt.toISOString(),
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

// A loop, not Object.entries: this runs for every task event of a catch-up, and the entries were garbage at once.
function instantIn(data: Record<string, unknown>): string | undefined {
  for (const key in data) {
    const value = data[key];
    if (key.endsWith('At') && typeof value === 'string') return value;
  }
  return undefined;
}
