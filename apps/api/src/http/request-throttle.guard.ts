/**
 * Rate limits: one budget per user across all routes, or per client address when the request
 * carries no valid token (so guessing tokens is throttled too), and a much smaller second one for the
 * heavy operations (heavy-operation.ts). Runs before the bearer guard, so it identifies the caller
 * itself; a refusal is a 429 with Retry-After, logged with who and why.
 */
import { HttpException, HttpStatus, Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { HttpSettings } from '@app/runtime';
import type { Actor } from '@app/supervision';
import { TokenVerifier } from '../auth/token-verifier';
import { HEAVY_BUDGET, isHeavyOperation } from './heavy-operation';

/** The request as the throttler hands it (any record), with what this guard reads and adds. */
interface ThrottledRequest extends Record<string, unknown> {
  headers: Record<string, string | string[] | undefined>;
  throttledAs?: Actor;
  /** Who the request counts against, worked out once for both budgets. */
  throttleTracker?: Promise<string>;
}

const MINUTE_MS = 60_000;

/** The budgets the throttler keeps: every request counts against the first, heavy operations against both. */
export function requestBudgets(settings: HttpSettings): ThrottlerOptions[] {
  return [
    { name: 'default', ttl: MINUTE_MS, limit: settings.rateLimitPerMinute },
    {
      name: HEAVY_BUDGET,
      ttl: MINUTE_MS,
      limit: settings.heavyRateLimitPerMinute,
      skipIf: (context) => !isHeavyOperation(context),
    },
  ];
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

  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const throttled = request as ThrottledRequest;
    throttled.throttleTracker ??= this.trackerOf(request);
    return throttled.throttleTracker;
  }

  /** The route is left out of the key: the budget is the user's, whichever endpoints they call. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const budget = detail.key.slice(0, detail.key.length - detail.tracker.length - 1);
    const what = budget === HEAVY_BUDGET ? 'heavy operations' : 'requests';
    const reason = `more than ${detail.limit} ${what} in ${Math.round(detail.ttl / 1000)} s; retry after ${detail.timeToBlockExpire} s`;
    // The throttler names the header after a budget other than the default (Retry-After-heavy); clients read Retry-After.
    this.setResponseHeader(context.switchToHttp().getResponse(), 'Retry-After', detail.timeToBlockExpire);
    // Logged by the errors filter with the user the request was counted against (throttledAs).
    throw new HttpException(
      {
        code: 'RATE_LIMITED',
        message: `too many ${what}: ${reason}`,
        details: { budget, retryAfterSeconds: detail.timeToBlockExpire },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  private async trackerOf(request: Record<string, unknown>): Promise<string> {
    const actor = await this.actorOf(request as ThrottledRequest);
    return actor ? `user:${actor.userId}` : `ip:${await super.getTracker(request)}`;
  }

  /** A token that does not verify counts against the address; the bearer guard answers it with 401 next. */
  private async actorOf(request: ThrottledRequest): Promise<Actor | undefined> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) return undefined;
    try {
      request.throttledAs = await this.verifier.verifyForRequest(request, match[1]);
      return request.throttledAs;
    } catch {
      return undefined;
    }
  }
}
