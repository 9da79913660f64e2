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
    ).toEqual({ maxBytes: 1048576, mediaTypes: ['application/pdf', 'image/png'] });
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
