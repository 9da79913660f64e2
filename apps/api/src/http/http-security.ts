/** HTTP hardening applied to the express app: security headers (helmet), no shared caching and an explicit CORS allow-list. */
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { HttpSettings } from '@app/runtime';
import { refuseNonJsonBodies } from './json-body';

/** `connectOrigins`: other origins the console's page may fetch from (its OpenID Connect provider). */
export function applyHttpSecurity(
  app: NestExpressApplication,
  settings: HttpSettings,
  connectOrigins: readonly string[] = [],
): void {
  // helmet's defaults, but no upgrade-insecure-requests: the embedded mode serves the API docs over
  // plain http on 127.0.0.1, and upgrading their scripts to https would break the page.
  const directives: Record<string, string[] | null> = { upgradeInsecureRequests: null };
  if (connectOrigins.length > 0) directives.connectSrc = ["'self'", ...connectOrigins];
  app.use(helmet({ contentSecurityPolicy: { directives } }));
  app.use(refuseNonJsonBodies);
  app.use(forbidSharedCaching);
  // Tokens travel in the Authorization header, never in cookies, so no credentials mode is needed.
  app.enableCors({
    origin: settings.corsOrigins.length > 0 ? [...settings.corsOrigins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'Authorization',
      'Content-Type',
      'If-Match',
      'If-None-Match',
      'Idempotency-Key',
      'X-Correlation-Id',
      'X-Min-Position',
      'X-Request-Id',
    ],
    exposedHeaders: ['ETag', 'Idempotent-Replayed', 'Retry-After', 'Location', 'WWW-Authenticate', 'X-Request-Id'],
    maxAge: 600,
  });
  // Express says who it is by default; nobody needs to know.
  app.disable('x-powered-by');
  // Every ETag of this API is a stream revision ("3"), set where it is known; Express's own weak
  // hash of a body (W/"…", on lists and errors alike) would read as one and mean nothing.
  app.set('etag', false);
  if (settings.trustProxy !== undefined) app.set('trust proxy', settings.trustProxy);
}

/**
 * Answers carry private data (tasks, their history, the audit trail), so no proxy may keep a copy;
 * set on every answer, errors included, since the few public ones lose nothing by it. no-store still
 * lets a client revalidate what it holds itself: If-None-Match with a task's ETag gives a 304.
 */
function forbidSharedCaching(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
