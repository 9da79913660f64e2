/**
 * Evidence files in PostgreSQL (the default): one row per file in `evidence_files`, keyed by its
 * SHA-256, bytes as bytea. The event store's migration 6 makes the table, owned by the log's owner;
 * the application's role may insert and read, never update or delete (ledger-roles.ts), and a
 * trigger refuses both to anyone else but a superuser who disables it. A row whose bytes are in a
 * bucket (stored_in s3, migration 7) holds no bytes: this store does not hold that file.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EvidenceFileInspection, EvidenceFileStore, StoredEvidenceFile } from '../evidence-store.port';

/** Runs one statement with bind parameters and answers its rows (TypeORM's DataSource.query, or a pg Pool wrapped). */
export type RowQuery = (sql: string, parameters: unknown[]) => Promise<Record<string, unknown>[]>;

/** Hashes are compared in chunks, so a verification of thousands of files is a few round trips. */
const INSPECT_CHUNK = 200;

export class PostgresEvidenceStore implements EvidenceFileStore {
  constructor(private readonly query: RowQuery) {}

  async put(bytes: Buffer, mediaType: string): Promise<StoredEvidenceFile & { created: boolean }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // ON CONFLICT DO NOTHING needs no UPDATE right: the same bytes uploaded twice stay the first row.
    const rows = await this.query(
      'insert into evidence_files (sha256, media_type, size, bytes) values ($1, $2, $3, $4) on conflict (sha256) do nothing returning sha256',
      [sha256, mediaType, bytes.length, bytes],
    );
    if (rows.length > 0) return { sha256, mediaType, size: bytes.length, created: true };
    const [kept] = await this.query('select media_type, size from evidence_files where sha256 = $1', [sha256]);
    return { sha256, mediaType: String(kept.media_type), size: Number(kept.size), created: false };
  }

  async read(sha256: string): Promise<(StoredEvidenceFile & { bytes: Buffer }) | undefined> {
    const [row] = await this.query(
      'select media_type, size, bytes from evidence_files where sha256 = $1 and bytes is not null',
      [sha256],
    );
    return row
      ? { sha256, mediaType: String(row.media_type), size: Number(row.size), bytes: row.bytes as Buffer }
      : undefined;
  }

  /** The row's bytes come whole from the database anyway: the stream hands them on. */
  async open(sha256: string): Promise<(StoredEvidenceFile & { stream: Readable }) | undefined> {
    const file = await this.read(sha256);
    return file && { sha256, mediaType: file.mediaType, size: file.size, stream: Readable.from([file.bytes]) };
  }

  async describe(sha256s: readonly string[]): Promise<StoredEvidenceFile[]> {
    if (sha256s.length === 0) return [];
    const rows = await this.query(
      'select sha256, media_type, size from evidence_files where sha256 = any($1::text[]) and bytes is not null',
      [[...sha256s]],
    );
    return rows.map((row) => ({
      sha256: String(row.sha256),
      mediaType: String(row.media_type),
      size: Number(row.size),
    }));
  }

  async inspect(sha256s: readonly string[]): Promise<EvidenceFileInspection[]> {
    const found: EvidenceFileInspection[] = [];
    for (let i = 0; i < sha256s.length; i += INSPECT_CHUNK) {
      // The server hashes the bytes it holds (sha256() is PostgreSQL's own): the bytes need not cross the wire.
      const rows = await this.query(
        "select sha256, encode(sha256(bytes), 'hex') as actual, length(bytes) as size from evidence_files where sha256 = any($1::text[]) and bytes is not null",
        [sha256s.slice(i, i + INSPECT_CHUNK)],
      );
      for (const row of rows)
        found.push({ sha256: String(row.sha256), actualSha256: String(row.actual), size: Number(row.size) });
    }
    return found;
  }
}
