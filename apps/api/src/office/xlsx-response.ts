/** Answers with a workbook as a download: its media type, and a Chinese file name that survives every browser (RFC 6266 filename*). */
import type { Response } from 'express';
import { XLSX_MEDIA_TYPE } from './upload';

export function attachment(response: Response, filename: string): Response {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  response.status(200);
  response.setHeader('Content-Type', XLSX_MEDIA_TYPE);
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  );
  return response;
}
