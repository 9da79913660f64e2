/** Evidence files (佐证材料): the upload and download routes, the store, and the check the command path runs before a report is sent. */
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { EVIDENCE_FILE_STORE, type EvidenceSettings } from '@app/evidence';
import { EvidenceAttachmentCheck } from './evidence-attachment-check';
import { EVIDENCE_CONTROLLERS, EVIDENCE_SETTINGS, evidenceProviders } from './index';

// Global: the command path (CommandSender) checks attachments, and the audit's verification reads the store.
@Global()
@Module({})
export class EvidenceModule {
  static register(settings: EvidenceSettings): DynamicModule {
    return {
      module: EvidenceModule,
      // The upload's limits (a route's own limits, as the workbook import's, replace these).
      imports: [
        MulterModule.register({
          limits: { fileSize: settings.maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 5 },
        }),
      ],
      controllers: EVIDENCE_CONTROLLERS,
      providers: evidenceProviders(settings),
      exports: [EvidenceAttachmentCheck, EVIDENCE_FILE_STORE, EVIDENCE_SETTINGS],
    };
  }
}
