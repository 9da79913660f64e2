import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, Matches } from 'class-validator';
import { ID_ITEMS, ID_PATTERN, IsCalendarDate, IsEntityId, IsText } from '../../http/validation/validators';

export class IssueTaskDto {
  @IsEntityId('task id; generated when absent (from the Idempotency-Key when one is sent)', true)
  taskId?: string;
  @IsEntityId('the programme (督办批次) the task belongs to', false, 'spp-2022')
  programmeId: string;
  @IsText('code within the programme, e.g. 2022-07', 40)
  code: string;
  @IsText('title', 200)
  title: string;
  @IsText('description', 5000)
  description: string;
  @IsText('line of work, e.g. 未成年人检察', 40)
  category: string;
  @IsEntityId('the leader in charge (分管院领导)', false, 'leader-juvenile')
  leadLeaderId: string;
  @IsEntityId('the lead unit (牵头单位)', false, 'dept-9')
  leadUnitId: string;
  @ApiProperty({
    description: 'co-operating units (配合单位)',
    type: 'array',
    items: { ...ID_ITEMS, example: 'dept-1' },
    maxItems: 30,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: 'each co-unit id must be 1-80 letters, digits, _ . : or -' })
  coUnitIds: string[];
  @IsCalendarDate('deadline (办结时限)')
  deadline: string;
}
