/** Operating the read models: their status here; rebuild, parked events and checksums sit beside it. */
import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { GetProjectionStatusQuery, type ProjectionsStatus } from './get-projection-status.query';

export class ProjectionStatusView {
  @ApiProperty({ example: 'task-board' }) name: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '812-45',
    description: 'position reached; null before the first batch',
  })
  checkpoint: string | null;
  @ApiProperty({ type: 'integer', description: 'how many rebuilds went live' }) generation: number;
  @ApiPropertyOptional({ nullable: true, type: String }) updatedAt: Date | null;
  @ApiProperty({ description: 'the log head' }) head: string;
  @ApiProperty({ type: 'integer', description: 'events of its streams after the checkpoint, up to the head' })
  lag: number;
  @ApiProperty({ description: 'true when the lag count stopped at its cap' }) lagCapped: boolean;
  @ApiProperty({ type: 'integer', description: 'parked events waiting for a replay' }) parked: number;
}

export class HoldingTransactionView {
  @ApiProperty({ description: 'the server process of the transaction (pg_terminate_backend ends it)', example: 41230 })
  pid: number;
  @ApiProperty({ description: 'its application_name: who opened it', example: 'psql' }) applicationName: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'its database: any database of the server holds the log back',
    example: 'reporting',
  })
  database: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'pg_stat_activity state; null when the database role may not see it (grant pg_read_all_stats)',
    example: 'idle in transaction',
  })
  state: string | null;
  @ApiProperty({ description: 'how long the transaction has been open', example: 12.5 }) ageSeconds: number;
  @ApiProperty({ description: 'when it began', example: '2026-03-02T01:00:00.000Z' }) startedAt: string;
}

export class HeldBackLogView {
  @ApiProperty({
    description:
      'events committed but not yet visible to readers: the head, every lag and X-Min-Position waits stop before them',
    example: 0,
  })
  events: number;
  @ApiPropertyOptional({
    nullable: true,
    type: HoldingTransactionView,
    description: 'the oldest open transaction of the server, when events are held back',
  })
  oldestTransaction: HoldingTransactionView | null;
}

export class NotifierStatusView {
  @ApiProperty({ example: 'notifier' }) name: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '812-45',
    description: 'position the notifier reached; null before its first batch',
  })
  checkpoint: string | null;
  @ApiProperty({ description: 'the log head' }) head: string;
  @ApiProperty({ type: 'integer', description: 'task events after its checkpoint, up to the head' }) lag: number;
  @ApiProperty({ description: 'true when the lag count stopped at its cap' }) lagCapped: boolean;
  @ApiProperty({ type: 'integer', description: 'events it parked, waiting for a replay' }) parked: number;
  @ApiProperty({ type: 'integer', description: 'mail and webhook deliveries still to be tried (pending or failed)' })
  pending: number;
  @ApiProperty({
    type: 'integer',
    description: 'deliveries dead-lettered after the last try (POST /api/notifications/{id}/retry)',
  })
  dead: number;
  @ApiProperty({
    description:
      'whether this process runs the notifier now (it runs only where the projector lease is held: with a separate projector process, false here)',
  })
  activeHere: boolean;
}

export class ProjectionsStatusView {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'the log head' }) head: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: HeldBackLogView,
    description:
      'what an older open transaction holds back from readers (PostgreSQL event store); null with EventStoreDB',
  })
  heldBack: HeldBackLogView | null;
  @ApiProperty({ type: [ProjectionStatusView] }) projections: ProjectionStatusView[];
  @ApiProperty({ type: NotifierStatusView, description: 'the notifier: its position, lag and outbox' })
  notifier: NotifierStatusView;
}

@ApiTags('projections')
@Controller('api/projections')
export class ProjectionsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiRoute({
    summary: 'Each read model’s checkpoint, the log head and the lag, and what holds the log back',
    description:
      'Where each read model stands: the position it reached, how many events of its streams are behind the head (capped), how many are parked, and the open transactions that hold the visible log back.',
    parties: ANY_ROLE,
    ok: { type: ProjectionsStatusView, description: 'the status of every read model' },
  })
  status(): Promise<ProjectionsStatus> {
    return this.queryBus.execute(new GetProjectionStatusQuery());
  }
}
