/** The body every command answers with; the ETag sent beside it is its revision, for the next If-Match. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { formatPosition, type CommandResult } from '@app/event-store';

export class CommandResponse {
  @ApiProperty({
    description: 'id of the task, programme, unit or official the command acted on',
    example: 'spp-2022-2022-01',
  })
  id: string;
  @ApiProperty({ description: 'the stream the events went to', example: 'task-spp-2022-2022-01' })
  streamId: string;
  @ApiProperty({
    type: 'integer',
    description: 'stream revision after the command; send it back as If-Match',
    example: 3,
  })
  revision: number;
  @ApiProperty({
    description: 'global log position reached; send it as X-Min-Position to read your write',
    example: '812-45',
  })
  position: string;
  @ApiProperty({ type: 'integer', description: 'events appended by this call (0 for a retried Idempotency-Key)' })
  appendedEvents: number;
  @ApiProperty({ description: 'true when this Idempotency-Key was already handled and the first result is returned' })
  replayed: boolean;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    description: 'ids of what the command created (milestoneIds, urgeId, requestId, outcomeId, reviewId)',
    example: { urgeId: 'urge-5f0c…' },
  })
  created?: Record<string, string | string[]>;
}

/** The answer's body; its headers are written from it by WritesCommandAnswerHeaders. */
export function commandResponse(
  id: string,
  result: CommandResult,
  created?: CommandResponse['created'],
): CommandResponse {
  return {
    id,
    streamId: result.streamId,
    revision: Number(result.revision),
    position: formatPosition(result.position),
    appendedEvents: result.appendedEvents,
    replayed: result.replayed,
    ...(created ? { created } : {}),
  };
}
