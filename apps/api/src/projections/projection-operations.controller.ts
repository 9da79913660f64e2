/**
 * Operating the read models over HTTP: checksums (live, or compared with a scratch rebuild), rebuild
 * into new tables and swap, and the parked (poison) events with their replay. Changing operations and
 * the parked list are for the admin (运维) role; GET /api/projections (the status) is beside it.
 */
import { Body, ConflictException, Controller, ForbiddenException, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { parsePosition, formatPosition } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionAdmin, RebuildInProgress, type ParkedEvent, type RebuildResult } from '@app/projector';
import type { Actor } from '@app/supervision';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { HeavyOperation } from '../http/heavy-operation';
import { PROJECTOR_SETTINGS, type ProjectorSettings } from '@app/runtime';
import { ChecksumComparisonView, ParkedEventView, RebuildView, ReplayOutcomeView, ReplayParkedDto } from './projection-operations.views';

/** A scratch rebuild replays the whole log: not something every reader may start. */
const MAY_COMPARE_WITH_FRESH_REBUILD = new Set(['admin', 'auditor']);

@ApiTags('projections')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'no read model of that name (UNKNOWN_PROJECTION; details.known lists the names)' })
@Controller('api/projections')
export class ProjectionOperationsController {
  constructor(
    private readonly admin: ProjectionAdmin,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: ProjectorSettings,
  ) {}

  @Get('parked')
  @Roles('admin')
  @ApiOperation({ summary: 'Parked (poison) events waiting for a replay, oldest first' })
  @ApiQuery({ name: 'projection', required: false, description: 'only this read model’s' })
  @ApiOkResponse({ type: [ParkedEventView] })
  async parked(@Query('projection') projection?: string): Promise<ParkedEventView[]> {
    if (projection !== undefined) this.known(projection);
    return (await this.admin.listParked(projection)).map(toParkedView);
  }

  @Get(':name/checksum')
  @HeavyOperation((request) => request.query.fresh === 'true')
  @ApiOperation({ summary: 'Checksum of a read model; with ?fresh=true (admin, auditor) also of a scratch rebuild up to the same position' })
  @ApiQuery({ name: 'fresh', required: false, type: Boolean })
  @ApiOkResponse({ type: ChecksumComparisonView })
  @ApiForbiddenResponse({ description: 'fresh=true asked by a role other than admin or auditor' })
  async checksum(@Param('name') name: string, @CurrentActor() actor: Actor, @Query('fresh') fresh?: string): Promise<ChecksumComparisonView> {
    this.known(name);
    const live = await this.admin.checksum(name);
    if (fresh !== 'true') return live;
    if (!MAY_COMPARE_WITH_FRESH_REBUILD.has(actor.role)) {
      throw new ForbiddenException({ code: 'ROLE_NOT_ALLOWED', message: `the ${actor.role} role may not start a scratch rebuild; allowed: admin, auditor` });
    }
    const rebuilt = await this.admin.checksumOfFreshRebuild(name, { until: parsePosition(live.position) });
    return { ...live, fresh: rebuilt, matches: rebuilt.checksum === live.checksum && rebuilt.rows === live.rows };
  }

  @Post(':name/rebuild')
  @HttpCode(200)
  @HeavyOperation()
  @Roles('admin')
  @ApiOperation({ summary: 'Rebuild a read model from the log into new tables while the live one keeps serving, then swap them in' })
  @ApiOkResponse({ type: RebuildView })
  @ApiConflictResponse({ description: 'a rebuild of this read model is already running, from here or the CLI (REBUILD_IN_PROGRESS); nothing was changed' })
  async rebuild(@Param('name') name: string): Promise<RebuildView> {
    this.known(name);
    const result = await this.rebuildAlone(name);
    return { ...result, builtAs: { ...result.builtAs }, checksum: await this.admin.checksum(name) };
  }

  @Post(':name/parked/replay')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Replay the parked events of a read model (after the fix), stream by stream, in stream order' })
  @ApiOkResponse({ type: [ReplayOutcomeView] })
  async replay(@Param('name') name: string, @Body() body: ReplayParkedDto): Promise<ReplayOutcomeView[]> {
    this.known(name);
    return [...(await this.admin.replayParked(name, body.streamId))];
  }

  private async rebuildAlone(name: string): Promise<RebuildResult> {
    try {
      return await this.admin.rebuild(name);
    } catch (error) {
      if (!(error instanceof RebuildInProgress)) throw error;
      throw new ConflictException({ code: error.code, message: error.message, details: { projection: name } });
    }
  }

  private known(name: string): void {
    const known = (this.settings.projections ?? ALL_PROJECTIONS).map((projection) => projection.name);
    if (!known.includes(name)) {
      throw new NotFoundException({ code: 'UNKNOWN_PROJECTION', message: `no read model is named ${name}; known: ${known.join(', ')}`, details: { known } });
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
