/** An evidence file (佐证材料) a report names, as its body carries it and as the command takes it. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { Attachment } from '@app/supervision';
import { IsText } from '../../http/validation/validators';

/** An evidence file (佐证材料) uploaded before with POST /api/files: its answer, as given. */
export class AttachmentDto {
  @ApiProperty({
    description: 'the file’s SHA-256 (lower-case hex), as POST /api/files answered it',
    pattern: '^[0-9a-f]{64}$',
    minLength: 64,
    maxLength: 64,
    example: '3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5',
  })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be 64 lower-case hexadecimal characters' })
  sha256: string;
  @IsText('the file name shown to readers, e.g. 完成情况报告.pdf (no path)', 255)
  name: string;
  @ApiProperty({
    description: 'the media type POST /api/files answered (sniffed from the bytes)',
    pattern: '^[a-z]+/[a-z0-9][a-z0-9.+-]{0,126}$',
    minLength: 3,
    maxLength: 127,
    example: 'application/pdf',
  })
  @IsString()
  @MaxLength(127)
  @Matches(/^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,126}$/, {
    message: '$property must be a media type such as application/pdf',
  })
  mediaType: string;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 1099511627776,
    description: 'bytes, as POST /api/files answered',
    example: 48213,
  })
  @IsInt()
  @Min(1)
  @Max(1099511627776)
  size: number;
}

/** Evidence files on a report: each uploaded first; the command is refused (422) if one is not in the store. */
export function Attachments() {
  return applyDecorators(
    ApiPropertyOptional({
      type: [AttachmentDto],
      maxItems: 20,
      description: 'evidence files (佐证材料), each uploaded first with POST /api/files',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => AttachmentDto),
  );
}

/** The attachments of a body as the command takes them: copied field by field, so a DTO instance never reaches the event. */
export function attachmentsOf(body: { readonly attachments?: readonly AttachmentDto[] }): {
  attachments?: Attachment[];
} {
  return body.attachments
    ? { attachments: body.attachments.map(({ sha256, name, mediaType, size }) => ({ sha256, name, mediaType, size })) }
    : {};
}
