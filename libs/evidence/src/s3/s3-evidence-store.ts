/**
 * Evidence files in an S3-compatible bucket (EVIDENCE_STORE=s3): one object per file, its key the
 * SHA-256 of the bytes (after S3_KEY_PREFIX). The row in `evidence_files` is still written (type,
 * size, when; stored_in 's3', no bytes), under the same written-once trigger, so what a report may
 * attach is decided in PostgreSQL as before. Verification re-hashes the object's bytes: a bucket is
 * trusted no more than the database.
 *
 * Files stored before the switch stay in PostgreSQL (their rows say so) and are read from there.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type GetObjectCommandOutput,
} from '@aws-sdk/client-s3';
import type { S3EvidenceStoreSettings } from '../evidence-settings';
import type { EvidenceFileInspection, EvidenceFileStore, StoredEvidenceFile } from '../evidence-store.port';
import { PostgresEvidenceStore, type RowQuery } from '../postgres/postgres-evidence-store';

const SHA256 = /^[0-9a-f]{64}$/;

/** Objects hashed at once by a verification: enough to hide the round trips, few enough for a small server. */
const INSPECT_CONCURRENCY = 8;

interface FileRow {
  readonly sha256: string;
  readonly mediaType: string;
  readonly size: number;
  readonly storedIn: string;
}

export function s3ClientFor(settings: S3EvidenceStoreSettings): S3Client {
  return new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    // The store hashes every object itself; the SDK's extra checksums are not understood by every S3-compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export class S3EvidenceStore implements EvidenceFileStore {
  private readonly inDatabase: PostgresEvidenceStore;

  constructor(
    readonly settings: S3EvidenceStoreSettings,
    private readonly query: RowQuery,
    private readonly client: S3Client = s3ClientFor(settings),
  ) {
    this.inDatabase = new PostgresEvidenceStore(query);
  }

  keyOf(sha256: string): string {
    return `${this.settings.keyPrefix}${sha256}`;
  }

  async put(bytes: Buffer, mediaType: string): Promise<StoredEvidenceFile & { created: boolean }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [known] = await this.rows([sha256]);
    // Already kept in PostgreSQL (stored before the switch): the same bytes, not stored twice.
    if (known?.storedIn === 'postgres') return { ...pick(known), created: false };
    // Written once: an object already under this key is never rewritten (a real S3 or MinIO also refuses
    // the write with If-None-Match, should two uploads of the same bytes race).
    if (!(await this.exists(sha256))) {
      try {
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.settings.bucket,
            Key: this.keyOf(sha256),
            Body: bytes,
            ContentType: mediaType,
            ContentLength: bytes.length,
            IfNoneMatch: '*',
          }),
        );
      } catch (error) {
        if (!(statusOf(error) === 412 || statusOf(error) === 409)) throw error;
      }
    }
    // The object first, then the row: a row never names an object that was never written.
    const inserted = await this.query(
      "insert into evidence_files (sha256, media_type, size, bytes, stored_in) values ($1, $2, $3, null, 's3') on conflict (sha256) do nothing returning sha256",
      [sha256, mediaType, bytes.length],
    );
    if (inserted.length > 0) return { sha256, mediaType, size: bytes.length, created: true };
    const [kept] = await this.rows([sha256]);
    return { ...pick(kept), created: false };
  }

  async read(sha256: string): Promise<(StoredEvidenceFile & { bytes: Buffer }) | undefined> {
    const file = await this.open(sha256);
    if (!file) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(Buffer.from(chunk as Uint8Array));
    const bytes = Buffer.concat(chunks);
    return { sha256, mediaType: file.mediaType, size: bytes.length, bytes };
  }

  async open(sha256: string): Promise<(StoredEvidenceFile & { stream: Readable }) | undefined> {
    if (!SHA256.test(sha256)) return undefined;
    const [row] = await this.rows([sha256]);
    if (row?.storedIn === 'postgres') return this.inDatabase.open(sha256);
    const object = await this.get(sha256);
    if (!object) return undefined;
    return {
      sha256,
      mediaType: row?.mediaType ?? object.ContentType ?? 'application/octet-stream',
      size: Number(object.ContentLength ?? row?.size ?? 0),
      stream: object.Body as Readable,
    };
  }

  /** What a report may attach: the row as uploaded, while its bytes are still there. */
  async describe(sha256s: readonly string[]): Promise<StoredEvidenceFile[]> {
    const found: StoredEvidenceFile[] = [];
    for (const row of await this.rows(sha256s)) {
      if (row.storedIn === 'postgres' || (await this.exists(row.sha256))) found.push(pick(row));
    }
    return found;
  }

  /** Each object's bytes hashed as they stream in (never held whole); a file kept in PostgreSQL is hashed there. */
  async inspect(sha256s: readonly string[]): Promise<EvidenceFileInspection[]> {
    const inDatabase = new Set(
      (await this.rows(sha256s)).filter((row) => row.storedIn === 'postgres').map((row) => row.sha256),
    );
    const found = await this.inDatabase.inspect([...inDatabase]);
    const inBucket = sha256s.filter((sha256) => SHA256.test(sha256) && !inDatabase.has(sha256));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < inBucket.length) {
        const sha256 = inBucket[next++];
        const object = await this.get(sha256);
        if (!object) continue;
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of object.Body as Readable) {
          const bytes = chunk as Uint8Array;
          hash.update(bytes);
          size += bytes.length;
        }
        found.push({ sha256, actualSha256: hash.digest('hex'), size });
      }
    };
    await Promise.all(Array.from({ length: Math.min(INSPECT_CONCURRENCY, inBucket.length) }, worker));
    return found;
  }

  /** Lets the HTTP keep-alive sockets go when the application closes (Nest calls it on shutdown). */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  private async rows(sha256s: readonly string[]): Promise<FileRow[]> {
    const wanted = sha256s.filter((sha256) => SHA256.test(sha256));
    if (wanted.length === 0) return [];
    const rows = await this.query(
      'select sha256, media_type, size, stored_in from evidence_files where sha256 = any($1::text[])',
      [wanted],
    );
    return rows.map((row) => ({
      sha256: String(row.sha256),
      mediaType: String(row.media_type),
      size: Number(row.size),
      storedIn: String(row.stored_in),
    }));
  }

  private async exists(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  /**
   * The object, or undefined when the bucket has none under the key (NoSuchKey); any other failure, a
   * bucket gone (NoSuchBucket, also a 404) or an outage, is thrown, never taken for a missing file.
   */
  private async get(sha256: string): Promise<GetObjectCommandOutput | undefined> {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }));
    } catch (error) {
      if (error instanceof S3ServiceException && error.name === 'NoSuchKey') return undefined;
      throw error;
    }
  }
}

function pick(row: FileRow): StoredEvidenceFile {
  return { sha256: row.sha256, mediaType: row.mediaType, size: row.size };
}

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}
