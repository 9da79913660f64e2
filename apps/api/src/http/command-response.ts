/** The body every command answers with; the ETag is the stream revision for the next If-Match. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatPosition, type CommandResult } from '@app/event-store';

export class CommandResponse {
  @ApiProperty({ description: 'id of the task, programme, unit or official the command acted on' })
  id: string;
  @ApiProperty({ example: 'task-2c7…' })
  streamId: string;
  @ApiProperty({ description: 'stream revision after the command; send it back as If-Match', example: 3 })
  revision: number;
  @ApiProperty({ description: 'global log position reached; send it as X-Min-Position to read your write', example: '812-45' })
  position: string;
  @ApiProperty({ description: 'events appended by this call (0 for a retried Idempotency-Key)' })
  appendedEvents: number;
  @ApiProperty({ description: 'true when this Idempotency-Key was already handled and the first result is returned' })
  replayed: boolean;
  @ApiPropertyOptional({ description: 'ids of what the command created (milestones, urge, extension or co-operation request, outcome, review)' })
  created?: Record<string, string | string[]>;
}

export function respondWithResult(response: Response, id: string, result: CommandResult, created?: CommandResponse['created']): CommandResponse {
  response.setHeader('ETag', `"${result.revision}"`);
  if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
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
