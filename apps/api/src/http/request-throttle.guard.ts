/**
 * Rate limits: one budget per user across all routes, or per client address when the request
 * carries no valid token (so guessing tokens is throttled too). Runs before the bearer guard, so it
 * identifies the caller itself; a refusal is a 429 with Retry-After, logged with who and why.
 */
import { HttpException, HttpStatus, Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerOptions, InjectThrottlerStorage, ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import type { Actor } from '@app/supervision';
import { TokenVerifier } from '../auth/token-verifier';

interface ThrottledRequest {
  headers: Record<string, string | string[] | undefined>;
  throttledAs?: Actor;
}

@Injectable()
export class RequestThrottleGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override async getTracker(request: Record<string, any>): Promise<string> {
    const actor = await this.actorOf(request as ThrottledRequest);
    return actor ? `user:${actor.userId}` : `ip:${await super.getTracker(request)}`;
  }

  /** The route is left out of the key: the budget is the user's, whichever endpoints they call. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const reason = `more than ${detail.limit} requests in ${Math.round(detail.ttl / 1000)} s; retry after ${detail.timeToBlockExpire} s`;
    // Logged by the errors filter with the user the request was counted against (throttledAs).
    throw new HttpException({ code: 'RATE_LIMITED', message: `too many requests: ${reason}`, details: { retryAfterSeconds: detail.timeToBlockExpire } }, HttpStatus.TOO_MANY_REQUESTS);
  }

  /** A token that does not verify counts against the address; the bearer guard answers it with 401 next. */
  private async actorOf(request: ThrottledRequest): Promise<Actor | undefined> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) return undefined;
    try {
      request.throttledAs = await this.verifier.verify(match[1]);
      return request.throttledAs;
    } catch {
      return undefined;
    }
  }
}
