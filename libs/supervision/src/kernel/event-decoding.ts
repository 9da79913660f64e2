/**
 * The checked door from the log into the domain: a recorded event (type name, data, metadata) is
 * let in as a domain event only when this version of the domain knows its type and its version.
 * Each aggregate builds its decoder here from the list of its event types; an upcaster for an old
 * version of an event belongs in that aggregate's decoder, before the check.
 */
import type { Message } from './decider';
import type { RecordedMessage } from './recorded-message';

/** The event schema version this code writes (the `schemaVersion` of every event's metadata) and reads up to. */
export const EVENT_SCHEMA_VERSION = 1;

/** A recorded event this version cannot read: a newer type or version (deploy the newer reader), or a malformed record. */
export class UndecodableEvent extends Error {
  constructor(
    readonly aggregate: string,
    readonly eventType: string,
    readonly reason: 'unknown_type' | 'newer_version' | 'malformed',
    detail: string,
  ) {
    super(`cannot read the ${aggregate} event ${eventType}: ${detail}`);
    this.name = 'UndecodableEvent';
  }
}

/**
 * Every event type of an aggregate, as the keys of a record (whatever each type maps to): the compiler
 * fails when a new event type is missing from it.
 */
export type EventTypeSet<Event extends Message> = Readonly<Record<Event['type'], unknown>>;

export function eventDecoder<Event extends Message>(
  aggregate: string,
  types: EventTypeSet<Event>,
): (recorded: RecordedMessage) => Event {
  const known: Readonly<Record<string, unknown>> = types;
  return (recorded) => {
    if (!Object.hasOwn(known, recorded.type)) {
      throw new UndecodableEvent(
        aggregate,
        recorded.type,
        'unknown_type',
        `this version knows no such event type (a newer writer's?)`,
      );
    }
    const version = recorded.metadata?.schemaVersion ?? EVENT_SCHEMA_VERSION;
    if (typeof version !== 'number' || version > EVENT_SCHEMA_VERSION) {
      throw new UndecodableEvent(
        aggregate,
        recorded.type,
        'newer_version',
        `schema version ${String(version)}, this version reads up to ${EVENT_SCHEMA_VERSION}`,
      );
    }
    if (typeof recorded.data !== 'object' || recorded.data === null || Array.isArray(recorded.data)) {
      throw new UndecodableEvent(aggregate, recorded.type, 'malformed', 'its data is not an object');
    }
    // The type name is one of the aggregate's, checked above: the one place a record becomes a domain event.
    return { type: recorded.type, data: recorded.data } as Event;
  };
}
