/** Evidence files, wired into the AppModule by these lists: the routes, the store (PostgreSQL, or a bucket: EVIDENCE_STORE) and the check commands run. */
import type { Provider, Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVIDENCE_FILE_STORE, createEvidenceStore, type EvidenceSettings } from '@app/evidence';
import { EvidenceAttachmentCheck } from './evidence-attachment-check';
import { EvidenceFilesController } from './evidence-files.controller';
import { EVIDENCE_SETTINGS } from './evidence-upload';

export { EVIDENCE_SETTINGS } from './evidence-upload';

export const EVIDENCE_CONTROLLERS: Type[] = [EvidenceFilesController];

export function evidenceProviders(settings: EvidenceSettings): Provider[] {
  return [
    { provide: EVIDENCE_SETTINGS, useValue: settings },
    {
      provide: EVIDENCE_FILE_STORE,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) =>
        createEvidenceStore(settings.store, (sql, parameters) => dataSource.query(sql, parameters)),
    },
    EvidenceAttachmentCheck,
  ];
}
