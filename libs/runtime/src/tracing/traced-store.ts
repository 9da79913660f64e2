/** The event store with each append in a client span (a no-op while traces are off). */
import { SpanKind, inSpan, type AppendResult, type EventStore } from '@app/event-store';

export function traceAppends(store: EventStore): EventStore {
  const append = store.append.bind(store);
  const traced: EventStore = Object.create(store) as EventStore;
  traced.append = (streamId, events, expected): Promise<AppendResult> =>
    inSpan(
      'event-store append',
      { kind: SpanKind.CLIENT, attributes: { 'ledger.stream': streamId, 'ledger.events': events.length } },
      async (span) => {
        const result = await append(streamId, events, expected);
        span.setAttribute('ledger.revision', result.nextExpectedRevision.toString());
        return result;
      },
    );
  return traced;
}
