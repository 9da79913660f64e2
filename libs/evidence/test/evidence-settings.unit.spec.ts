import { DEFAULT_EVIDENCE_SETTINGS, loadEvidenceSettings } from '../src/evidence-settings';
import { sniffMediaType } from '../src/sniff-media-type';

describe('the evidence settings', () => {
  it('default to 20 MiB and PDF, Office documents and images', () => {
    expect(loadEvidenceSettings({})).toEqual(DEFAULT_EVIDENCE_SETTINGS);
    expect(DEFAULT_EVIDENCE_SETTINGS.maxBytes).toBe(20 * 1024 * 1024);
    expect(DEFAULT_EVIDENCE_SETTINGS.mediaTypes).toEqual(
      expect.arrayContaining([
        'application/pdf',
        'image/jpeg',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ]),
    );
  });

  it('take EVIDENCE_MAX_BYTES and EVIDENCE_MEDIA_TYPES', () => {
    expect(
      loadEvidenceSettings({ EVIDENCE_MAX_BYTES: '1048576', EVIDENCE_MEDIA_TYPES: 'application/pdf, Image/PNG' }),
    ).toEqual({ maxBytes: 1048576, mediaTypes: ['application/pdf', 'image/png'], store: { kind: 'postgres' } });
  });

  it('take the bucket of an S3-compatible store when EVIDENCE_STORE is s3', () => {
    expect(
      loadEvidenceSettings({
        EVIDENCE_STORE: 's3',
        S3_BUCKET: 'ledger-evidence',
        S3_ENDPOINT: 'http://minio:9000',
        S3_REGION: 'cn-north-1',
        S3_ACCESS_KEY_ID: 'ledger',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'true',
        S3_KEY_PREFIX: 'ledger/evidence/',
      }).store,
    ).toEqual({
      kind: 's3',
      bucket: 'ledger-evidence',
      endpoint: 'http://minio:9000',
      region: 'cn-north-1',
      credentials: { accessKeyId: 'ledger', secretAccessKey: 'secret' },
      forcePathStyle: true,
      keyPrefix: 'ledger/evidence/',
    });
    expect(loadEvidenceSettings({ EVIDENCE_STORE: 'S3', S3_BUCKET: 'evidence' }).store).toEqual({
      kind: 's3',
      bucket: 'evidence',
      region: 'us-east-1',
      forcePathStyle: false,
      keyPrefix: '',
    });
  });

  it.each([
    [{ EVIDENCE_STORE: 'minio' }, 'EVIDENCE_STORE must be postgres or s3, not minio'],
    [{ EVIDENCE_STORE: 's3' }, 'EVIDENCE_STORE=s3 needs S3_BUCKET, the bucket that keeps the evidence files'],
    [{ EVIDENCE_STORE: 's3', S3_BUCKET: 'Evidence_Files' }, 'S3_BUCKET: Evidence_Files is not a bucket name'],
    [
      { EVIDENCE_STORE: 's3', S3_BUCKET: 'evidence', S3_ENDPOINT: 'minio:9000' },
      'S3_ENDPOINT: minio:9000 is not an http(s) URL',
    ],
    [{ EVIDENCE_STORE: 's3', S3_BUCKET: 'evidence', S3_ENDPOINT: 'not a url' }, 'S3_ENDPOINT: not a url is not a URL'],
    [
      { EVIDENCE_STORE: 's3', S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'ledger' },
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    ],
    [
      { EVIDENCE_STORE: 's3', S3_BUCKET: 'evidence', S3_FORCE_PATH_STYLE: 'yes' },
      'S3_FORCE_PATH_STYLE must be true or false, not yes',
    ],
    [
      { EVIDENCE_STORE: 's3', S3_BUCKET: 'evidence', S3_KEY_PREFIX: '/evidence/' },
      'S3_KEY_PREFIX: /evidence/ must not start with /',
    ],
  ])('refuse an S3 store that could not work, in one line naming the variable: %j', (env, message) => {
    expect(() => loadEvidenceSettings(env)).toThrow(message);
    expect(() => loadEvidenceSettings(env)).toThrow(/^[^\n]+$/);
  });

  it.each([
    [{ EVIDENCE_MAX_BYTES: '20MB' }, /EVIDENCE_MAX_BYTES/],
    [{ EVIDENCE_MAX_BYTES: '0' }, /EVIDENCE_MAX_BYTES/],
    [{ EVIDENCE_MEDIA_TYPES: 'pdf' }, /EVIDENCE_MEDIA_TYPES: pdf/],
    [{ EVIDENCE_MEDIA_TYPES: ' , ' }, /names no media type/],
  ])('refuse a setting that says nothing usable: %j', (env, message) => {
    expect(() => loadEvidenceSettings(env)).toThrow(message);
  });
});

describe('what a file is, from its bytes', () => {
  it('knows a PDF and a PNG by their first bytes, and nothing in plain text', async () => {
    expect(await sniffMediaType(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))).toEqual({
      mediaType: 'application/pdf',
      extension: 'pdf',
    });
    expect(
      (
        await sniffMediaType(
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
        )
      )?.mediaType,
    ).toBe('image/png');
    expect(await sniffMediaType(Buffer.from('完成情况报告：已完成'))).toBeUndefined();
  });
});
