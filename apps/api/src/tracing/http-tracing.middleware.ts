/**
 * One server span per HTTP request, active while the request is handled, so that the command and the
 * append it leads to are its children. A caller's `traceparent` header makes it a child of the
 * caller's span. While traces are off (no tracer provider registered) it only passes the request on.
 */
import type { IRoute, NextFunction, Request, Response } from 'express';
import { context, propagation, trace, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ledgerTracer, tracingOn } from '@app/event-store';

export function httpTracingMiddleware() {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!tracingOn()) return next();
    const parent = propagation.extract(context.active(), request.headers);
    const span = ledgerTracer().startSpan(
      `${request.method}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.path': request.path } },
      parent,
    );
    response.once('finish', () => {
      // The route template, not the raw path (ids would make every span name different).
      // Express types the matched route as any; it is an IRoute once a route matched.
      const template = (request.route as IRoute | undefined)?.path;
      const route = template ? `${request.baseUrl}${template}` : undefined;
      if (route) span.updateName(`${request.method} ${route}`).setAttribute('http.route', route);
      span.setAttribute('http.response.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
