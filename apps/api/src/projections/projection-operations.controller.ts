/**
 * Operating the read models over HTTP: checksums (live, or compared with a scratch rebuild), rebuild
 * into new tables and swap (started with 202, followed by its progress), and the parked (poison) events with their replay. Changing operations and
 * the parked list are for the admin (运维) role; GET /api/projections (the status) is beside it.
 */
import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { parsePosition, formatPosition } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import type { Response } from 'express';
import { ProjectionAdmin, RebuildInProgress, type ParkedEvent } from '@app/projector';
import type { Actor } from '@app/supervision';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { HeavyOperation } from '../http/heavy-operation';
import { PROJECTOR_SETTINGS, type ProjectorSettings } from '@app/runtime';
import {
  ChecksumComparisonView,
  ParkedEventView,
  RebuildStatusView,
  ReplayOutcomeView,
  ReplayParkedDto,
} from './projection-operations.views';
import { RebuildTracker, type TrackedRebuild } from './rebuild-tracker';

/** A scratch rebuild replays the whole log: not something every reader may start. */
const MAY_COMPARE_WITH_FRESH_REBUILD = new Set(['admin', 'auditor']);

const UNKNOWN_NAME = 'no read model of that name (UNKNOWN_PROJECTION; details.known lists the names)';
const NAME = ApiParam({
  name: 'name',
  required: true,
  description: 'the read model',
  schema: { type: 'string', enum: ALL_PROJECTIONS.map((projection) => projection.name), example: 'task-board' },
});

@ApiTags('projections')
@Controller('api/projections')
export class ProjectionOperationsController {
  constructor(
    private readonly admin: ProjectionAdmin,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: ProjectorSettings,
    private readonly rebuildTracker: RebuildTracker,
  ) {}

  @Get('parked')
  @ApiRoute({
    summary: 'Parked (poison) events waiting for a replay, oldest first',
    description:
      'Events a read model could not apply after its retries, with the error; later events of their streams wait behind them. Replay them after the fix (POST …/parked/replay).',
    parties: ['admin'],
    ok: { type: [ParkedEventView], description: 'the parked events' },
    answers: { 404: UNKNOWN_NAME },
  })
  @ApiQuery({
    name: 'projection',
    required: false,
    description: 'only this read model’s',
    schema: { type: 'string', enum: ALL_PROJECTIONS.map((projection) => projection.name), example: 'task-board' },
  })
  async parked(@Query('projection') projection?: string): Promise<ParkedEventView[]> {
    if (projection !== undefined) this.known(projection);
    return (await this.admin.listParked(projection)).map(toParkedView);
  }

  @Get(':name/checksum')
  @HeavyOperation((request) => request.query.fresh === 'true')
  @ApiRoute({
    summary:
      'Checksum of a read model; with ?fresh=true (admin, auditor) also of a scratch rebuild up to the same position',
    description:
      'SHA-256 over the read model’s rows and the position they reflect. With fresh=true it also replays the log into scratch tables up to that position and answers whether the two match (a heavy operation: its own rate limit).',
    parties: ANY_ROLE,
    ok: {
      type: ChecksumComparisonView,
      description: 'the checksum (and, with fresh=true, the scratch one and matches)',
    },
    answers: { 403: 'fresh=true asked by a role other than admin or auditor (ROLE_NOT_ALLOWED)', 404: UNKNOWN_NAME },
  })
  @NAME
  @ApiQuery({
    name: 'fresh',
    required: false,
    schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
    description: 'also build a scratch copy and compare',
  })
  async checksum(
    @Param('name') name: string,
    @CurrentActor() actor: Actor,
    @Query('fresh') fresh?: unknown,
  ): Promise<ChecksumComparisonView> {
    if (fresh !== undefined && fresh !== 'true' && fresh !== 'false') {
      throw new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: 'fresh: must be true or false',
        details: { fields: [{ field: 'fresh', problems: ['must be true or false'] }] },
      });
    }
    this.known(name);
    const live = await this.admin.checksum(name);
    if (fresh !== 'true') return live;
    if (!MAY_COMPARE_WITH_FRESH_REBUILD.has(actor.role)) {
      throw new ForbiddenException({
        code: 'ROLE_NOT_ALLOWED',
        message: `the ${actor.role} role may not start a scratch rebuild; allowed: admin, auditor`,
      });
    }
    const rebuilt = await this.admin.checksumOfFreshRebuild(name, { until: parsePosition(live.position) });
    return { ...live, fresh: rebuilt, matches: rebuilt.checksum === live.checksum && rebuilt.rows === live.rows };
  }

  @Get('rebuilds')
  @ApiRoute({
    summary: 'The current or last rebuild of each read model started by this API process',
    description:
      'One entry per read model rebuilt since the process started (the running one, else the last), in the form GET …/{name}/rebuild answers.',
    parties: ['admin'],
    ok: { type: [RebuildStatusView], description: 'the rebuilds' },
  })
  rebuilds(): RebuildStatusView[] {
    return this.rebuildTracker.all().map(toRebuildView);
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @HeavyOperation()
  @ApiRoute({
    summary: 'Start a rebuild of a read model from the log into new tables, swapped in once built',
    description:
      'Takes the read model’s rebuild lock and answers 202 at once, with Location: /api/projections/{name}/rebuild where the progress and the outcome are read. The rebuild replays the whole log into fresh tables while the live one keeps serving, then swaps them in under the projection’s lock (readers never see a half-built model); a failed one leaves the live model as it was. Takes no body. A heavy operation: its own rate limit.',
    parties: ['admin'],
    takesBody: true,
    ok: {
      status: 202,
      type: RebuildStatusView,
      description: 'the rebuild started; follow it at Location',
      headers: {
        Location: {
          description: 'where its progress is read',
          schema: { type: 'string', example: '/api/projections/task-board/rebuild' },
        },
      },
    },
    answers: {
      404: UNKNOWN_NAME,
      409: 'a rebuild of this read model is already running, from here, another API process or the CLI (REBUILD_IN_PROGRESS); nothing was changed',
    },
  })
  @NAME
  async rebuild(
    @Param('name') name: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RebuildStatusView> {
    this.known(name);
    const started = await this.startAlone(name);
    response.setHeader('Location', `/api/projections/${encodeURIComponent(name)}/rebuild`);
    return toRebuildView(started);
  }

  @Get(':name/rebuild')
  @ApiRoute({
    summary: 'The progress of the current or last rebuild of a read model, then its outcome or error',
    description:
      'The phase (replaying, swapping, finished, failed), the events applied, the position reached and the target (the log head), the start and end, and once finished what went live, or once failed why. Poll it while the phase is replaying or swapping.',
    parties: ['admin'],
    ok: { type: RebuildStatusView, description: 'the rebuild' },
    answers: { 404: `${UNKNOWN_NAME}; or no rebuild of it was started by this process (NO_REBUILD)` },
  })
  @NAME
  rebuildStatus(@Param('name') name: string): RebuildStatusView {
    this.known(name);
    const tracked = this.rebuildTracker.get(name);
    if (!tracked) {
      throw new NotFoundException({
        code: 'NO_REBUILD',
        message: `no rebuild of ${name} was started since this process started; POST /api/projections/${name}/rebuild starts one`,
        details: { projection: name },
      });
    }
    return toRebuildView(tracked);
  }

  @Post(':name/parked/replay')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Replay the parked events of a read model (after the fix), stream by stream, in stream order',
    description:
      'Applies a stream’s parked events again, in order, in one transaction (all streams’ when streamId is absent); answers replayed or failed (with the error) per stream.',
    parties: ['admin'],
    takesBody: true,
    ok: { type: [ReplayOutcomeView], description: 'one outcome per stream' },
    answers: { 404: UNKNOWN_NAME },
  })
  @NAME
  async replay(@Param('name') name: string, @Body() body: ReplayParkedDto): Promise<ReplayOutcomeView[]> {
    this.known(name);
    return [...(await this.admin.replayParked(name, body.streamId))];
  }

  private async startAlone(name: string): Promise<TrackedRebuild> {
    try {
      return await this.rebuildTracker.start(name);
    } catch (error) {
      if (!(error instanceof RebuildInProgress)) throw error;
      throw new ConflictException({ code: error.code, message: error.message, details: { projection: name } });
    }
  }

  private known(name: string): void {
    const known = (this.settings.projections ?? ALL_PROJECTIONS).map((projection) => projection.name);
    if (!known.includes(name)) {
      throw new NotFoundException({
        code: 'UNKNOWN_PROJECTION',
        message: `no read model is named ${name}; known: ${known.join(', ')}`,
        details: { known },
      });
    }
  }
}

function toParkedView(parked: ParkedEvent): ParkedEventView {
  return {
    id: parked.id,
    projection: parked.projection,
    eventId: parked.eventId,
    streamId: parked.streamId,
    revision: parked.revision.toString(),
    position: formatPosition(parked.position),
    type: parked.type,
    errorMessage: parked.errorMessage,
    attempts: parked.attempts,
    parkedAt: parked.parkedAt,
  };
}

function toRebuildView(rebuild: TrackedRebuild): RebuildStatusView {
  const { result, ...rest } = rebuild;
  const outcome = result && { position: result.position, events: result.events, seconds: result.seconds };
  return { ...rest, outcome: outcome && { ...outcome, builtAs: { ...result.builtAs } } };
}
