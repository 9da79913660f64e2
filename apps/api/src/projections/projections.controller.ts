/** Operating the read models: their status here; rebuild, parked events and checksums sit beside it. */
import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { GetProjectionStatusQuery, type ProjectionsStatus } from './get-projection-status.query';

export class ProjectionStatusView {
  @ApiProperty({ example: 'task-board' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '812-45', description: 'position reached; null before the first batch' }) checkpoint: string | null;
  @ApiProperty({ type: 'integer', description: 'how many rebuilds went live' }) generation: number;
  @ApiPropertyOptional({ nullable: true, type: String }) updatedAt: Date | null;
  @ApiProperty({ description: 'the log head' }) head: string;
  @ApiProperty({ type: 'integer', description: 'events of its streams after the checkpoint, up to the head' }) lag: number;
  @ApiProperty({ description: 'true when the lag count stopped at its cap' }) lagCapped: boolean;
  @ApiProperty({ type: 'integer', description: 'parked events waiting for a replay' }) parked: number;
}

export class ProjectionsStatusView {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'the log head' }) head: string | null;
  @ApiProperty({ type: [ProjectionStatusView] }) projections: ProjectionStatusView[];
}

@ApiTags('projections')
@Controller('api/projections')
export class ProjectionsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiRoute({
    summary: 'Each read model’s checkpoint, the log head and the lag',
    description: 'Where each read model stands: the position it reached, how many events of its streams are behind the head (capped), and how many are parked.',
    parties: ANY_ROLE,
    ok: { type: ProjectionsStatusView, description: 'the status of every read model' },
  })
  status(): Promise<ProjectionsStatus> {
    return this.queryBus.execute(new GetProjectionStatusQuery());
  }
}
