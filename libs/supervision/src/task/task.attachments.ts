/**
 * Evidence files (佐证材料) a report carries. The log records what identifies each file (its SHA-256)
 * and what a reader needs to know before opening it (name, media type, size); the bytes live in a
 * content-addressed store outside the log, which the command path checks before it appends.
 */
import { InvalidCommand } from '../kernel/domain-errors';

export interface Attachment {
  /** Lower-case hex SHA-256 of the bytes: the file's id in the store. */
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  /** Bytes. */
  readonly size: number;
}

/** What a task shows of its files: each with the act that attached it. */
export interface TaskEvidenceFile extends Attachment {
  /** The event that carried it, e.g. CompletionReported. */
  readonly attachedBy: string;
  readonly attachedAt: string;
}

/** Enough for a completion report with its annexes; a longer list is a sign of a mistake, not of diligence. */
export const MAX_ATTACHMENTS = 20;
export const MAX_ATTACHMENT_NAME_LENGTH = 255;

const SHA256 = /^[0-9a-f]{64}$/;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,126}$/;

/** The attachments of a command, checked for shape; absent means none. */
export function requireAttachments(value: unknown): Attachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid('attachments must be a list', 'attachments');
  if (value.length > MAX_ATTACHMENTS) throw invalid(`at most ${MAX_ATTACHMENTS} attachments`, 'attachments');
  const attachments = value.map((item: unknown, i) => attachmentOf(item, `attachments[${i}]`));
  const hashes = attachments.map((a) => a.sha256);
  const repeated = hashes.find((hash, i) => hashes.indexOf(hash) !== i);
  if (repeated !== undefined) throw invalid(`the file ${repeated} is attached twice`, 'attachments');
  return attachments;
}

/** Event data carries `attachments` only when there are some, so an act without files reads as it always did. */
export function attachmentsField(attachments: readonly Attachment[]): { attachments?: Attachment[] } {
  return attachments.length > 0 ? { attachments: attachments.map((a) => ({ ...a })) } : {};
}

function attachmentOf(item: unknown, field: string): Attachment {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    throw invalid(`${field} must be an object`, field);
  const { sha256, name, mediaType, size } = item as Record<string, unknown>;
  if (typeof sha256 !== 'string' || !SHA256.test(sha256))
    throw invalid(`${field}.sha256 must be 64 lower-case hexadecimal characters`, `${field}.sha256`);
  // The name is the reporter's text, shown and never used as a path (files are stored and exported by hash, and the
  // download's header encodes it), so any text is kept as sent, as every other text of a report.
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_ATTACHMENT_NAME_LENGTH) {
    throw invalid(
      `${field}.name must be a file name of 1 to ${MAX_ATTACHMENT_NAME_LENGTH} characters`,
      `${field}.name`,
    );
  }
  if (typeof mediaType !== 'string' || !MEDIA_TYPE.test(mediaType))
    throw invalid(`${field}.mediaType must be a media type such as application/pdf`, `${field}.mediaType`);
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1)
    throw invalid(`${field}.size must be a whole number of bytes, at least 1`, `${field}.size`);
  return { sha256, name, mediaType, size };
}

function invalid(message: string, field: string): InvalidCommand {
  return new InvalidCommand('INVALID_ATTACHMENTS', message, { field });
}
