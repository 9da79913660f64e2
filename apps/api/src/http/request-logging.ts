/**
 * The request log: one line per answer, and on every line logged while a request is served (refusals
 * included) its request id and correlation id (the client's X-Correlation-Id, else the request id). The
 * request id is the client's X-Request-Id when it is a sane one, else a new UUID, and is sent back as
 * X-Request-Id.
 *
 * One middleware and no logger per request: the ids ride in a request context the process logger's
 * mixin reads (requestLogContext), and the answer's line is written by the process logger itself, built
 * only when its level is on. (pino-http made three child loggers per request, serialising the request
 * into each, whether or not a line was written.) The line is the one pino-http wrote: `req`, `res`,
 * `responseTime`, 'request completed' (or 'request errored' with `err` at 5xx, 'request aborted').
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { processLogger, requestLogContext } from '@app/runtime';

/** The rule X-Correlation-Id follows on commands (command-meta.decorator.ts); an id from outside is logged only if it keeps it. */
const CLIENT_ID = /^[\x21-\x7e]{1,200}$/;
/** Probes and scrapes every few seconds would drown the log. */
const UNLOGGED = /^\/(health(\/|$)|metrics$)/;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const given = single(request.headers['x-request-id']);
  const id = given && CLIENT_ID.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

type RequestIds = {
  readonly requestId: string;
  readonly correlationId: string;
};

function requestIds(request: IncomingMessage, response: ServerResponse): RequestIds {
  const requestId = requestIdOf(request, response);
  const given = single(request.headers['x-correlation-id']);
  return { requestId, correlationId: given && CLIENT_ID.test(given) ? given : requestId };
}

export function requestLogging(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const ids = requestIds(request, response);
    if (!UNLOGGED.test(request.url)) logAnswer(request, response, ids);
    requestLogContext.run(ids, next);
  };
}

/** Once the answer is sent (or the connection closed first): one line, at error for a 5xx, warn for a 4xx. */
function logAnswer(request: Request, response: Response, ids: RequestIds): void {
  const started = Date.now();
  const done = () => {
    response.removeListener('finish', done);
    response.removeListener('close', done);
    const status = response.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    const logger = processLogger();
    if (!logger.isLevelEnabled(level)) return;
    const line = {
      ...ids,
      req: {
        method: request.method,
        url: request.originalUrl,
        userAgent: request.headers['user-agent'],
        remoteAddress: request.socket.remoteAddress,
      },
      res: { statusCode: status },
      responseTime: Date.now() - started,
    };
    if (status >= 500)
      logger.error({ ...line, err: new Error(`failed with status code ${status}`) }, 'request errored');
    else
      logger[level](line, !request.readableAborted && response.writableEnded ? 'request completed' : 'request aborted');
  };
  response.on('finish', done);
  response.on('close', done);
}
