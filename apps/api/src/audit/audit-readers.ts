/**
 * Who reads the audit endpoints: auditors (巡视, 纪检) only. The supervision office is the party
 * they audit — its acceptances, extensions and urgings are what they check — and it already sees
 * its own work through the task timeline; keeping the raw log, the proofs and bulk exports with the
 * auditors keeps the duties apart. Widening it is one line here.
 */
import type { Role } from '@app/supervision';
import { Roles } from '../auth/roles.decorator';

export const AUDIT_READER_ROLES: [Role, ...Role[]] = ['auditor'];

export const AuditReadersOnly = () => Roles(...AUDIT_READER_ROLES);
