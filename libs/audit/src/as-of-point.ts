/**
 * "As of" a moment: a time (when acts happened, by the command clock), a stream revision, or a log
 * position. Replays take the prefix of each stream up to the point, never more.
 */
import { comparePositions, formatPosition, type GlobalPosition, type RecordedEvent } from '@app/event-store';
import { occurredAtOf } from './audit-entry';
import { InvalidAuditQuery, optionalPosition, optionalText, optionalTime, type QueryValues } from './audit-filter';

export type AsOfPoint =
  | { readonly kind: 'at'; readonly at: Date }
  | { readonly kind: 'revision'; readonly revision: bigint }
  | { readonly kind: 'position'; readonly position: GlobalPosition };

/** Whether an event happened at or before the point (events of one stream come in revision order). */
export function isWithin(event: RecordedEvent, point: AsOfPoint): boolean {
  switch (point.kind) {
    case 'at':
      return occurredAtOf(event) <= point.at;
    case 'revision':
      return event.revision <= point.revision;
    case 'position':
      return comparePositions(event.position, point.position) <= 0;
    default:
      point satisfies never;
      return false;
  }
}

/** Exactly one of at, revision and position (revision only where a single stream is meant). */
export function parseAsOfPoint(
  query: QueryValues,
  allowed: readonly AsOfPoint['kind'][] = ['at', 'revision', 'position'],
): AsOfPoint {
  const given = (['at', 'revision', 'position'] as const).filter(
    (field) => query[field] !== undefined && query[field] !== '',
  );
  const names = allowed.join(', ');
  if (given.length !== 1)
    throw new InvalidAuditQuery(
      given[1] ?? allowed[0],
      `give exactly one of ${names} (${given.length === 0 ? 'none' : given.join(' and ')} given)`,
    );
  const [field] = given;
  if (!allowed.includes(field)) throw new InvalidAuditQuery(field, `is not possible here; give one of ${names}`);
  if (field === 'at') return { kind: 'at', at: optionalTime(query, 'at')! };
  if (field === 'position') return { kind: 'position', position: optionalPosition(query, 'position')! };
  const text = optionalText(query, 'revision', 20)!;
  if (!/^\d{1,18}$/.test(text)) throw new InvalidAuditQuery('revision', 'must be a whole number from 0');
  return { kind: 'revision', revision: BigInt(text) };
}

export function describePoint(point: AsOfPoint): Record<string, string | number> {
  if (point.kind === 'at') return { at: point.at.toISOString() };
  if (point.kind === 'revision') return { revision: Number(point.revision) };
  return { position: formatPosition(point.position) };
}
