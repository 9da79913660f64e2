/** The OpenAPI shape of GET /health's answer (Terminus' report, with each dependency's status only). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const DEPENDENCIES = {
  type: 'object' as const,
  additionalProperties: { type: 'object', properties: { status: { type: 'string', enum: ['up', 'down'] } }, required: ['status'] },
  example: { eventStore: { status: 'up' }, database: { status: 'up' } },
};

export class HealthReportView {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'], description: 'ok when every dependency is up' })
  status: string;
  @ApiPropertyOptional({ ...DEPENDENCIES, description: 'the dependencies that are up' })
  info?: Record<string, { status: string }>;
  @ApiPropertyOptional({ ...DEPENDENCIES, description: 'the dependencies that are down' })
  error?: Record<string, { status: string }>;
  @ApiProperty({ ...DEPENDENCIES, description: 'every dependency' })
  details: Record<string, { status: string }>;
}
