import { ForbiddenException, Logger, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@app/supervision';
import { Roles } from './roles.decorator';
import { RolesGuard } from './roles.guard';

class ProjectionsControllerLike {
  @Roles('admin')
  rebuild(): void {}

  open(): void {}
}

describe('the @Roles guard', () => {
  const guard = new RolesGuard(new Reflector());
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
  });
  afterEach(() => jest.restoreAllMocks());

  it('lets an admin rebuild', () => {
    expect(guard.canActivate(contextFor('rebuild', { userId: 'operator', role: 'admin' }))).toBe(true);
    expect(warnings).toEqual([]);
  });

  it.each(['supervisor', 'leader', 'unit', 'auditor', 'reader'] as const)('refuses the %s role with 403 and logs who and why', (role) => {
    const actor: Actor = role === 'unit' ? { userId: 'dept-9-staff', role, unitId: 'dept-9' } : { userId: `${role}-1`, role };
    expect(() => guard.canActivate(contextFor('rebuild', actor))).toThrow(ForbiddenException);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`user=${actor.userId} role=${role}`);
    expect(warnings[0]).toContain('code=ROLE_NOT_ALLOWED');
    expect(warnings[0]).toContain('POST /api/projections/task-board/rebuild');
  });

  it('keeps the log line on one line whatever the token’s subject holds', () => {
    expect(() => guard.canActivate(contextFor('rebuild', { userId: 'x\nWARN [Auth] forged line', role: 'reader' }))).toThrow(ForbiddenException);
    expect(warnings).toEqual([expect.stringContaining('user=x?WARN [Auth] forged line role=reader')]);
    expect(warnings[0]).not.toContain('\n');
  });

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
