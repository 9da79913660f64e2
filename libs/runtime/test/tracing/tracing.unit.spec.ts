/** Traces are off unless the environment configures an OTLP exporter. */
import { trace } from '@opentelemetry/api';
import { inSpan, tracingOn } from '@app/event-store';
import { startTracingFrom } from '../../src/tracing/tracing';

describe('starting traces from the environment', () => {
  afterEach(() => trace.disable());

  it('registers nothing by default, nor when the SDK is disabled', () => {
    expect(startTracingFrom({}, 'ledger-api')).toBeUndefined();
    expect(
      startTracingFrom(
        { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' },
        'ledger-api',
      ),
    ).toBeUndefined();
    expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
    expect(tracingOn()).toBe(false);
  });

  it('skips the span work while off, and records spans once a provider is registered', async () => {
    await expect(inSpan('probe', {}, async (span) => span.isRecording())).resolves.toBe(false);
    const tracing = startTracingFrom({ OTEL_TRACES_EXPORTER: 'otlp' }, 'ledger-api');
    expect(tracingOn()).toBe(true);
    await expect(inSpan('probe', {}, async (span) => span.isRecording())).resolves.toBe(true);
    await tracing!.shutdown().catch(() => undefined);
    trace.disable();
    expect(tracingOn()).toBe(false);
  });

  it('registers a recording tracer when an OTLP endpoint or exporter is configured', async () => {
    for (const env of [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, { OTEL_TRACES_EXPORTER: 'otlp' }]) {
      const tracing = startTracingFrom(env, 'ledger-api');
      expect(tracing).toBeDefined();
      const span = trace.getTracer('probe').startSpan('probe');
      expect(span.isRecording()).toBe(true);
      span.end();
      await tracing!.shutdown().catch(() => undefined); // nothing listens on the endpoint: the flush may fail
      trace.disable();
    }
  });
});
