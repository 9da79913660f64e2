import { AuditAsOfController } from './audit-as-of.controller';
import { AuditHistoryController } from './audit-history.controller';
import { AuditIntegrityController } from './audit-integrity.controller';
import { AuditKeysController } from './audit-keys.controller';
import { AuditSealsController } from './audit-seals.controller';
import { SealRecorder } from './seal-recorder';
import { SealWitnesses } from './seal-witnesses';
import { LedgerSigningKeys } from './ledger-signing-keys';

export const AUDIT_CONTROLLERS = [
  AuditHistoryController,
  AuditAsOfController,
  AuditIntegrityController,
  AuditKeysController,
  AuditSealsController,
];
export const AUDIT_PROVIDERS = [LedgerSigningKeys, SealWitnesses, SealRecorder];
export { SEAL_SETTINGS, SEALS_OFF, loadSealSettings, type SealSettings } from './seal-settings';
export { SealRecorder } from './seal-recorder';
export { LEDGER_SIGNER } from './ledger-signing-keys';
