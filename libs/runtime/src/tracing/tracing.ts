/**
 * OpenTelemetry traces, off unless configured: `startTracingFrom(env)` registers the SDK with an OTLP/HTTP
 * exporter when `OTEL_TRACES_EXPORTER=otlp` or `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set. The SDK is loaded only then, so startup pays nothing by
 * default; the spans themselves are made through the API (trace-context.ts in @app/event-store).
 */
export interface TracingHandle {
  shutdown(): Promise<void>;
}

/** Registers the SDK with the OTLP exporter when the environment asks for traces; undefined (and nothing loaded) otherwise. */
export function startTracingFrom(env: NodeJS.ProcessEnv, serviceName: string): TracingHandle | undefined {
  const wanted =
    env.OTEL_TRACES_EXPORTER === 'otlp' ||
    Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  if (!wanted || env.OTEL_SDK_DISABLED === 'true') return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when traces are on */
  const { NodeTracerProvider, BatchSpanProcessor } =
    require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // The exporter reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and _HEADERS itself.
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return provider;
}
