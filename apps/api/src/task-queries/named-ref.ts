/** An id with the name the organisation read model knows for it. */
import { ApiProperty } from '@nestjs/swagger';

export class NamedRef {
  @ApiProperty({ example: 'dept-9' })
  id: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '第九检察厅',
    description: 'null when the directory does not know the id',
  })
  name: string | null;
}
