/**
 * Evidence files in a folder, one file per SHA-256 (the file's name is its hash): what
 * `audit:export --with-files` writes beside an export, and what `audit:verify --file` checks
 * offline. The same port as the database's store, so the same check runs on both.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { EvidenceFileInspection, EvidenceFileStore, StoredEvidenceFile } from '../evidence-store.port';

const SHA256 = /^[0-9a-f]{64}$/;

export class FolderEvidenceStore implements EvidenceFileStore {
  constructor(readonly folder: string) {}

  async put(bytes: Buffer, mediaType: string): Promise<StoredEvidenceFile & { created: boolean }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await mkdir(this.folder, { recursive: true });
    const path = this.pathOf(sha256);
    const created = !existsSync(path);
    if (created) await writeFile(path, bytes, { flag: 'wx' });
    return { sha256, mediaType, size: bytes.length, created };
  }

  /** A folder keeps no media type: the events that name a file record it. */
  async read(sha256: string): Promise<(StoredEvidenceFile & { bytes: Buffer }) | undefined> {
    const bytes = await this.bytesOf(sha256);
    return bytes ? { sha256, mediaType: 'application/octet-stream', size: bytes.length, bytes } : undefined;
  }

  async open(sha256: string): Promise<(StoredEvidenceFile & { stream: Readable }) | undefined> {
    const [found] = await this.describe([sha256]);
    return found && { ...found, stream: createReadStream(this.pathOf(sha256)) };
  }

  async describe(sha256s: readonly string[]): Promise<StoredEvidenceFile[]> {
    const found: StoredEvidenceFile[] = [];
    for (const sha256 of sha256s) {
      const info = SHA256.test(sha256) ? await stat(this.pathOf(sha256)).catch(() => undefined) : undefined;
      if (info?.isFile()) found.push({ sha256, mediaType: 'application/octet-stream', size: info.size });
    }
    return found;
  }

  async inspect(sha256s: readonly string[]): Promise<EvidenceFileInspection[]> {
    const found: EvidenceFileInspection[] = [];
    for (const sha256 of sha256s) {
      const bytes = await this.bytesOf(sha256);
      if (bytes)
        found.push({ sha256, actualSha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
    }
    return found;
  }

  private pathOf(sha256: string): string {
    return join(this.folder, sha256);
  }

  private async bytesOf(sha256: string): Promise<Buffer | undefined> {
    if (!SHA256.test(sha256)) return undefined;
    return readFile(this.pathOf(sha256)).catch(() => undefined);
  }
}

/** Where an export's files go: beside it, `<export>.files/`. */
export function evidenceFolderOf(exportPath: string): string {
  return `${exportPath}.files`;
}
