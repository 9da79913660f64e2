/** Injects the authenticated actor into a controller method. */
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@app/supervision';

export interface AuthenticatedRequest {
  actor?: Actor;
  headers: Record<string, string | string[] | undefined>;
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('CurrentActor used on a public route');
  return request.actor;
});
