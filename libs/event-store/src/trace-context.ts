/**
 * The ledger's spans and the trace context in event metadata, through the OpenTelemetry API only: with
 * no tracer provider registered (the default, see startTracingFrom in @app/runtime) the tracer is a
 * no-op and each helper costs a function call.
 *
 * The trace context travels in each event's metadata as `traceparent` (W3C), written by the command
 * path and covered by the hash chain like the rest of the metadata; the projector's batch spans link
 * to the spans of the commands whose events they apply.
 */
import {
  context,
  propagation,
  trace,
  SpanKind,
  SpanStatusCode,
  type Link,
  type Span,
  type SpanOptions,
} from '@opentelemetry/api';

export const TRACER_NAME = 'supervision-ledger';

export function ledgerTracer() {
  return trace.getTracer(TRACER_NAME);
}

/** Runs `work` in an active span, ending it with the outcome (an exception recorded, the status set). */
export async function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  return ledgerTracer().startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The active span's context as a W3C `traceparent`, for an event's metadata; empty when nothing is traced. */
export function traceContextMetadata(): { traceparent?: string } {
  if (!trace.getActiveSpan()?.spanContext().traceId) return {};
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? { traceparent: carrier.traceparent } : {};
}

/** Links to the spans that caused these events, one per distinct `traceparent` in their metadata. */
export function linksToCauses(events: readonly { readonly metadata: Record<string, unknown> }[]): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const { metadata } of events) {
    const traceparent = metadata.traceparent;
    if (typeof traceparent !== 'string' || seen.has(traceparent)) continue;
    seen.add(traceparent);
    const cause = trace.getSpanContext(propagation.extract(context.active(), { traceparent }));
    if (cause) links.push({ context: cause });
  }
  return links;
}

export { SpanKind };
