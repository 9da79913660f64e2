/** An attachment of a body as the command takes it: copied field by field, so a DTO instance never reaches the event. */
import type { Attachment } from '@app/supervision';
import type { AttachmentDto } from './work.dtos';

export function copyAttachment({ sha256, name, mediaType, size }: AttachmentDto): Attachment {
  return { sha256, name, mediaType, size };
}
