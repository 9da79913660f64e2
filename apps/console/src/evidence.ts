/**
 * Evidence files (佐证材料): uploaded one by one before the report that names them, downloaded from
 * the task that recorded them. Both go through authorisedFetch, so the token travels in the
 * Authorization header: a plain link or a form post could only carry it in the URL, where it would
 * land in the history and the server's logs.
 */
import { authorisedFetch, toApiError, type Schemas } from './api/client';

export type EvidenceFile = Schemas['EvidenceFileView'];
export type Attachment = Schemas['AttachmentDto'];

/** Uploads the bytes (POST /api/files, the field "file"); the answer names them for a report's attachments. */
export async function uploadEvidenceFile(file: File): Promise<EvidenceFile> {
  const body = new FormData();
  // The raw File (a browser's, or the one a test made): FormData refuses anything that merely looks like one.
  body.append('file', file, file.name);
  // No Content-Type of our own: the browser writes multipart/form-data with its boundary.
  const response = await authorisedFetch('/api/files', { method: 'POST', body });
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, answer);
  return answer as EvidenceFile;
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

/** Downloads a task's file with the token in the header, then saves it under its recorded name. */
export async function downloadEvidenceFile(href: string, name: string): Promise<void> {
  const response = await authorisedFetch(href);
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // After the click has handed the blob to the browser's download: revoking at once may cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** 48213 → 47.1 KB: sizes as a reader compares them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
