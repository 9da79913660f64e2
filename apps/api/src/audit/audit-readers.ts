/**
 * Who reads the audit endpoints: auditors (巡视, 纪检) only. The supervision office is the party
 * they audit — its acceptances, extensions and urgings are what they check — and it already sees
 * its own work through the task timeline; keeping the raw log, the proofs and bulk exports with the
 * auditors keeps the duties apart. Widening it is one line here.
 */
import type { Party } from '../auth/parties';
import { rolesOf } from '../auth/parties';
import { Roles } from '../auth/roles.decorator';
import type { Role } from '@app/supervision';

/** Each audit route's parties (@ApiRoute). */
export const AUDIT_READERS: readonly Party[] = ['auditor'];

export const AUDIT_READER_ROLES = rolesOf(AUDIT_READERS) as [Role, ...Role[]];

/** The controllers' floor, should a route forget its own parties. */
export const AuditReadersOnly = () => Roles(...AUDIT_READER_ROLES);
