/**
 * Maps every error to an HTTP answer in one place: domain errors by kind, a stale If-Match to 412
 * (RFC 9110: the client's precondition failed) and a write that lost a race to 409, every 409 and
 * 412 with the current revision (in details and the ETag), Nest's own HTTP errors as they are, and
 * anything else to a 500 whose body says nothing of the internals (the log has the stack). The body
 * is RFC 9457 problem details (problem.ts) as application/problem+json, written here byte for byte,
 * so nothing on the way (a body ETag, a JSON type) is added to it.
 */
import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/current-actor.decorator';
import { logDeniedAttempt, routeOf } from '../auth/denial-log';
import { DomainError, type Actor, type DomainErrorKind } from '@app/supervision';
import {
  CommandIdReused,
  WrongExpectedVersion,
  EventStoreUnavailable,
  connectionFailureReason,
  refusedAtRevision,
} from '@app/event-store';
import { PROBLEM_CONTENT_TYPE, toProblemBody, type Problem } from './problem';

const STATUS_BY_KIND: Record<DomainErrorKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** What a 503 tells a client to wait before it tries again. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 1;

/** 401, 403, 429: an attempt refused for who made it, not for what it said. */
const DENIALS = new Set<number>([HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.TOO_MANY_REQUESTS]);

@Catch()
export class ErrorsToHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request & AuthenticatedRequest & { throttledAs?: Actor }>();
    const problem = this.toProblem(error, request.headers['if-match'] !== undefined);
    const currentRevision =
      problem.statusCode === HttpStatus.CONFLICT || problem.statusCode === HttpStatus.PRECONDITION_FAILED
        ? currentRevisionOf(error)
        : undefined;
    if (currentRevision !== undefined) response.setHeader('ETag', `"${currentRevision}"`);
    // RFC 9110 §11.6.1: a 401 says how to authenticate.
    if (problem.statusCode === HttpStatus.UNAUTHORIZED)
      response.setHeader('WWW-Authenticate', wwwAuthenticate(problem.code));
    // A 503 is a passing condition (a database away, a read model behind): come back soon, not never.
    if (problem.statusCode === HttpStatus.SERVICE_UNAVAILABLE && !response.getHeader('Retry-After'))
      response.setHeader('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    if (problem.statusCode === HttpStatus.SERVICE_UNAVAILABLE)
      this.logger.warn(`503 ${problem.code}: ${error instanceof Error ? error.message : String(error)}`);
    else if (problem.statusCode >= HttpStatus.INTERNAL_SERVER_ERROR)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    // Every refusal, wherever it was decided (token, @Roles, the domain's scopes, the rate limit), is logged here once.
    if (DENIALS.has(problem.statusCode)) {
      logDeniedAttempt({
        actor: request.actor ?? request.throttledAs,
        route: routeOf(request),
        code: problem.code,
        reason: problem.message,
      });
    }
    const body = Buffer.from(JSON.stringify(toProblemBody(problem, instanceOf(request))));
    response.status(problem.statusCode);
    response.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    response.setHeader('Content-Length', String(body.length));
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  private toProblem(error: unknown, ifMatchSent: boolean): Problem {
    if (error instanceof DomainError) {
      const statusCode = STATUS_BY_KIND[error.kind];
      const revision = statusCode === HttpStatus.CONFLICT ? refusedAtRevision(error) : undefined;
      const details = revision === undefined ? error.details : { ...error.details, currentRevision: Number(revision) };
      return { statusCode, error: HttpStatus[statusCode], code: error.code, message: error.message, details };
    }
    if (error instanceof WrongExpectedVersion) {
      // The client's If-Match named another revision: its precondition failed (412). Without one, the
      // command lost a race with another writer after its retry: a conflict (409).
      const statusCode = ifMatchSent ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
      return {
        statusCode,
        error: HttpStatus[statusCode],
        code: 'STALE_REVISION',
        message: `the task changed since revision ${String(error.expected)}; its current revision is ${error.actual}`,
        details: { expectedRevision: Number(error.expected), currentRevision: Number(error.actual) },
      };
    }
    if (error instanceof CommandIdReused) {
      return {
        statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
        error: 'UNPROCESSABLE_ENTITY',
        code: 'IDEMPOTENCY_KEY_REUSED',
        message: 'this Idempotency-Key was already used for a different command here; send a new key for a new command',
      };
    }
    if (error instanceof EventStoreUnavailable) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'SERVICE_UNAVAILABLE',
        code: 'EVENT_STORE_UNAVAILABLE',
        message: 'the event store cannot be reached; retry later',
      };
    }
    // The event store wraps its own connection failures above; one here came from the read models' database.
    if (connectionFailureReason(error)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'SERVICE_UNAVAILABLE',
        code: 'READ_MODEL_UNAVAILABLE',
        message: 'the read-model database cannot be reached; retry later',
      };
    }
    if (error instanceof HttpException) return fromHttpException(error);
    return {
      statusCode: 500,
      error: 'INTERNAL_SERVER_ERROR',
      code: 'INTERNAL',
      message: 'an unexpected error occurred; it has been logged',
    };
  }
}

function wwwAuthenticate(code: string): string {
  // RFC 6750 §3: no error attribute when no token was sent at all.
  return code === 'TOKEN_MISSING'
    ? 'Bearer realm="supervision-ledger"'
    : 'Bearer realm="supervision-ledger", error="invalid_token"';
}

/** RFC 9457 instance: the path refused (no query string: it may carry what the client did not mean to echo). */
function instanceOf(request: Request): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0].slice(0, 500);
}

/** The revision of the stream a conflicting command was decided on (or found stale against). */
function currentRevisionOf(error: unknown): bigint | undefined {
  return error instanceof WrongExpectedVersion ? error.actual : refusedAtRevision(error);
}

function fromHttpException(error: HttpException): Problem {
  const statusCode = error.getStatus();
  // The express adapter wraps body-parser's SyntaxError (malformed JSON) as a 400 with it as cause.
  if (error.cause instanceof SyntaxError) {
    return {
      statusCode,
      error: HttpStatus[statusCode],
      code: 'MALFORMED_BODY',
      message: `the body is not valid JSON: ${error.cause.message}`,
    };
  }
  const body = error.getResponse();
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const message =
    typeof fields.message === 'string'
      ? fields.message
      : Array.isArray(fields.message)
        ? fields.message.join('; ')
        : error.message;
  const code = typeof fields.code === 'string' ? fields.code : defaultCode(statusCode);
  const details =
    typeof fields.details === 'object' && fields.details !== null
      ? (fields.details as Record<string, unknown>)
      : undefined;
  return { statusCode, error: HttpStatus[statusCode] ?? 'ERROR', code, message, ...(details ? { details } : {}) };
}

function defaultCode(statusCode: number): string {
  switch (statusCode) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'BODY_TOO_LARGE';
    default:
      return HttpStatus[statusCode] ?? 'ERROR';
  }
}
