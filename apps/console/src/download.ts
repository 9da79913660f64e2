/**
 * Downloads through the API: fetched with the token in the Authorization header (a plain link could
 * only carry it in the URL, where it would land in the history and the server's logs), then handed
 * to the browser's download under the name the server gave it.
 */
import { apiSession, authorisedFetch, toApiError } from './api/client';

/**
 * Downloads an authorised answer and saves it under the name the server gave it (Content-Disposition,
 * RFC 5987 filename*), or this one. Reads that wait for this console's last write wait here too, so an
 * export right after an import holds the imported tasks.
 */
export async function saveDownload(path: string, fallbackName: string): Promise<string> {
  const minPosition = apiSession.minPosition();
  const response = await authorisedFetch(path, minPosition ? { headers: { 'X-Min-Position': minPosition } } : {});
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  const name = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(await response.blob(), name);
  return name;
}

export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed name: fall back to the plain one.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1];
}

/** Hands bytes fetched with the token to the browser's download under the given name. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
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
