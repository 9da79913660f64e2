/** Which evidence files the ledger takes, and how large: configurable, with defaults an office's annexes fit in. */

export interface EvidenceSettings {
  /** EVIDENCE_MAX_BYTES (default 20 MiB): a larger file is refused with 413. */
  readonly maxBytes: number;
  /** EVIDENCE_MEDIA_TYPES (comma-separated; default below): the types, as sniffed from the bytes, that are taken; any other is a 415. */
  readonly mediaTypes: readonly string[];
  /** EVIDENCE_STORE: where the bytes live (PostgreSQL unless s3 is chosen). */
  readonly store: EvidenceStoreSettings;
}

/** The bytes in the ledger's PostgreSQL database, beside the log (the default: nothing more to run). */
export interface PostgresEvidenceStoreSettings {
  readonly kind: 'postgres';
}

/** The bytes in a bucket of an S3-compatible object store (AWS S3, MinIO, Ceph…); the rows stay in PostgreSQL. */
export interface S3EvidenceStoreSettings {
  readonly kind: 's3';
  /** S3_BUCKET (required). */
  readonly bucket: string;
  /** S3_ENDPOINT: the server's URL, for a store other than AWS (e.g. http://minio:9000); AWS's own otherwise. */
  readonly endpoint?: string;
  /** S3_REGION (default us-east-1, which most S3-compatible servers accept). */
  readonly region: string;
  /** S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, both or neither (then the SDK's usual chain: AWS_* variables, a role…). */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** S3_FORCE_PATH_STYLE (true/false; default false): bucket in the path, as MinIO and most self-hosted servers want. */
  readonly forcePathStyle: boolean;
  /** S3_KEY_PREFIX: put before each object's SHA-256, e.g. ledger/evidence/ (default none). */
  readonly keyPrefix: string;
}

export type EvidenceStoreSettings = PostgresEvidenceStoreSettings | S3EvidenceStoreSettings;

/**
 * PDF, the Office formats (OOXML, and the older OLE compound files .doc/.xls/.ppt and WPS, which the
 * bytes name only as application/x-cfb), and photographs and scans.
 */
export const DEFAULT_EVIDENCE_MEDIA_TYPES: readonly string[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/x-cfb',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/tiff',
  'image/bmp',
];

export const DEFAULT_EVIDENCE_SETTINGS: EvidenceSettings = {
  maxBytes: 20 * 1024 * 1024,
  mediaTypes: DEFAULT_EVIDENCE_MEDIA_TYPES,
  store: { kind: 'postgres' },
};

export function loadEvidenceSettings(env: NodeJS.ProcessEnv): EvidenceSettings {
  const maxText = env.EVIDENCE_MAX_BYTES;
  let maxBytes = DEFAULT_EVIDENCE_SETTINGS.maxBytes;
  if (maxText !== undefined && maxText !== '') {
    if (!/^[1-9]\d*$/.test(maxText) || !Number.isSafeInteger(Number(maxText)))
      throw new Error(`EVIDENCE_MAX_BYTES must be a whole number of bytes, not ${maxText}`);
    maxBytes = Number(maxText);
  }
  const typesText = env.EVIDENCE_MEDIA_TYPES;
  const mediaTypes = typesText
    ? typesText
        .split(',')
        .map((type) => type.trim().toLowerCase())
        .filter((type) => type !== '')
    : DEFAULT_EVIDENCE_SETTINGS.mediaTypes;
  for (const type of mediaTypes)
    if (!/^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/.test(type))
      throw new Error(`EVIDENCE_MEDIA_TYPES: ${type} is not a media type`);
  if (mediaTypes.length === 0) throw new Error('EVIDENCE_MEDIA_TYPES names no media type');
  return { maxBytes, mediaTypes, store: loadEvidenceStoreSettings(env) };
}

/** Read at start: a store that cannot work stops the process with one line naming the variable. */
export function loadEvidenceStoreSettings(env: NodeJS.ProcessEnv): EvidenceStoreSettings {
  const kind = (env.EVIDENCE_STORE ?? '').trim().toLowerCase() || 'postgres';
  if (kind === 'postgres') return { kind };
  if (kind !== 's3') throw new Error(`EVIDENCE_STORE must be postgres or s3, not ${env.EVIDENCE_STORE}`);
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const bucket = text('S3_BUCKET');
  if (!bucket) throw new Error('EVIDENCE_STORE=s3 needs S3_BUCKET, the bucket that keeps the evidence files');
  // The rules every S3-compatible store shares for a bucket's name; a wrong one would fail at the first upload.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new Error(`S3_BUCKET: ${bucket} is not a bucket name (3 to 63 lower-case letters, digits, dots and hyphens)`);
  const endpoint = text('S3_ENDPOINT');
  if (endpoint !== undefined) {
    let protocol: string;
    try {
      protocol = new URL(endpoint).protocol;
    } catch {
      throw new Error(`S3_ENDPOINT: ${endpoint} is not a URL (e.g. http://minio:9000)`);
    }
    if (protocol !== 'http:' && protocol !== 'https:')
      throw new Error(`S3_ENDPOINT: ${endpoint} is not an http(s) URL`);
  }
  const accessKeyId = text('S3_ACCESS_KEY_ID');
  const secretAccessKey = text('S3_SECRET_ACCESS_KEY');
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined))
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither');
  const pathStyle = (text('S3_FORCE_PATH_STYLE') ?? 'false').toLowerCase();
  if (pathStyle !== 'true' && pathStyle !== 'false')
    throw new Error(`S3_FORCE_PATH_STYLE must be true or false, not ${env.S3_FORCE_PATH_STYLE}`);
  const keyPrefix = env.S3_KEY_PREFIX ?? '';
  if (keyPrefix.startsWith('/') || /[\\\s]/.test(keyPrefix) || keyPrefix.length > 512)
    throw new Error(`S3_KEY_PREFIX: ${keyPrefix} must not start with / nor hold spaces or backslashes`);
  return {
    kind,
    bucket,
    ...(endpoint ? { endpoint } : {}),
    region: text('S3_REGION') ?? 'us-east-1',
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    forcePathStyle: pathStyle === 'true',
    keyPrefix,
  };
}
