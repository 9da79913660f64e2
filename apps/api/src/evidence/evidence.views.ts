/** What the evidence routes answer. */
import { ApiProperty } from '@nestjs/swagger';

export class EvidenceFileView {
  @ApiProperty({
    description:
      'the SHA-256 of the bytes (lower-case hex): the file’s id; give it with name, mediaType and size in a report’s attachments',
    pattern: '^[0-9a-f]{64}$',
    example: '3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5',
  })
  sha256: string;
  @ApiProperty({ description: 'the file name sent (its last path segment)', example: '完成情况报告.pdf' })
  name: string;
  @ApiProperty({
    description: 'the media type, as the bytes show it (not as the client declared)',
    example: 'application/pdf',
  })
  mediaType: string;
  @ApiProperty({ type: 'integer', description: 'bytes', example: 48213 })
  size: number;
  @ApiProperty({ description: 'false when the same bytes were already stored (the answer is the same)', example: true })
  created: boolean;
}
