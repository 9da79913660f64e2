/**
 * GET /health: 200 only when both the event store and the read-model database answer; 503 naming
 * the one that does not otherwise. Outside the request budget: a flood of bad tokens from the
 * prober's address must not make a healthy instance look down.
 */
import { Controller, Get, Inject, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { Public } from '../auth/public.decorator';
import { ApiRoute } from '../http/api-route';
import { HealthReportView } from './health-report.view';
import { failureSummary, publicHealthReport } from './health-report';

const TIMEOUT_MS = 3000;
const logger = new Logger('Health');

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Public()
  @SkipThrottle()
  @HealthCheck()
  @ApiRoute({
    summary: 'Liveness and readiness: the event store and the database are reachable',
    description: 'No token needed and outside the request budget, for probes. 200 only when the event store and the read-model database both answer within 3 s; 503 names the one that does not (the driver’s message goes to the log only).',
    parties: 'public',
    ok: { type: HealthReportView, description: 'every dependency is up' },
    answers: { 503: 'a dependency is down: the report names it' },
    answerTypes: { 503: HealthReportView },
  })
  async check(@Res({ passthrough: true }) response: Response) {
    try {
      return publicHealthReport(await this.health.check([
        () => this.indicators.check('eventStore').attempt(() => this.store.ping()).withTimeout(TIMEOUT_MS),
        () => this.database.pingCheck('database', { timeout: TIMEOUT_MS }),
      ]));
    } catch (error) {
      // Keep Terminus' report (which dependency is down) rather than the generic error body.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const report = error.getResponse() as HealthCheckResult;
      logger.error(failureSummary(report));
      response.status(503);
      return publicHealthReport(report);
    }
  }
}
