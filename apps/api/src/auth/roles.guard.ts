/** Enforces `@Roles(...)`: the actor's role must be one of those listed on the handler or its controller. */
import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@app/supervision';
import type { AuthenticatedRequest } from './current-actor.decorator';

export const ROLES_ALLOWED_KEY = 'rolesAllowed';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!allowed || allowed.length === 0) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = request.actor;
    if (actor && allowed.includes(actor.role)) return true;
    // No actor here means a @Public() route carries @Roles(): a wiring mistake, refused all the same.
    const reason = actor
      ? `the ${actor.role} role may not call this; allowed: ${allowed.join(', ')}`
      : 'this route needs an authenticated role';
    // (Logged with the actor by the errors filter, like every refusal.)
    throw new ForbiddenException({ code: 'ROLE_NOT_ALLOWED', message: reason, details: { allowedRoles: allowed } });
  }
}
