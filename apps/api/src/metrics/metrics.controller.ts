/**
 * GET /metrics: Prometheus' text format. Only the admin role reads it (a scrape config sends an admin
 * token: `authorization: { credentials_file: … }`): the figures tell an outsider the load, the command
 * mix and the error rate. The read side's gauges are read from the database at scrape time.
 */
import { Controller, Get, Header, Inject, Res, type OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ProjectionAdmin } from '@app/projector';
import { LedgerMetrics, PROJECTOR_SETTINGS, registerReadSideGauges, type ProjectorSettings } from '@app/runtime';
import { NotifierStatusReader } from '@app/notifier';
import { DataSource } from 'typeorm';
import { ApiRoute } from '../http/api-route';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController implements OnModuleInit {
  constructor(
    private readonly metrics: LedgerMetrics,
    private readonly projections: ProjectionAdmin,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: ProjectorSettings,
  ) {}

  onModuleInit(): void {
    const notifier = new NotifierStatusReader(this.dataSource, this.store, this.settings.options);
    registerReadSideGauges(this.metrics, {
      status: () => this.projections.status(),
      heldBack: async () => (await this.store.heldBack?.()) ?? null,
      notifier: () => notifier.status(),
    });
  }

  @Get()
  // A scrape every few seconds must not use up the operator's request budget.
  @SkipThrottle()
  @Header('Cache-Control', 'no-store')
  @ApiRoute({
    parties: ['admin'],
    ok: {
      description: 'the metrics in the Prometheus text exposition format (text/plain; version=0.0.4)',
      content: {
        'text/plain': {
          schema: {
            type: 'string',
            description: '# HELP ledger_events_appended_total Events appended to the log by this process',
          },
        },
      },
    },
    summary: 'Prometheus metrics (admin only)',
    description:
      'HTTP durations by route and status, commands by type and outcome, append latency, events appended, deadline watcher rounds, notifier rounds, reminder rounds and delivery tries by channel and outcome, the notifier’s position, lag and outbox, and per read model its checkpoint, lag and parked events, the held-back log and the process’s own figures, in the Prometheus text format.',
  })
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.text();
  }
}
