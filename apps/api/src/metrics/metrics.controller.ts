/**
 * GET /metrics: Prometheus' text format. Only the admin role reads it (a scrape config sends an admin
 * token: `authorization: { credentials_file: … }`): the figures tell an outsider the load, the command
 * mix and the error rate. The read side's gauges are read from the database at scrape time.
 */
import { Controller, Get, Header, Inject, Res, type OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ProjectionAdmin } from '@app/read-models';
import { LedgerMetrics, registerReadSideGauges } from '@app/runtime';
import { Roles } from '../auth/roles.decorator';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController implements OnModuleInit {
  constructor(
    private readonly metrics: LedgerMetrics,
    private readonly projections: ProjectionAdmin,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    registerReadSideGauges(this.metrics, { status: () => this.projections.status(), heldBack: async () => (await this.store.heldBack?.()) ?? null });
  }

  @Get()
  @Roles('admin')
  // A scrape every few seconds must not use up the operator's request budget.
  @SkipThrottle()
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/plain')
  @ApiOperation({
    summary: 'Prometheus metrics (admin only)',
    description:
      'HTTP durations by route and status, commands by type and outcome, append latency, events appended, deadline watcher rounds, and per read model its checkpoint, lag and parked events, the held-back log and the process’s own figures, in the Prometheus text format.',
  })
  @ApiOkResponse({ description: 'the metrics in the Prometheus text exposition format (text/plain; version=0.0.4)', schema: { type: 'string', example: '# HELP ledger_events_appended_total Events appended to the log by this process\n# TYPE ledger_events_appended_total counter\nledger_events_appended_total 42\n' } })
  @ApiUnauthorizedResponse({ description: 'no or bad token' })
  @ApiForbiddenResponse({ description: 'not the admin role' })
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.text();
  }
}
