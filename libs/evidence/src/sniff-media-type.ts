/**
 * What a file is, from its bytes (magic numbers, and inside a ZIP which Office document), never from
 * its name or the type the client declared: those say what the sender claims. file-type's core reads
 * a buffer and needs no file system.
 */
import { fileTypeFromBuffer } from 'file-type/core';

export interface SniffedType {
  readonly mediaType: string;
  /** The usual extension, e.g. pdf. */
  readonly extension: string;
}

export async function sniffMediaType(bytes: Uint8Array): Promise<SniffedType | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  return found ? { mediaType: found.mime, extension: found.ext } : undefined;
}
