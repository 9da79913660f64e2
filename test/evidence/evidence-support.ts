/** Uploading evidence files in the specs, files that are what they claim to be (or not), and the stores they go to. */
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { request as httpRequest } from 'node:http';
import { Client } from 'pg';
import { DEFAULT_EVIDENCE_SETTINGS, loadEvidenceSettings, type EvidenceSettings } from '@app/evidence';
import { startTestS3Server } from '@app/testing';
import type { HttpAnswer } from '../support/http-client';

/** A small PDF, as a scanner or a word processor writes one: the header is what identifies it. */
export function pdfBytes(text = '完成情况报告'): Buffer {
  const body = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ${text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(body, 'utf8')]);
}

/** The eight bytes that open every PNG, and a header chunk: enough for the type to show. */
export function pngBytes(): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
  ]);
}

export async function upload(
  baseUrl: string,
  token: string,
  name: string,
  bytes: Buffer,
  declaredType = 'application/octet-stream',
  extraFields: Record<string, string> = {},
): Promise<HttpAnswer> {
  const form = new FormData();
  for (const [field, value] of Object.entries(extraFields)) form.append(field, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: declaredType }), name);
  const response = await fetch(`${baseUrl}/api/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

export async function download(
  baseUrl: string,
  token: string,
  path: string,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/**
 * Where the app keeps the evidence files' bytes in a spec, and what an operator with that store's keys
 * could do to them behind the app's back: PostgreSQL (a superuser with the triggers off) or a real
 * S3-compatible server started for the spec (its own S3 API).
 */
export interface EvidenceBackend {
  /** The app's evidence settings: the default limits, this store. */
  readonly evidence: EvidenceSettings;
  /** The variables a command-line tool reads to reach the same store. */
  readonly env: Record<string, string>;
  alter(databaseUrl: string, sha256: string, bytes: Buffer): Promise<void>;
  remove(databaseUrl: string, sha256: string): Promise<void>;
  close(): Promise<void>;
}

/** As a superuser with triggers off: what an operator with the database's keys could do to the stored bytes. */
export async function asSuperuser(databaseUrl: string, sql: string, values: unknown[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

export const EVIDENCE_BACKENDS: [string, () => Promise<EvidenceBackend>][] = [
  [
    'PostgreSQL',
    async () => ({
      evidence: DEFAULT_EVIDENCE_SETTINGS,
      env: {},
      alter: (url, sha256, bytes) =>
        asSuperuser(url, 'update evidence_files set bytes = $2 where sha256 = $1', [sha256, bytes]),
      remove: (url, sha256) => asSuperuser(url, 'delete from evidence_files where sha256 = $1', [sha256]),
      close: async () => undefined,
    }),
  ],
  [
    'an S3-compatible bucket',
    async () => {
      const server = await startTestS3Server();
      const env = {
        EVIDENCE_STORE: 's3',
        S3_BUCKET: server.bucket,
        S3_ENDPOINT: server.endpoint,
        S3_ACCESS_KEY_ID: server.accessKeyId,
        S3_SECRET_ACCESS_KEY: server.secretAccessKey,
        S3_FORCE_PATH_STYLE: 'true',
        S3_KEY_PREFIX: 'evidence/',
      };
      const evidence = loadEvidenceSettings(env);
      const operator = new S3Client({
        endpoint: server.endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
      });
      return {
        evidence,
        env,
        alter: async (_, sha256, bytes) => {
          await operator.send(new PutObjectCommand({ Bucket: server.bucket, Key: `evidence/${sha256}`, Body: bytes }));
        },
        remove: async (_, sha256) => {
          await operator.send(new DeleteObjectCommand({ Bucket: server.bucket, Key: `evidence/${sha256}` }));
        },
        close: async () => {
          operator.destroy();
          await server.close();
        },
      };
    },
  ],
];

/**
 * An upload the server may answer before it has read the whole body (a file over the limit: 413 as soon
 * as the limit is passed). HTTP lets a server do that; fetch then often fails with ECONNRESET while it is
 * still sending, so this client takes the answer once it comes and ignores the broken write after it.
 */
export function uploadAnsweredEarly(baseUrl: string, token: string, name: string, bytes: Buffer): Promise<number> {
  const boundary = `----evidence${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest(`${baseUrl}/api/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(body.length),
      },
    });
    request.on('response', (response) => {
      answered = true;
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(body);
  });
}
