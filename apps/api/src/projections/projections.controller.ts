/** Operating the read models: their status here; rebuild, parked events and checksums sit beside it. */
import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { GetProjectionStatusQuery, type ProjectionsStatus } from './get-projection-status.query';

export class ProjectionStatusView {
  @ApiProperty({ example: 'task-board' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '812-45', description: 'position reached; null before the first batch' }) checkpoint: string | null;
  @ApiProperty({ description: 'how many rebuilds went live' }) generation: number;
  @ApiPropertyOptional({ nullable: true, type: String }) updatedAt: Date | null;
  @ApiProperty({ description: 'the log head' }) head: string;
  @ApiProperty({ description: 'events of its streams after the checkpoint, up to the head' }) lag: number;
  @ApiProperty({ description: 'true when the lag count stopped at its cap' }) lagCapped: boolean;
  @ApiProperty({ description: 'parked events waiting for a replay' }) parked: number;
}

export class ProjectionsStatusView {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'the log head' }) head: string | null;
  @ApiProperty({ type: [ProjectionStatusView] }) projections: ProjectionStatusView[];
}

@ApiTags('projections')
@ApiBearerAuth()
@Controller('api/projections')
export class ProjectionsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Each read model’s checkpoint, the log head and the lag' })
  @ApiOkResponse({ type: ProjectionsStatusView })
  status(): Promise<ProjectionsStatus> {
    return this.queryBus.execute(new GetProjectionStatusQuery());
  }
}
