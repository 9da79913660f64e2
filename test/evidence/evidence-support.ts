/** Uploading evidence files in the specs, and files that are what they claim to be (or not). */
import type { HttpAnswer } from '../support/http-client';

/** A small PDF, as a scanner or a word processor writes one: the header is what identifies it. */
export function pdfBytes(text = '完成情况报告'): Buffer {
  const body = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ${text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(body, 'utf8')]);
}

/** The eight bytes that open every PNG, and a header chunk: enough for the type to show. */
export function pngBytes(): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
  ]);
}

export async function upload(
  baseUrl: string,
  token: string,
  name: string,
  bytes: Buffer,
  declaredType = 'application/octet-stream',
  extraFields: Record<string, string> = {},
): Promise<HttpAnswer> {
  const form = new FormData();
  for (const [field, value] of Object.entries(extraFields)) form.append(field, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: declaredType }), name);
  const response = await fetch(`${baseUrl}/api/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

export async function download(
  baseUrl: string,
  token: string,
  path: string,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
