/** What the inbox and the notification operations answer. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CHANNELS, NOTIFICATION_CAUSES } from '@app/notifier';
import { IsPageLimit } from '../http/validation/page-limit';
import { ReadQueryParams } from '../read-side/read-query.params';

export const DELIVERY_ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

export class InboxQueryParams extends ReadQueryParams {
  @ApiPropertyOptional({
    description: 'true: only the notifications not read yet',
    enum: ['true', 'false'],
    default: 'false',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: '$property must be true or false' })
  unread?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'how many to skip (newest first)', minimum: 0, maximum: 1_000_000, default: 0 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value,
  )
  @IsInt({ message: '$property must be a whole number from 0' })
  @Min(0, { message: '$property must be a whole number from 0' })
  @Max(1_000_000, { message: '$property must be at most 1000000' })
  offset?: number;

  @IsPageLimit()
  limit?: number;
}

export class InboxItemView {
  @ApiProperty({
    format: 'uuid',
    description: 'the delivery id: the same in every channel’s copy of this notification to this recipient',
  })
  id: string;
  @ApiProperty({ enum: NOTIFICATION_CAUSES }) cause: string;
  @ApiProperty({ example: '催办' }) causeLabel: string;
  @ApiProperty({ type: String, nullable: true, example: 'spp-current-03' }) taskId: string | null;
  @ApiProperty({ example: '催办通知：2026-03 …' }) title: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() read: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) readAt: string | null;
}

export class InboxPageView {
  @ApiProperty({ type: [InboxItemView] }) items: InboxItemView[];
  @ApiProperty({ type: 'integer', description: 'how many the filter matches' }) total: number;
  @ApiProperty({ type: 'integer', description: 'how many are not read yet (the badge)' }) unread: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}

export class InboxReadView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: [true] }) read: true;
  @ApiProperty({ format: 'date-time', description: 'the first time it was marked read' }) readAt: string;
}

export class NotificationRetryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: ['pending'],
    description: 'due now: the dispatcher sends it at its next poll, with a fresh set of tries',
  })
  status: 'pending';
}

export class DeliveryStatusView {
  @ApiProperty({ format: 'uuid', description: 'the delivery id, sent as X-Notification-Id' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_CAUSES }) cause: string;
  @ApiProperty({ example: '催办' }) causeLabel: string;
  @ApiProperty({ description: 'the event id that caused it, or reminder:<task>:<kind>:<date> for a reminder' })
  causeId: string;
  @ApiProperty({ example: 'unit:dept-9', description: 'unit:<id>, leader:<id> or supervisor' }) recipient: string;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiProperty({
    enum: ['pending', 'failed', 'delivered', 'dead'],
    description: 'failed: a try failed, another is scheduled; dead: every try failed (an admin may retry it)',
  })
  status: string;
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) deliveredAt: string | null;
}

/** The body of a POST that needs none: `{}` (an unknown field is a 400 naming it, as everywhere). */
export class EmptyBody {}
