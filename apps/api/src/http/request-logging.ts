/**
 * The request log (pino-http through nestjs-pino): one line per answer, and on every line logged while a
 * request is served (refusals included) its request id and correlation id (the client's X-Correlation-Id,
 * else the request id). The request id is the
 * client's X-Request-Id when it is a sane one, else a new UUID, and is sent back as X-Request-Id.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { PinoLogger, type Params } from 'nestjs-pino';
import { pinoHttp, type Options } from 'pino-http';
import { processLogger } from '@app/runtime';

/** The rule X-Correlation-Id follows on commands (command-meta.decorator.ts); an id from outside is logged only if it keeps it. */
const CLIENT_ID = /^[\x21-\x7e]{1,200}$/;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const given = single(request.headers['x-request-id']);
  const id = given && CLIENT_ID.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

export function httpLoggingParams(): Params {
  return {
    pinoHttp: {
      logger: processLogger(),
      genReqId: requestIdOf,
      // Bound to the request's logger: every line logged while serving it carries both ids (and the method and path).
      customProps: requestIds,
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
      // Probes and scrapes every few seconds would drown the log.
      autoLogging: { ignore: (request) => /^\/(health(\/|$)|metrics$)/.test(request.url ?? '') },
      serializers: {
        req: (request: { method: string; url: string; headers: Record<string, unknown>; remoteAddress?: string }) => ({
          method: request.method,
          url: request.url,
          userAgent: request.headers['user-agent'],
          remoteAddress: request.remoteAddress,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
    },
  };
}

function requestIds(request: IncomingMessage): { requestId: string; correlationId: string } {
  // requestIdOf made it, so a string; pino-http types a request's id as a string, a number or an object.
  const requestId = typeof request.id === 'object' ? JSON.stringify(request.id) : String(request.id);
  const given = single(request.headers['x-correlation-id']);
  return { requestId, correlationId: given && CLIENT_ID.test(given) ? given : requestId };
}

/**
 * As plain express middleware rather than nestjs-pino's LoggerModule, whose middleware would be
 * mounted as a route for every method (and so show in the served-routes inventory the security
 * suite checks against the OpenAPI document). The second one runs the rest of the request inside
 * nestjs-pino's logging context, so every Nest logger's line carries the request's ids.
 */
export function requestLogging(params: Params): RequestHandler[] {
  const options = params.pinoHttp as Options;
  const context = new PinoLogger(params);
  const logRequest = pinoHttp(options);
  return [
    (request: Request, response: Response, next: NextFunction) => logRequest(request, response, next),
    (request: Request, _response: Response, next: NextFunction) =>
      context.runInContext(() => next(), { bindings: requestIds(request) }),
  ];
}
