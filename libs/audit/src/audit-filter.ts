/**
 * The filters every audit read shares (positions, stream, type, actor, time), parsed from query
 * text with the offending field named, and matched against recorded events.
 */
import { comparePositions, parsePosition, type GlobalPosition, type RecordedEvent } from '@app/event-store';
import { DomainError } from '@app/supervision';
import { occurredAtOf } from './audit-entry';

export interface AuditFilter {
  /** Inclusive. */
  readonly fromPosition?: GlobalPosition;
  /** Inclusive. */
  readonly toPosition?: GlobalPosition;
  /** Exact stream id. */
  readonly stream?: string;
  readonly types?: readonly string[];
  readonly actor?: string;
  /** Inclusive bounds on when the act happened (occurredAt). */
  readonly from?: Date;
  readonly to?: Date;
}

/** A query value that cannot be used; `field` names it. A domain error of kind `invalid`: the API answers 400. */
export class InvalidAuditQuery extends DomainError {
  readonly kind = 'invalid' as const;
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super('VALIDATION_FAILED', `${field}: ${problem}`, { field, fields: [{ field, problems: [problem] }] });
  }
}

export type QueryValues = Readonly<Record<string, unknown>>;

export function parseAuditFilter(query: QueryValues): AuditFilter {
  const fromPosition = optionalPosition(query, 'fromPosition');
  const toPosition = optionalPosition(query, 'toPosition');
  if (fromPosition && toPosition && comparePositions(fromPosition, toPosition) > 0)
    throw new InvalidAuditQuery('fromPosition', 'is after toPosition');
  const from = optionalTime(query, 'from');
  const to = optionalTime(query, 'to');
  if (from && to && from > to) throw new InvalidAuditQuery('from', 'is after to');
  const stream = optionalText(query, 'stream');
  const type = optionalText(query, 'type');
  const actor = optionalText(query, 'actor');
  return {
    ...(fromPosition ? { fromPosition } : {}),
    ...(toPosition ? { toPosition } : {}),
    ...(stream ? { stream } : {}),
    ...(type
      ? {
          types: type
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        }
      : {}),
    ...(actor ? { actor } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

export function matchesFilter(event: RecordedEvent, filter: AuditFilter): boolean {
  if (filter.fromPosition && comparePositions(event.position, filter.fromPosition) < 0) return false;
  if (filter.toPosition && comparePositions(event.position, filter.toPosition) > 0) return false;
  if (filter.stream !== undefined && event.streamId !== filter.stream) return false;
  if (filter.types && !filter.types.includes(event.type)) return false;
  if (filter.actor !== undefined && event.metadata.actorId !== filter.actor) return false;
  if (filter.from || filter.to) {
    const at = occurredAtOf(event);
    if (filter.from && at < filter.from) return false;
    if (filter.to && at > filter.to) return false;
  }
  return true;
}

/** The exclusive `after` for readAll that makes fromPosition inclusive: the position just before it. */
export function positionBefore(position: GlobalPosition): GlobalPosition | undefined {
  if (position.prepare > 0n) return { commit: position.commit, prepare: position.prepare - 1n };
  return position.commit > 0n ? { commit: position.commit - 1n, prepare: (1n << 63n) - 1n } : undefined;
}

export function optionalText(query: QueryValues, field: string, maxLength = 200): string | undefined {
  const value = query[field];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new InvalidAuditQuery(field, `must be given once, as text`);
  if (value.length > maxLength) throw new InvalidAuditQuery(field, `is longer than ${maxLength} characters`);
  return value;
}

export function optionalPosition(query: QueryValues, field: string): GlobalPosition | undefined {
  const value = optionalText(query, field, 50);
  if (value === undefined) return undefined;
  const position = parsePosition(value);
  if (!position) throw new InvalidAuditQuery(field, `must be a log position written <commit>-<prepare>, e.g. 812-45`);
  return position;
}

export function optionalTime(query: QueryValues, field: string): Date | undefined {
  const value = optionalText(query, field, 50);
  if (value === undefined) return undefined;
  // An ISO 8601 date or date-time; a bare date means its start in UTC.
  if (
    !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new InvalidAuditQuery(field, `must be an ISO 8601 time, e.g. 2026-03-02T09:00:00+08:00`);
  }
  return new Date(Date.parse(value));
}

export function optionalCount(query: QueryValues, field: string, min: number, max: number): number | undefined {
  const value = optionalText(query, field, 20);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max)
    throw new InvalidAuditQuery(field, `must be a whole number from ${min} to ${max}`);
  return number;
}

export const FILTER_FIELDS = ['fromPosition', 'toPosition', 'stream', 'type', 'actor', 'from', 'to'] as const;

/** An unknown query field is refused, not ignored: a misspelt filter must not widen what an auditor reads. */
export function requireKnownFields(query: QueryValues, known: readonly string[]): void {
  const unknown = Object.keys(query).find((field) => !known.includes(field));
  if (unknown !== undefined)
    throw new InvalidAuditQuery(unknown, `is not a known query field (known: ${known.join(', ')})`);
}
