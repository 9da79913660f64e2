/** What the projection operations answer with, as documented in OpenAPI. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ChecksumView {
  @ApiProperty({ example: 'task-board' }) projection: string;
  @ApiProperty({ description: 'SHA-256 over the read model’s rows in a fixed order', example: '9f86d08…' })
  checksum: string;
  @ApiProperty({ description: 'the log position the rows reflect', example: '812-45' }) position: string;
  @ApiProperty({ description: 'rows checksummed' }) rows: number;
}

export class ChecksumComparisonView extends ChecksumView {
  @ApiPropertyOptional({
    type: ChecksumView,
    description: 'with ?fresh=true: the checksum of a scratch rebuild from the log up to the same position',
  })
  fresh?: ChecksumView;
  @ApiPropertyOptional({ description: 'with ?fresh=true: true when the live read model equals the scratch rebuild' })
  matches?: boolean;
}

export class RebuildOutcomeView {
  @ApiProperty({ description: 'the checkpoint the swapped-in tables start from', example: '812-45' }) position: string;
  @ApiProperty({ description: 'events replayed' }) events: number;
  @ApiProperty({ description: 'how long the rebuild took' }) seconds: number;
  @ApiProperty({
    description: 'the physical names the fresh tables had before they took the live names',
    example: { task_board: 'task_board__r1764057600000' },
  })
  builtAs: Record<string, string>;
}

export class RebuildStatusView {
  @ApiProperty({ example: 'task-board' }) projection: string;
  @ApiProperty({
    enum: ['replaying', 'swapping', 'finished', 'failed'],
    description:
      'replaying the log into fresh tables, swapping them in, finished (live) or failed (the live model unchanged)',
  })
  phase: 'replaying' | 'swapping' | 'finished' | 'failed';
  @ApiProperty({ description: 'events of the read model’s streams applied to the fresh tables so far' })
  eventsApplied: number;
  @ApiProperty({ type: String, nullable: true, description: 'the log position reached so far', example: '812-45' })
  position: string | null;
  @ApiProperty({
    description: 'the log head the rebuild works towards (it moves on as the log grows)',
    example: '812-45',
  })
  targetPosition: string;
  @ApiProperty({ description: 'how far along the log to the target, 0–100', minimum: 0, maximum: 100 })
  percent: number;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) finishedAt: Date | null;
  @ApiProperty({ type: RebuildOutcomeView, nullable: true, description: 'once finished: what went live' })
  outcome: RebuildOutcomeView | null;
  @ApiProperty({ type: String, nullable: true, description: 'once failed: why' })
  error: string | null;
}

export class ParkedEventView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'task-board' }) projection: string;
  @ApiProperty() eventId: string;
  @ApiProperty({ example: 'task-spp-2022-2022-01' }) streamId: string;
  @ApiProperty({ description: 'the event’s revision in its stream', example: '3' }) revision: string;
  @ApiProperty({ example: '812-45' }) position: string;
  @ApiProperty({ example: 'ProgressReported' }) type: string;
  @ApiProperty({ description: 'why it could not be applied (or that an earlier event of its stream is parked)' })
  errorMessage: string;
  @ApiProperty() attempts: number;
  @ApiProperty() parkedAt: Date;
}

export class ReplayParkedDto {
  @ApiPropertyOptional({
    description: 'replay only this stream’s parked events; all streams when absent',
    maxLength: 300,
    example: 'task-spp-2022-2022-01',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  streamId?: string;
}

export class ReplayOutcomeView {
  @ApiProperty() streamId: string;
  @ApiProperty({ enum: ['replayed', 'failed'] }) status: 'replayed' | 'failed';
  @ApiProperty({ description: 'parked events of the stream' }) events: number;
  @ApiPropertyOptional({ description: 'why the replay failed again' }) error?: string;
}
