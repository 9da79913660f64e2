/**
 * Where the read models stand, now or as they advance. A plain GET answers the positions as JSON;
 * with `Accept: text/event-stream` the same resource is a server-sent event stream that pushes them
 * each time a read model moves (coalesced: at most one event per feed interval, however many events
 * were applied), so a live page refetches only when there is something new instead of polling. The
 * bearer token is the same header as everywhere (the console reads the stream with fetch, not
 * EventSource, which cannot send it): a token never goes into a URL.
 */
import { Controller, Get, Headers, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiProperty, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { Subject, takeUntil } from 'rxjs';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { ReadModelPositionsFeed, type ReadModelPositions } from './read-model-positions.feed';

export const EVENT_STREAM = 'text/event-stream';
/** A comment line now and then keeps proxies and idle timeouts from cutting a quiet stream. */
const KEEP_ALIVE_MS = 15_000;
/** How long a browser waits before reconnecting after the stream broke (the SSE `retry` field). */
const RECONNECT_MS = 2_000;

const EXAMPLE = { organisation: '812-45', 'task-board': '812-45', 'task-detail': '812-45', 'task-timeline': '812-45' };

export class ReadModelPositionsView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', pattern: '^\\d{1,20}-\\d{1,20}$' },
    description:
      'each read model’s checkpoint, as command answers give positions: a read model has reached a write when its position is at or past the write’s',
    example: EXAMPLE,
  })
  positions: ReadModelPositions;
}

@ApiTags('read models')
@Controller('api/read-models')
export class ReadModelPositionsController implements BeforeApplicationShutdown {
  private readonly closing = new Subject<void>();

  constructor(private readonly feed: ReadModelPositionsFeed) {}

  @Get('positions')
  @ApiRoute({
    summary: 'Where each read model stands; with Accept: text/event-stream, a live stream of its advances',
    description:
      'As JSON: each read model’s checkpoint. As server-sent events (Accept: text/event-stream): one `positions` event at once, then one each time a read model advanced (coalesced to at most one every 250 ms), and a comment line every 15 s to keep the connection open; the event’s id is the task board’s position. Send the bearer token in Authorization, as on every route (never in the URL). A page refetches what it shows when the read model behind it moved.',
    parties: ANY_ROLE,
    ok: {
      description: 'the positions now (JSON), or the live stream (text/event-stream)',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(ReadModelPositionsView) } },
        [EVENT_STREAM]: {
          schema: { type: 'string', description: 'event: positions\\ndata: {"positions":{"task-board":"812-45",…}}' },
        },
      },
    },
  })
  @ApiExtraModels(ReadModelPositionsView)
  @ApiHeader({
    name: 'Accept',
    required: false,
    description: 'text/event-stream for the live stream; JSON otherwise',
    schema: { type: 'string', example: EVENT_STREAM },
  })
  async positions(@Headers('accept') accept: string | undefined, @Res() response: Response): Promise<void> {
    if (wantsEventStream(accept)) return this.stream(response);
    response.status(200).json({ positions: await this.feed.now() });
  }

  beforeApplicationShutdown(): void {
    // Open streams would hold the HTTP server's close for ever.
    this.closing.next();
  }

  private stream(response: Response): void {
    response.status(200);
    response.setHeader('Content-Type', `${EVENT_STREAM}; charset=utf-8`);
    response.setHeader('Cache-Control', 'no-store');
    // A buffering proxy (nginx) would hold the events back until its buffer filled.
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    response.write(`retry: ${RECONNECT_MS}\n\n`);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const subscription = this.feed.positions$.pipe(takeUntil(this.closing)).subscribe({
      next: (positions) =>
        response.write(
          `event: positions\nid: ${positions['task-board'] ?? ''}\ndata: ${JSON.stringify({ positions })}\n\n`,
        ),
      complete: () => response.end(),
    });
    response.on('close', () => {
      clearInterval(keepAlive);
      subscription.unsubscribe();
    });
  }
}

function wantsEventStream(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((type) => type.split(';')[0].trim().toLowerCase() === EVENT_STREAM);
}
