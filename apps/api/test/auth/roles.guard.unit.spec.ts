import { ForbiddenException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@app/supervision';
import { Roles } from '../../src/auth/roles.decorator';
import { RolesGuard } from '../../src/auth/roles.guard';

class ProjectionsControllerLike {
  @Roles('admin')
  rebuild(): void {}

  open(): void {}
}

describe('the @Roles guard', () => {
  const guard = new RolesGuard(new Reflector());

  it('lets an admin rebuild', () => {
    expect(guard.canActivate(contextFor('rebuild', { userId: 'operator', role: 'admin' }))).toBe(true);
  });

  it.each(['supervisor', 'leader', 'unit', 'auditor', 'reader'] as const)(
    'refuses the %s role with a 403 that names the allowed roles',
    (role) => {
      const actor: Actor =
        role === 'unit' ? { userId: 'dept-9-staff', role, unitId: 'dept-9' } : { userId: `${role}-1`, role };
      expect(() => guard.canActivate(contextFor('rebuild', actor))).toThrow(
        expect.objectContaining({
          response: expect.objectContaining({ code: 'ROLE_NOT_ALLOWED', details: { allowedRoles: ['admin'] } }),
        }),
      );
    },
  );

  it('refuses a route marked with roles when no actor is known (a public route wired by mistake)', () => {
    expect(() => guard.canActivate(contextFor('rebuild', undefined))).toThrow(ForbiddenException);
  });

  it('leaves routes without @Roles to the other checks', () => {
    expect(guard.canActivate(contextFor('open', { userId: 'dashboard', role: 'reader' }))).toBe(true);
  });
});

function contextFor(handler: keyof ProjectionsControllerLike, actor: Actor | undefined): ExecutionContext {
  const request = { actor, method: 'POST', originalUrl: '/api/projections/task-board/rebuild?x=1', headers: {} };
  return {
    getHandler: () => ProjectionsControllerLike.prototype[handler],
    getClass: () => ProjectionsControllerLike,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}
