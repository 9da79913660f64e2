/**
 * One event as an auditor reads it: who (actor, role, unit), what (command, event, data), when
 * (occurred and recorded), why (reason fields) and the causal links, with its place and hashes.
 */
import { formatPosition, type RecordedEvent } from '@app/event-store';
import { whyOf } from './why-fields';
import type { AuditEntry } from './audit-entry.view';

export type { AuditEntry } from './audit-entry.view';

export function toAuditEntry(event: RecordedEvent): AuditEntry {
  const meta = event.metadata;
  return {
    position: formatPosition(event.position),
    streamId: event.streamId,
    revision: Number(event.revision),
    eventId: event.id,
    type: event.type,
    who: { actorId: text(meta.actorId), role: text(meta.role), unitId: text(meta.unitId) },
    what: { command: text(meta.commandName), commandId: text(meta.commandId), event: event.type },
    when: { occurredAt: text(meta.occurredAt), recordedAt: event.recordedAt.toISOString() },
    why: whyOf(event.type, event.data),
    links: { correlationId: text(meta.correlationId), causationId: text(meta.causationId) },
    prevHash: text(meta.prevHash),
    hash: text(meta.hash),
    data: event.data,
    metadata: meta,
  };
}

/** When the act happened: the command's clock (occurredAt), else when the store recorded it. */
export function occurredAtOf(event: RecordedEvent): Date {
  const occurred = event.metadata.occurredAt;
  if (typeof occurred === 'string') {
    const time = Date.parse(occurred);
    if (!Number.isNaN(time)) return new Date(time);
  }
  return event.recordedAt;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
