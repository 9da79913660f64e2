/**
 * Before a command that names evidence files reaches the log: each file must be in the store, as
 * uploaded (type and size as the upload answered). Otherwise the event would point at bytes nobody
 * can open, and verification would name it for ever. A 422, nothing appended.
 */
import { Inject, Injectable } from '@nestjs/common';
import { EVIDENCE_FILE_STORE, type EvidenceFileStore } from '@app/evidence';
import { RuleBroken, type TaskCommand } from '@app/supervision';

@Injectable()
export class EvidenceAttachmentCheck {
  constructor(@Inject(EVIDENCE_FILE_STORE) private readonly store: EvidenceFileStore) {}

  async requireStored(command: TaskCommand): Promise<void> {
    const attachments =
      'attachments' in command.data && isList(command.data.attachments) ? command.data.attachments : [];
    if (attachments.length === 0) return;
    const stored = new Map(
      (await this.store.describe(attachments.map((a) => a.sha256))).map((file) => [file.sha256, file]),
    );
    for (const attachment of attachments) {
      const file = stored.get(attachment.sha256);
      if (!file) {
        throw new RuleBroken(
          'EVIDENCE_FILE_NOT_UPLOADED',
          `附件“${attachment.name}”尚未上传（${attachment.sha256}）：请先以 POST /api/files 上传`,
          { sha256: attachment.sha256, name: attachment.name },
        );
      }
      if (file.mediaType !== attachment.mediaType || file.size !== attachment.size) {
        throw new RuleBroken(
          'EVIDENCE_FILE_MISMATCH',
          `附件“${attachment.name}”与已上传的文件不符：应为 ${file.mediaType}、${file.size} 字节`,
          {
            sha256: attachment.sha256,
            stored: { mediaType: file.mediaType, size: file.size },
            given: { mediaType: attachment.mediaType, size: attachment.size },
          },
        );
      }
    }
  }
}

/** `Array.isArray` without its `any[]`: a command's list keeps the type its data declares. */
function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}
