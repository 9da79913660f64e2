/** Which evidence files the ledger takes, and how large: configurable, with defaults an office's annexes fit in. */

export interface EvidenceSettings {
  /** EVIDENCE_MAX_BYTES (default 20 MiB): a larger file is refused with 413. */
  readonly maxBytes: number;
  /** EVIDENCE_MEDIA_TYPES (comma-separated; default below): the types, as sniffed from the bytes, that are taken; any other is a 415. */
  readonly mediaTypes: readonly string[];
}

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
  return { maxBytes, mediaTypes };
}
