/**
 * The ledger's spans and the trace context in event metadata, through the OpenTelemetry API only: with
 * no tracer provider registered (the default, see startTracingFrom in @app/runtime) the tracer is a
 * no-op, and each helper sees that (tracingOn) and skips the span work: a request or a command then
 * costs no span, context or attribute objects.
 *
 * The trace context travels in each event's metadata as `traceparent` (W3C), written by the command
 * path and covered by the hash chain like the rest of the metadata; the projector's batch spans link
 * to the spans of the commands whose events they apply.
 */
import {
  INVALID_SPAN_CONTEXT,
  ProxyTracerProvider,
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

/** The delegate of the global tracer provider while none is registered: every span of it is a no-op. */
const NO_TRACER_PROVIDER = new ProxyTracerProvider().getDelegate();
/** What `work` is given while traces are off: records nothing. */
const NOT_TRACED: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/** True once a tracer provider is registered (startTracingFrom, or a test's in-memory one); checked per use, so registering later counts. */
export function tracingOn(): boolean {
  const provider = trace.getTracerProvider();
  return !(provider instanceof ProxyTracerProvider) || provider.getDelegate() !== NO_TRACER_PROVIDER;
}

/** Runs `work` in an active span, ending it with the outcome (an exception recorded, the status set). */
export async function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  if (!tracingOn()) return work(NOT_TRACED);
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
