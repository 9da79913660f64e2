/**
 * Evidence files (佐证材料): uploaded one by one before the report that names them (downloads go through
 * download.ts). The upload carries the token in the Authorization header: a plain link or a
 * form post could only carry it in the URL, where it would land in the history and the server's logs.
 */
import { apiSession, toApiError, type Schemas } from './api/client';

export type EvidenceFile = Schemas['EvidenceFileView'];
export type Attachment = Schemas['AttachmentDto'];

export interface UploadWatch {
  /** The bytes sent so far of the request's total (the multipart body: the file and a few hundred bytes around it). */
  readonly onProgress?: (sent: number, total: number) => void;
  /** Aborting it cancels the upload: the request is dropped and the promise rejects with UploadCancelled. */
  readonly signal?: AbortSignal;
}

/** The user cancelled the upload: nothing was stored, and nothing is to be said beside the field. */
export class UploadCancelled extends Error {
  constructor() {
    super('upload cancelled');
  }
}

/**
 * Uploads the bytes (POST /api/files, the field "file"); the answer names them for a report's
 * attachments. Through XMLHttpRequest, not fetch: only it reports how much of a request's body has
 * gone, which a large scan over a slow line needs shown.
 */
export function uploadEvidenceFile(file: File, watch: UploadWatch = {}): Promise<EvidenceFile> {
  return new Promise((resolve, reject) => {
    if (watch.signal?.aborted) return reject(new UploadCancelled());
    const body = new FormData();
    // The raw File (a browser's, or the one a test made): FormData refuses anything that merely looks like one.
    body.append('file', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/files');
    const token = apiSession.getToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    // No Content-Type of our own: the browser writes multipart/form-data with its boundary.
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) watch.onProgress?.(event.loaded, event.total);
    };
    request.onload = () => {
      let answer: unknown;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        answer = undefined;
      }
      if (request.status === 401) apiSession.signedOut();
      if (request.status >= 200 && request.status < 300) resolve(answer as EvidenceFile);
      else reject(toApiError(request.status, answer));
    };
    request.onerror = () => reject(new Error('网络中断，文件未上传'));
    request.onabort = () => reject(new UploadCancelled());
    watch.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}

/** What a report's attachments take of an upload's answer. */
export function attachmentOf({ sha256, name, mediaType, size }: EvidenceFile): Attachment {
  return { sha256, name, mediaType, size };
}

/** The reason an upload was refused, in Chinese where the API gave none (multer's own size limit answers in English). */
export function uploadProblem(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message : String(error);
  if (/[\u4e00-\u9fff]/.test(message)) return message;
  if (status === 413) return `文件过大，超过上传上限（${message}）`;
  if (status === 415) return `不接受此类文件作为佐证材料（${message}）`;
  return `上传失败：${message}`;
}

/** 48213 → 47.1 KB: sizes as a reader compares them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
