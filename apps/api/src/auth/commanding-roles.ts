/**
 * The roles that issue commands at all. Every command controller says so with this one decorator,
 * so an auditor, reader or admin gets a 403 before the body is even read. The domain refuses them
 * as well (requireCommandingRole in decide): this is the function-level check at the edge, the
 * domain keeps the object-level ones (whose task it is).
 */
import type { Role } from '@app/supervision';
import { Roles } from './roles.decorator';

export const COMMANDING_ROLES: [Role, ...Role[]] = ['supervisor', 'leader', 'unit'];

export const CommandingRolesOnly = () => Roles(...COMMANDING_ROLES);
