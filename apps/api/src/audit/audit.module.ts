/** The auditors' routes: history, as-of states, integrity, the ledger's keys and seals, with the signer and the seal settings they use. */
import { Module, type DynamicModule } from '@nestjs/common';
import type { LedgerSigner } from '@app/audit';
import { AUDIT_CONTROLLERS, AUDIT_PROVIDERS } from './index';
import { LEDGER_SIGNER } from './ledger-signing-keys';
import { SEAL_SETTINGS, type SealSettings } from './seal-settings';

@Module({})
export class AuditModule {
  static register(signer: LedgerSigner, seals: SealSettings): DynamicModule {
    return {
      module: AuditModule,
      controllers: AUDIT_CONTROLLERS,
      providers: [
        { provide: LEDGER_SIGNER, useValue: signer },
        { provide: SEAL_SETTINGS, useValue: seals },
        ...AUDIT_PROVIDERS,
      ],
    };
  }
}
