/** Reading one uploaded workbook from a multipart form: how big it may be, and what counts as an .xlsx. */
import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';

/** An .xlsx of 2,000 task rows is well under 1 MiB; 5 MiB leaves room for notes and styles. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** multer's limits: one file, a handful of small fields (each refused by name below). */
export const UPLOAD_LIMITS = { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 12 };

/** An .xlsx is a ZIP container: its first bytes say so, whatever the name or the declared type. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ACCEPTED_TYPES = new Set([XLSX_MEDIA_TYPE, 'application/octet-stream', 'application/zip']);

/** The part of multer's file record this reads (memory storage: the bytes are in buffer). */
export interface UploadedFilePart {
  readonly originalname: string;
  readonly mimetype: string;
  readonly buffer: Buffer;
}

export function requireWorkbook(request: Request, file: UploadedFilePart | undefined): Buffer {
  if (!request.is('multipart/form-data')) {
    throw new UnsupportedMediaTypeException({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'upload the workbook as multipart/form-data, in the field "file"',
    });
  }
  const extra = Object.keys((request.body ?? {}) as object);
  if (extra.length > 0 || !file) {
    const fields = [
      ...extra.map((field) => ({ field, problems: [`${field} is not a field of this form (only "file")`] })),
      ...(file ? [] : [{ field: 'file', problems: ['a workbook (.xlsx) is required in the field "file"'] }]),
    ];
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      message: fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; '),
      details: { fields },
    });
  }
  const named = /\.xlsx$/i.test(file.originalname);
  if (!named || !ACCEPTED_TYPES.has(file.mimetype) || !file.buffer.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new UnsupportedMediaTypeException({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: `只能导入 .xlsx 工作簿（收到 ${file.originalname.slice(0, 80)}，${file.mimetype.slice(0, 80)}）`,
      details: { filename: file.originalname.slice(0, 200), mediaType: file.mimetype.slice(0, 200) },
    });
  }
  return file.buffer;
}
