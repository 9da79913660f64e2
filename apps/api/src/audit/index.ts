import { AuditAsOfController } from './audit-as-of.controller';
import { AuditHistoryController } from './audit-history.controller';
import { AuditIntegrityController } from './audit-integrity.controller';
import { AuditKeysController } from './audit-keys.controller';
import { LedgerSigningKeys } from './ledger-signing-keys';

export const AUDIT_CONTROLLERS = [AuditHistoryController, AuditAsOfController, AuditIntegrityController, AuditKeysController];
export const AUDIT_PROVIDERS = [LedgerSigningKeys];
export { LEDGER_SIGNER } from './ledger-signing-keys';
