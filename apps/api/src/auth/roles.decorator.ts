/**
 * `@Roles('admin')` on a controller or a handler: only these roles may call it; every other
 * authenticated role gets a 403 (logged with the actor and the reason). The bearer guard has
 * already run (it is global), so the actor is known here.
 *
 * A route says who may call it with @ApiRoute({ parties }) (http/api-route.ts), which sets these
 * roles and documents the 403 from the same list; @Roles on a controller is the floor beneath it.
 *
 * Use it for function-level checks (which kind of user may call the endpoint at all). Object-level
 * checks (whose task is it) stay in the domain's `decide`, which receives the actor.
 */
import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import type { Role } from '@app/supervision';
import { ROLES_ALLOWED_KEY, RolesGuard } from './roles.guard';

export { ROLES_ALLOWED_KEY };

export const Roles = (...roles: [Role, ...Role[]]) =>
  applyDecorators(SetMetadata(ROLES_ALLOWED_KEY, roles), UseGuards(RolesGuard));
