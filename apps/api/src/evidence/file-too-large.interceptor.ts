/**
 * multer refuses a file over EVIDENCE_MAX_BYTES while reading it, with its own 413 ("File too large",
 * BODY_TOO_LARGE): around the upload's FileInterceptor, this answers that 413 as the route documents
 * it (FILE_TOO_LARGE, in Chinese, details.maxBytes), the reason a unit's clerk is shown beside the field.
 */
import {
  Inject,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, throwError, type Observable } from 'rxjs';
import type { EvidenceSettings } from '@app/evidence';
import { EVIDENCE_SETTINGS, tooLarge } from './evidence-upload';

@Injectable()
export class FileTooLargeInterceptor implements NestInterceptor {
  constructor(@Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceSettings) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() => (error instanceof PayloadTooLargeException ? tooLarge(this.settings) : error)),
        ),
      );
  }
}
