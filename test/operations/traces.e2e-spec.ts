/**
 * Traces, with an in-memory exporter in place of OTLP: a command over HTTP is one trace (the request's
 * server span, the command's span under it, the append's under that), its events carry the command
 * span's `traceparent` in their metadata, and the projector's batch span links to that command.
 */
import {
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-node';
import { SpanKind, trace } from '@opentelemetry/api';
import { eventually } from '@app/testing';
import { post } from '../support/http-client';
import { JUVENILE_UNIT, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('traces from the HTTP request to the projector', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let app: TestApp;

  beforeAll(async () => {
    provider.register();
    app = await startTestApp({ now: '2026-03-02T09:00:00+08:00' });
    await givenOrganisation(app);
  });
  afterAll(async () => {
    await app.close();
    await provider.shutdown();
    trace.disable();
  });

  it('links the request, the command, the append and the projector batch that applied its events', async () => {
    // Given an issued task.
    const taskId = await givenIssuedTask(app);
    exporter.reset();

    // When its unit acknowledges it over HTTP.
    const answer = await post(
      app.url,
      `/api/tasks/${taskId}/acknowledge`,
      {},
      { token: app.tokenFor(JUVENILE_UNIT as never) },
    );
    expect(answer.status).toBe(200);

    // Then the request's span is the parent of the command's, which is the parent of the append's...
    const spans = await eventually(
      async () => exporter.getFinishedSpans(),
      (found) => found.some((span) => span.kind === SpanKind.SERVER && span.name.includes('/acknowledge')),
      10_000,
    );
    const request = spans.find((span) => span.kind === SpanKind.SERVER && span.name.includes('/acknowledge'))!;
    expect(request.name).toBe('POST /api/tasks/:taskId/acknowledge');
    expect(request.attributes['http.response.status_code']).toBe(200);
    const command = only(spans, (span) => span.name === 'command AcknowledgeTask');
    expect(parentOf(command)).toBe(request.spanContext().spanId);
    expect(command.spanContext().traceId).toBe(request.spanContext().traceId);
    const append = only(
      spans,
      (span) => span.name === 'event-store append' && parentOf(span) === command.spanContext().spanId,
    );
    expect(append.attributes['ledger.stream']).toBe(`task-${taskId}`);

    // ...its event carries the command span's context...
    const events = await app.readStream(`task-${taskId}`);
    const acknowledged = events[events.length - 1];
    expect(acknowledged.type).toBe('TaskAcknowledged');
    expect(acknowledged.metadata.traceparent).toBe(
      `00-${command.spanContext().traceId}-${command.spanContext().spanId}-01`,
    );

    // ...and the projector's batch that applied it links back to the command.
    const batch = await eventually(
      async () =>
        exporter
          .getFinishedSpans()
          .find(
            (span) =>
              span.name === 'projector batch' &&
              span.links.some((link) => link.context.spanId === command.spanContext().spanId),
          ),
      (found) => found !== undefined,
      15_000,
    );
    expect(batch!.links.find((link) => link.context.spanId === command.spanContext().spanId)!.context.traceId).toBe(
      command.spanContext().traceId,
    );
    // A trace of its own: the batch is caused by the command, not part of its request.
    expect(batch!.spanContext().traceId).not.toBe(request.spanContext().traceId);
  });
});

function only(spans: readonly ReadableSpan[], matches: (span: ReadableSpan) => boolean): ReadableSpan {
  const found = spans.filter(matches);
  expect(found.map((span) => span.name)).toHaveLength(1);
  return found[0];
}

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}
