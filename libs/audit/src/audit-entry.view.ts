/**
 * One event as an auditor reads it (a line of GET /api/audit/events): who (actor, role, unit), what
 * (command, event, data), when (occurred and recorded), why (reason fields) and the causal links, with
 * its place and hashes. Free of imports, so the console reads the same type as the API writes.
 */
export interface AuditEntry {
  readonly position: string;
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly who: { readonly actorId: string | null; readonly role: string | null; readonly unitId: string | null };
  readonly what: { readonly command: string | null; readonly commandId: string | null; readonly event: string };
  readonly when: { readonly occurredAt: string | null; readonly recordedAt: string };
  /** The data fields that say why, by event type (why-fields.ts): reason, comment, findings, text, subject … (empty when none). */
  readonly why: Readonly<Record<string, string>>;
  readonly links: { readonly correlationId: string | null; readonly causationId: string | null };
  readonly prevHash: string | null;
  readonly hash: string | null;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}
