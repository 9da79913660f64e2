/**
 * `@Roles('admin')` on a controller or a handler: only these roles may call it; every other
 * authenticated role gets a 403 (logged with the actor and the reason). The bearer guard has
 * already run (it is global), so the actor is known here.
 *
 * Use it for function-level checks (which kind of user may call the endpoint at all). Object-level
 * checks (whose task is it) stay in the domain's `decide`, which receives the actor.
 */
import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { Role } from '@app/supervision';
import { ROLES_ALLOWED_KEY, RolesGuard } from './roles.guard';

export { ROLES_ALLOWED_KEY };

export const Roles = (...roles: [Role, ...Role[]]) =>
  applyDecorators(
    SetMetadata(ROLES_ALLOWED_KEY, roles),
    UseGuards(RolesGuard),
    ApiForbiddenResponse({ description: `only the ${roles.join(', ')} role${roles.length > 1 ? 's' : ''} may call this` }),
  );
