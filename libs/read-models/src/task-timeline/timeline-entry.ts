/** The timeline's pure evolve: each task event becomes one entry, keyed by (task, revision), so a replay writes nothing new. */
import type { RecordedEvent } from '@app/event-store';
import { EVENT_TYPE_LABELS, TASK_STREAM_PREFIX, decodeTaskEvent } from '@app/supervision';
import type { Column } from '../sql/upsert-rows';
import { taskIdOf } from '../task-view/task-view';
import { timelineSentence, type SentencePart } from './timeline-sentence';

export interface TimelineRow {
  readonly task_id: string;
  readonly revision: number;
  readonly event_id: string;
  readonly event_type: string;
  readonly label: string;
  /** The sentence, its units and officials as references (named when read). */
  readonly summary_parts: SentencePart[];
  readonly actor_id: string | null;
  readonly actor_role: string | null;
  readonly actor_unit_id: string | null;
  /** When it happened, as the event says (its `<verb>At`), else when it was recorded. */
  readonly occurred_at: string;
  readonly recorded_at: string;
}

export const TIMELINE_COLUMNS: readonly Column[] = [
  { name: 'task_id', type: 'text' },
  { name: 'revision', type: 'bigint' },
  { name: 'event_id', type: 'text' },
  { name: 'event_type', type: 'text' },
  { name: 'label', type: 'text' },
  { name: 'summary_parts', type: 'jsonb' },
  { name: 'actor_id', type: 'text' },
  { name: 'actor_role', type: 'text' },
  { name: 'actor_unit_id', type: 'text' },
  { name: 'occurred_at', type: 'timestamptz' },
  { name: 'recorded_at', type: 'timestamptz' },
];

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

function instantIn(data: Record<string, unknown>): string | undefined {
  const entry = Object.entries(data).find(([key, value]) => key.endsWith('At') && typeof value === 'string');
  return entry?.[1] as string | undefined;
}
