/**
 * Routes that replay or rebuild from the whole log (proofs, exports, the board as of a moment,
 * scratch rebuilds): a handful of them costs the server more than hundreds of ordinary reads, so
 * besides the ordinary budget they count against a much smaller one of their own per user.
 */
import { applyDecorators, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';

/** The name of the second budget, as registered with the throttler (and the key's prefix). */
export const HEAVY_BUDGET = 'heavy';

const HEAVY_OPERATION = 'ledger:heavy-operation';

/** Whether this request is the heavy form of the route (e.g. a checksum only with ?fresh=true). */
export type HeavyWhen = (request: { query: Record<string, unknown> }) => boolean;

const always: HeavyWhen = () => true;

export const HeavyOperation = (when: HeavyWhen = always) =>
  applyDecorators(
    SetMetadata(HEAVY_OPERATION, when),
    ApiTooManyRequestsResponse({
      description:
        'over the per-user budget of heavy operations (RATE_LIMIT_HEAVY_PER_MINUTE) or the ordinary one; Retry-After says when to come back',
    }),
  );

const reflector = new Reflector();

/** The heavy budget's skip test: it counts only the requests of routes marked heavy, in their heavy form. */
export function isHeavyOperation(context: ExecutionContext): boolean {
  const when = reflector.get<HeavyWhen | undefined>(HEAVY_OPERATION, context.getHandler());
  return when !== undefined && when(context.switchToHttp().getRequest());
}
