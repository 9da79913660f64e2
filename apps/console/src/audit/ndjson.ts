/** Reads a streamed NDJSON answer line by line, handing rows over in batches so a long log never freezes the page. */
import { authorisedFetch, toApiError } from '../api/client';

/** One line of GET /api/audit/events and /api/audit/tasks/{id}/history: the type the API writes them from. */
import type { AuditEntry as AuditEvent } from '../../../../libs/audit/src/audit-entry.view';

export type { AuditEvent };

export async function streamNdjson(
  path: string,
  onRows: (rows: AuditEvent[]) => void,
  signal: AbortSignal,
): Promise<number> {
  const response = await authorisedFetch(path, { signal });
  if (!response.ok || !response.body) throw toApiError(response.status, await response.json().catch(() => undefined));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  let count = 0;
  let batch: AuditEvent[] = [];
  let flushedAt = performance.now();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) batch.push(JSON.parse(line) as AuditEvent);
    // A render per batch, not per line: at most a few a second whatever the log's size.
    if (batch.length >= 2_000 || performance.now() - flushedAt > 250) {
      count += batch.length;
      onRows(batch);
      batch = [];
      flushedAt = performance.now();
    }
  }
  if (pending.trim()) batch.push(JSON.parse(pending) as AuditEvent);
  count += batch.length;
  if (batch.length) onRows(batch);
  return count;
}

/** Saves an authorised download (export, digest) as a file, without putting the token in a link. */
export async function download(path: string, fileName: string): Promise<void> {
  const response = await authorisedFetch(path);
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
