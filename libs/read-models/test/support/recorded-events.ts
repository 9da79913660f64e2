/** Spec support: domain events as the store would give them back (stream, revision, position, actor metadata). */
import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@app/event-store';

let nextPosition = 1n;

export interface RecordOptions {
  /** Revision of the first event (default 0). */
  readonly from?: number;
  readonly metadata?: Record<string, unknown>;
}

export function recorded(
  streamId: string,
  events: readonly { type: string; data: unknown }[],
  options: RecordOptions = {},
): RecordedEvent[] {
  const from = options.from ?? 0;
  return events.map((event, index) => {
    const position = nextPosition++;
    return {
      id: randomUUID(),
      type: event.type,
      streamId,
      revision: BigInt(from + index),
      position: { commit: position, prepare: position },
      data: JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>,
      metadata: { actorId: 'duban-office', role: 'supervisor', unitId: null, ...options.metadata },
      recordedAt: new Date('2026-03-02T01:00:05.000Z'),
    };
  });
}
