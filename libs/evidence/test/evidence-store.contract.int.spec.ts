/**
 * The evidence stores' one contract, run on each real store: PostgreSQL (the default), a folder (an
 * export's files) and an S3-compatible bucket (s3rver, a real S3 server started here). Each keeps
 * bytes under their SHA-256, written once, and verification names a file whose stored bytes were
 * altered or removed behind the store's back.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Pool } from 'pg';
import { migrateEventStore } from '@app/event-store';
import { createTestDatabase, startTestS3Server, type TestS3Server } from '@app/testing';
import { checkEvidenceFiles, type EvidenceReference } from '../src/evidence-check';
import type { S3EvidenceStoreSettings } from '../src/evidence-settings';
import type { EvidenceFileStore } from '../src/evidence-store.port';
import { FolderEvidenceStore } from '../src/folder/folder-evidence-store';
import { PostgresEvidenceStore, type RowQuery } from '../src/postgres/postgres-evidence-store';
import { S3EvidenceStore } from '../src/s3/s3-evidence-store';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`, 'utf8');

/** A store under test, and what an operator with its keys could do to the bytes behind its back. */
interface StoreUnderTest {
  readonly store: EvidenceFileStore;
  /** The folder keeps bytes only; the others keep the type each file was stored with. */
  readonly keepsMediaType: boolean;
  alter(sha256: string, bytes: Buffer): Promise<void>;
  remove(sha256: string): Promise<void>;
  close(): Promise<void>;
}

/** As a superuser with the triggers off: the written-once trigger refuses the application, not the database's keys. */
async function asSuperuser(pool: Pool, sql: string, values: unknown[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('set session_replication_role = replica');
    await client.query(sql, values);
  } finally {
    await client.query('set session_replication_role = origin');
    client.release();
  }
}

async function migratedDatabase(): Promise<{ pool: Pool; query: RowQuery }> {
  const pool = new Pool({ connectionString: await createTestDatabase('evidence'), max: 2 });
  await migrateEventStore(pool);
  return { pool, query: async (sql, parameters) => (await pool.query<Record<string, unknown>>(sql, parameters)).rows };
}

async function postgresStore(): Promise<StoreUnderTest> {
  const { pool, query } = await migratedDatabase();
  return {
    store: new PostgresEvidenceStore(query),
    keepsMediaType: true,
    alter: (sha256, bytes) =>
      asSuperuser(pool, 'update evidence_files set bytes = $2 where sha256 = $1', [sha256, bytes]),
    remove: (sha256) => asSuperuser(pool, 'delete from evidence_files where sha256 = $1', [sha256]),
    close: () => pool.end(),
  };
}

async function folderStore(): Promise<StoreUnderTest> {
  const folder = mkdtempSync(join(tmpdir(), 'evidence-folder-'));
  return {
    store: new FolderEvidenceStore(folder),
    keepsMediaType: false,
    alter: (sha256, bytes) => writeFile(join(folder, sha256), bytes),
    remove: (sha256) => unlink(join(folder, sha256)),
    close: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

function s3SettingsFor(server: TestS3Server, keyPrefix: string): S3EvidenceStoreSettings {
  return {
    kind: 's3',
    bucket: server.bucket,
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    forcePathStyle: true,
    keyPrefix,
  };
}

/** An operator's own client: the S3 API, beside the ledger. */
function operatorClient(server: TestS3Server): S3Client {
  return new S3Client({
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
  });
}

async function s3Store(): Promise<StoreUnderTest> {
  const { pool, query } = await migratedDatabase();
  const server = await startTestS3Server();
  const store = new S3EvidenceStore(s3SettingsFor(server, 'ledger/evidence/'), query);
  const operator = operatorClient(server);
  return {
    store,
    keepsMediaType: true,
    alter: async (sha256, bytes) => {
      await operator.send(new PutObjectCommand({ Bucket: server.bucket, Key: store.keyOf(sha256), Body: bytes }));
    },
    remove: async (sha256) => {
      await operator.send(new DeleteObjectCommand({ Bucket: server.bucket, Key: store.keyOf(sha256) }));
    },
    close: async () => {
      store.onModuleDestroy();
      operator.destroy();
      await server.close();
      await pool.end();
    },
  };
}

function referenceTo(sha256: string, bytes: Buffer): EvidenceReference {
  return {
    sha256,
    name: '完成情况报告.pdf',
    mediaType: 'application/pdf',
    size: bytes.length,
    streamId: 'task-1',
    revision: '4',
    position: '0/0',
    eventId: '00000000-0000-4000-8000-000000000001',
    eventType: 'CompletionReported',
  };
}

describe.each([
  ['PostgreSQL', postgresStore],
  ['a folder', folderStore],
  ['an S3-compatible bucket', s3Store],
])('the evidence store in %s', (_, open) => {
  let subject: StoreUnderTest;
  const report = pdf('完成情况报告');
  const hash = sha256Of(report);
  const readBack = async (sha256: string): Promise<Buffer | undefined> => {
    const file = await subject.store.open(sha256);
    if (!file) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  };

  beforeAll(async () => {
    subject = await open();
  });
  afterAll(() => subject.close());

  it('stores bytes under their SHA-256, and the same bytes again once', async () => {
    expect(await subject.store.put(report, 'application/pdf')).toEqual({
      sha256: hash,
      mediaType: 'application/pdf',
      size: report.length,
      created: true,
    });
    expect(await subject.store.put(report, 'application/pdf')).toMatchObject({ sha256: hash, created: false });
  });

  it('gives the bytes back, whole or streamed, with the type and size stored; a hash never stored opens nothing', async () => {
    const file = await subject.store.read(hash);
    expect(file?.bytes.equals(report)).toBe(true);
    expect(file?.size).toBe(report.length);
    if (subject.keepsMediaType) expect(file?.mediaType).toBe('application/pdf');
    expect((await readBack(hash))?.equals(report)).toBe(true);
    expect(await subject.store.read('0'.repeat(64))).toBeUndefined();
    expect(await subject.store.open('0'.repeat(64))).toBeUndefined();
    expect(await subject.store.open('not-a-hash')).toBeUndefined();
  });

  it('describes only what it holds', async () => {
    const described = await subject.store.describe([hash, '0'.repeat(64)]);
    expect(described.map((file) => [file.sha256, file.size])).toEqual([[hash, report.length]]);
  });

  it('verifies: the stored bytes hash to what was recorded', async () => {
    expect(await subject.store.inspect([hash])).toEqual([{ sha256: hash, actualSha256: hash, size: report.length }]);
    expect(await checkEvidenceFiles([referenceTo(hash, report)], subject.store)).toEqual({
      files: 1,
      references: 1,
      intact: 1,
      problems: [],
    });
  });

  it('names an altered file in verification, and a later upload of the same bytes does not rewrite it', async () => {
    const altered = pdf('改过的报告');
    await subject.alter(hash, altered);
    await subject.store.put(report, 'application/pdf');
    const checked = await checkEvidenceFiles([referenceTo(hash, report)], subject.store);
    expect(checked.intact).toBe(0);
    expect(checked.problems).toEqual([
      expect.objectContaining({
        problem: 'altered',
        sha256: hash,
        actualSha256: sha256Of(altered),
        name: '完成情况报告.pdf',
      }),
    ]);
  });

  it('names a removed file in verification as missing, and opens nothing for it', async () => {
    await subject.remove(hash);
    const checked = await checkEvidenceFiles([referenceTo(hash, report)], subject.store);
    expect(checked.problems).toEqual([
      expect.objectContaining({
        problem: 'missing',
        sha256: hash,
        actualSha256: null,
        eventType: 'CompletionReported',
      }),
    ]);
    expect(await subject.store.read(hash)).toBeUndefined();
    expect(await subject.store.describe([hash])).toEqual([]);
  });
});

describe('the S3-compatible store beside the database', () => {
  let server: TestS3Server;
  let pool: Pool;
  let query: RowQuery;
  let store: S3EvidenceStore;
  let operator: S3Client;

  beforeAll(async () => {
    ({ pool, query } = await migratedDatabase());
    server = await startTestS3Server('evidence');
    store = new S3EvidenceStore(s3SettingsFor(server, 'ledger/'), query);
    operator = operatorClient(server);
  });
  afterAll(async () => {
    store.onModuleDestroy();
    operator.destroy();
    await server.close();
    await pool.end();
  });

  it('keeps the object under the prefix and its SHA-256, and the row in PostgreSQL with no bytes', async () => {
    const bytes = pdf('督办报告');
    const { sha256 } = await store.put(bytes, 'application/pdf');
    const object = await operator.send(new GetObjectCommand({ Bucket: 'evidence', Key: `ledger/${sha256}` }));
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(bytes)).toBe(true);
    expect(
      (await pool.query('select media_type, size, stored_in, bytes from evidence_files where sha256 = $1', [sha256]))
        .rows,
    ).toEqual([{ media_type: 'application/pdf', size: String(bytes.length), stored_in: 's3', bytes: null }]);
  });

  it('keeps the rows written once: the trigger refuses an UPDATE, and a row may not claim bytes it does not hold', async () => {
    await expect(pool.query("update evidence_files set stored_in = 'postgres'")).rejects.toMatchObject({
      code: 'EL403',
    });
    await expect(
      pool.query(
        "insert into evidence_files (sha256, media_type, size, bytes, stored_in) values ($1, 'application/pdf', 1, null, 'postgres')",
        ['a'.repeat(64)],
      ),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      pool.query(
        "insert into evidence_files (sha256, media_type, size, bytes, stored_in) values ($1, 'application/pdf', 1, '\\x00', 's3')",
        ['b'.repeat(64)],
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('reads, describes and verifies a file stored in PostgreSQL before the switch, and does not copy it to the bucket', async () => {
    const earlier = pdf('切换前的报告');
    const { sha256 } = await new PostgresEvidenceStore(query).put(earlier, 'application/pdf');
    expect(await store.put(earlier, 'application/pdf')).toMatchObject({ sha256, created: false });
    expect((await store.read(sha256))?.bytes.equals(earlier)).toBe(true);
    expect(await store.describe([sha256])).toEqual([{ sha256, mediaType: 'application/pdf', size: earlier.length }]);
    expect(await store.inspect([sha256])).toEqual([{ sha256, actualSha256: sha256, size: earlier.length }]);
    await expect(
      operator.send(new GetObjectCommand({ Bucket: 'evidence', Key: `ledger/${sha256}` })),
    ).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('takes an unreachable bucket for an outage, never for a missing file', async () => {
    const unreachable = new S3EvidenceStore({ ...s3SettingsFor(server, 'ledger/'), bucket: 'no-such-bucket' }, query);
    try {
      const { sha256 } = await store.put(pdf('另一份'), 'application/pdf');
      await expect(unreachable.inspect([sha256])).rejects.toThrow();
    } finally {
      unreachable.onModuleDestroy();
    }
  });
});
