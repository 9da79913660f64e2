/** Evidence files, wired into the AppModule by these lists: the routes, the store (PostgreSQL) and the check commands run. */
import type { Provider, Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVIDENCE_FILE_STORE, PostgresEvidenceStore, type EvidenceSettings } from '@app/evidence';
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
        new PostgresEvidenceStore((sql, parameters) => dataSource.query(sql, parameters)),
    },
    EvidenceAttachmentCheck,
  ];
}
