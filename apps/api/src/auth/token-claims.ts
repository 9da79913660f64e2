/** What a bearer token carries, and how its claims become the domain's Actor. */
import { ROLES, type Actor, type Role } from '@app/supervision';

export interface TokenClaims {
  readonly sub: string;
  readonly role: Role;
  /** The unit of a `unit` member. */
  readonly unit?: string;
  readonly name?: string;
}

/** Returns the actor, or a reason why the claims are not acceptable. */
export function actorFromClaims(claims: Record<string, unknown>): Actor | string {
  const { sub, role, unit } = claims;
  if (typeof sub !== 'string' || sub.length === 0) return 'the token has no subject';
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return 'the token has no known role';
  if (role === 'unit' && (typeof unit !== 'string' || unit.length === 0))
    return 'a unit member token must name its unit';
  return role === 'unit' ? { userId: sub, role, unitId: unit as string } : { userId: sub, role: role as Role };
}
