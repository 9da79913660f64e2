/** How bodies are read: JSON only (else 415), at most 256 kB (else 413), and only as well-formed UTF-8. */
import { UnsupportedMediaTypeException } from '@nestjs/common';
import { isUtf8 } from 'node:buffer';

export const JSON_BODY_LIMIT = '256kb';

class InvalidUtf8 extends SyntaxError {
  // body-parser keeps this status, and the express adapter turns a 400 SyntaxError into a BadRequestException.
  readonly status = 400;
}

/**
 * body-parser would decode broken bytes into U+FFFD and store them as if the sender meant them;
 * a record of official acts should say "that was not text" instead (JSON is UTF-8, RFC 8259).
 */
function refuseInvalidUtf8(_request: unknown, _response: unknown, raw: Buffer): void {
  if (!isUtf8(raw)) throw new InvalidUtf8('the body is not valid UTF-8');
}

export const JSON_BODY_OPTIONS = { limit: JSON_BODY_LIMIT, verify: refuseInvalidUtf8 };

interface RawRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The only routes that take a file (multipart/form-data): a workbook uploaded into a programme, and an evidence file.
 * Their controllers read the form themselves (multer, size-limited) and refuse any other body.
 */
const UPLOAD_ROUTES: readonly RegExp[] = [/^\/api\/programmes\/[^/?]+\/task-imports(?:\?|$)/, /^\/api\/files(?:\?|$)/];

export function isUploadRoute(url: string | undefined): boolean {
  return UPLOAD_ROUTES.some((route) => route.test(url ?? ''));
}

/**
 * Every other body this API takes is JSON. Without this, a text/plain or form body is left unparsed and
 * a command that takes no fields would run on it; it is a 415 instead.
 */
export function refuseNonJsonBodies(request: RawRequest, _response: unknown, next: (error?: unknown) => void): void {
  const { headers } = request;
  const hasBody =
    headers['transfer-encoding'] !== undefined ||
    (headers['content-length'] !== undefined && headers['content-length'] !== '0');
  const type = String(headers['content-type'] ?? '');
  if (hasBody && /^multipart\/form-data\s*;/i.test(type) && request.method === 'POST' && isUploadRoute(request.url)) {
    next();
    return;
  }
  if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
    next(
      new UnsupportedMediaTypeException({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: `bodies must be application/json, not ${type.slice(0, 60) || 'untyped'}`,
      }),
    );
    return;
  }
  next();
}
