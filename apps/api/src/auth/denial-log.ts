/**
 * One log line per refused attempt (401, 403, 429: token, role, scope or rate), with who tried and
 * why, written by the errors filter. It goes to the operators' log, not into the task history: a
 * refusal changes no record. Written at error level, under the context AccessDenied, so that no
 * LOG_LEVEL (error is the quietest) silently drops the security trail.
 */
import { Logger } from '@nestjs/common';
import type { Actor } from '@app/supervision';

const logger = new Logger('AccessDenied');

export interface DeniedAttempt {
  /** The authenticated actor, or undefined when no valid token came with the request. */
  readonly actor?: Actor;
  /** `METHOD /path` as requested (query string left out: it may carry search text). */
  readonly route: string;
  /** A stable code, e.g. ROLE_NOT_ALLOWED, LEAD_UNIT_ONLY, TOKEN_INVALID. */
  readonly code: string;
  readonly reason: string;
}

export function logDeniedAttempt({ actor, route, code, reason }: DeniedAttempt): void {
  const who = actor
    ? `user=${oneLine(actor.userId)} role=${actor.role}${actor.unitId ? ` unit=${oneLine(actor.unitId)}` : ''}`
    : 'user=(unauthenticated)';
  logger.error(`denied ${oneLine(route)} ${who} code=${code} reason=${JSON.stringify(reason)}`);
}

/** Values from tokens and URLs stay on one line: nobody can forge a log line through them. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '?');
}

/** `METHOD /path` of an express request, without the query string. */
export function routeOf(request: { method?: string; originalUrl?: string; url?: string }): string {
  const url = request.originalUrl ?? request.url ?? '';
  const path = url.split('?')[0];
  return `${request.method ?? '?'} ${path.slice(0, 300)}`;
}
