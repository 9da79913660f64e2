/**
 * Reads the command-related headers of an HTTP request (Idempotency-Key, If-Match,
 * X-Correlation-Id) beside the authenticated actor, into the request the handlers take, with its
 * command id already computed: what the command creates takes its id from it.
 */
import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { identified, type IdentifiedRequest } from '@app/commands';
import type { AuthenticatedRequest } from '../auth/current-actor.decorator';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export const CommandMeta = createParamDecorator((_: unknown, context: ExecutionContext): IdentifiedRequest => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('CommandMeta needs an authenticated route');
  const key = single(request.headers['idempotency-key']);
  if (key !== undefined && !KEY_PATTERN.test(key)) {
    throw new BadRequestException({
      code: 'BAD_IDEMPOTENCY_KEY',
      message: 'Idempotency-Key must be 1 to 200 visible ASCII characters',
    });
  }
  const correlationId = single(request.headers['x-correlation-id']);
  if (correlationId !== undefined && !KEY_PATTERN.test(correlationId)) {
    throw new BadRequestException({
      code: 'BAD_CORRELATION_ID',
      message: 'X-Correlation-Id must be 1 to 200 visible ASCII characters',
    });
  }
  return identified({
    actor: request.actor,
    idempotencyKey: key,
    expectedRevision: parseIfMatch(single(request.headers['if-match'])),
    correlationId,
  });
});

export function parseIfMatch(header: string | undefined): bigint | undefined {
  if (header === undefined) return undefined;
  // A task detail's ETag carries a digest of its allowed commands after the revision ("3.9f86d081"): the revision is what is matched.
  const match = /^(?:W\/)?"?(-?\d{1,18})(?:\.[0-9a-f]{8})?"?$/.exec(header.trim());
  if (!match)
    throw new BadRequestException({
      code: 'BAD_IF_MATCH',
      message: 'If-Match must be an ETag this API returned, e.g. "3"',
    });
  return BigInt(match[1]);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
