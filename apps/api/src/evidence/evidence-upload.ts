/** Reading one uploaded evidence file from a multipart form, and deciding what it is from its bytes. */
import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { sniffMediaType, type EvidenceSettings } from '@app/evidence';
import { MAX_ATTACHMENT_NAME_LENGTH } from '@app/supervision';

export const EVIDENCE_SETTINGS = Symbol('EVIDENCE_SETTINGS');

/** The part of multer's file record this reads (memory storage: the bytes are in buffer). */
export interface UploadedEvidencePart {
  readonly originalname: string;
  readonly buffer: Buffer;
}

export interface AcceptedEvidenceFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

export async function requireEvidenceFile(
  request: Request,
  file: UploadedEvidencePart | undefined,
  settings: EvidenceSettings,
): Promise<AcceptedEvidenceFile> {
  if (!request.is('multipart/form-data')) {
    throw new UnsupportedMediaTypeException({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'upload the file as multipart/form-data, in the field "file"',
    });
  }
  const extra = Object.keys((request.body ?? {}) as object);
  if (extra.length > 0 || !file || file.buffer.length === 0) {
    const fields = [
      ...extra.map((field) => ({ field, problems: [`${field} is not a field of this form (only "file")`] })),
      ...(file && file.buffer.length > 0
        ? []
        : [{ field: 'file', problems: ['a file that is not empty is required in the field "file"'] }]),
    ];
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      message: fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; '),
      details: { fields },
    });
  }
  // multer refuses a larger file while reading; this is the same limit, for a store configured below multer's.
  if (file.buffer.length > settings.maxBytes) throw tooLarge(settings);
  const name = fileNameOf(file.originalname);
  const sniffed = await sniffMediaType(file.buffer);
  if (!sniffed || !settings.mediaTypes.includes(sniffed.mediaType)) {
    throw new UnsupportedMediaTypeException({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: `不接受此类文件作为佐证材料（${name}：${sniffed ? sniffed.mediaType : '无法识别的格式'}）；可上传 PDF、Office 文档和图片`,
      details: { name, detected: sniffed?.mediaType ?? null, allowed: [...settings.mediaTypes] },
    });
  }
  return { name, mediaType: sniffed.mediaType, bytes: file.buffer };
}

export function tooLarge(settings: EvidenceSettings): PayloadTooLargeException {
  return new PayloadTooLargeException({
    code: 'FILE_TOO_LARGE',
    message: `文件超过上限 ${sizeInWords(settings.maxBytes)}，请压缩或拆分后再上传`,
    details: { maxBytes: settings.maxBytes },
  });
}

/** 20971520 → 20 MB, 4096 → 4 KB: the limit as an office user reads it (whole units when it is one, else bytes). */
function sizeInWords(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} 字节`;
}

/** The name as readers will see it: the last segment of whatever path a browser sent, without control characters. */
function fileNameOf(original: string): string {
  // busboy hands a name over as latin1, one character per byte of the UTF-8 browsers send: read those bytes as UTF-8.
  const decoded = /[^\u0000-\u00ff]/.test(original) ? original : Buffer.from(original, 'latin1').toString('utf8');
  const text = decoded.includes('\ufffd') ? original : decoded;
  const base = text
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  const name = base.slice(0, MAX_ATTACHMENT_NAME_LENGTH);
  if (name === '')
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      message: 'file: the file needs a name',
      details: { fields: [{ field: 'file', problems: ['the file needs a name'] }] },
    });
  return name;
}
