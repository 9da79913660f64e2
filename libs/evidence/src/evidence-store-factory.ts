/** The store EVIDENCE_STORE names, over the ledger's database (the rows are there whichever keeps the bytes). */
import type { EvidenceStoreSettings } from './evidence-settings';
import type { EvidenceFileStore } from './evidence-store.port';
import { PostgresEvidenceStore, type RowQuery } from './postgres/postgres-evidence-store';
import { S3EvidenceStore } from './s3/s3-evidence-store';

export function createEvidenceStore(settings: EvidenceStoreSettings, query: RowQuery): EvidenceFileStore {
  return settings.kind === 's3' ? new S3EvidenceStore(settings, query) : new PostgresEvidenceStore(query);
}

/** Where the files are, for a line of the log or a command's answer (never the keys). */
export function describeEvidenceStore(settings: EvidenceStoreSettings): string {
  return settings.kind === 's3'
    ? `s3 bucket ${settings.bucket}${settings.endpoint ? ` at ${settings.endpoint}` : ''}`
    : 'postgres';
}
