import { AuditAsOfController } from './audit-as-of.controller';
import { AuditHistoryController } from './audit-history.controller';
import { AuditIntegrityController } from './audit-integrity.controller';

export const AUDIT_CONTROLLERS = [AuditHistoryController, AuditAsOfController, AuditIntegrityController];
