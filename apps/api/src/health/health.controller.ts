/**
 * Health for probes. `/health/live`: the process serves HTTP (a restart is the cure when it does not).
 * `/health/ready`: the event store and the read-model database answer and every read model is within
 * READY_MAX_LAG_EVENTS of the log (a load balancer sends traffic elsewhere meanwhile). `/health` is the
 * dependency check alone, as before. Each answers 503 naming what is down, without a driver's words
 * (those go to the log). Outside the request budget: a flood of bad tokens from the prober's address
 * must not make a healthy instance look down.
 */
import { Controller, Get, Inject, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../http/api-route';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ProjectionAdmin } from '@app/projector';
import { DEFAULT_READY_MAX_LAG_EVENTS } from '@app/runtime';
import { Public } from '../auth/public.decorator';
import { failureSummary, publicHealthReport } from './health-report';

const TIMEOUT_MS = 3000;
const logger = new Logger('Health');
export const READINESS = Symbol('READINESS');

export interface Readiness {
  readonly maxLagEvents?: number;
}

class DependencyStatusView {
  @ApiProperty({ enum: ['up', 'down'], example: 'up' }) status: 'up' | 'down';
}

class HealthReportView {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' }) status: 'ok' | 'error';
  @ApiPropertyOptional({
    description: 'the dependencies that are up',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/DependencyStatusView' },
    example: { eventStore: { status: 'up' }, database: { status: 'up' } },
  })
  info?: Record<string, DependencyStatusView>;
  @ApiPropertyOptional({
    description: 'the dependencies that are down',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/DependencyStatusView' },
    example: {},
  })
  error?: Record<string, DependencyStatusView>;
  @ApiProperty({
    description: 'every dependency checked',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/DependencyStatusView' },
    example: { eventStore: { status: 'up' }, database: { status: 'up' } },
  })
  details: Record<string, DependencyStatusView>;
}

class LivenessView {
  @ApiProperty({ enum: ['ok'], example: 'ok' }) status: 'ok';
}

@ApiTags('operations')
@ApiExtraModels(DependencyStatusView)
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionAdmin,
    @Inject(READINESS) private readonly readiness: Readiness,
  ) {}

  @Get()
  @Public()
  @SkipThrottle()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiRoute({
    summary: 'The event store and the database are reachable',
    description:
      'Public and outside the request budget. 200 when both answer within 3 s; 503 naming the one that does not (the driver’s message goes to the log only).',
    parties: 'public',
    ok: { type: HealthReportView, description: 'both dependencies up' },
    answers: { 503: 'a dependency is down (named under error)' },
    answerTypes: { 503: HealthReportView },
  })
  check(@Res({ passthrough: true }) response: Response) {
    return this.report(response, [this.eventStoreCheck, this.databaseCheck]);
  }

  @Get('live')
  @Public()
  @SkipThrottle()
  @ApiRoute({
    summary: 'Liveness: the process serves HTTP',
    description:
      'Public and outside the request budget; touches no dependency, so a database outage does not get the process restarted (readiness takes it out of rotation instead).',
    parties: 'public',
    ok: { type: LivenessView, description: 'the process is serving' },
  })
  live(): LivenessView {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @SkipThrottle()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiRoute({
    summary: 'Readiness: dependencies up and the read models caught up',
    description: `Public and outside the request budget. 200 when the event store and the database answer and every read model is at most READY_MAX_LAG_EVENTS (default ${DEFAULT_READY_MAX_LAG_EVENTS}) events behind the log; 503 naming what is not (\`projections\` when a read model is behind; how far goes to the log).`,
    parties: 'public',
    ok: { type: HealthReportView, description: 'ready to serve' },
    answers: { 503: 'a dependency is down or a read model is too far behind (named under error)' },
    answerTypes: { 503: HealthReportView },
  })
  ready(@Res({ passthrough: true }) response: Response) {
    return this.report(response, [this.eventStoreCheck, this.databaseCheck, this.projectionsCheck]);
  }

  private readonly eventStoreCheck: HealthIndicatorFunction = () =>
    this.indicators
      .check('eventStore')
      .attempt(() => this.store.ping())
      .withTimeout(TIMEOUT_MS);
  private readonly databaseCheck: HealthIndicatorFunction = () =>
    this.database.pingCheck('database', { timeout: TIMEOUT_MS });
  private readonly projectionsCheck: HealthIndicatorFunction = async () => {
    const indicator = this.indicators.check('projections');
    const bound = this.readiness.maxLagEvents ?? DEFAULT_READY_MAX_LAG_EVENTS;
    try {
      const behind = (await this.projections.status()).filter((status) => status.lag > bound);
      if (behind.length === 0) return indicator.up();
      return indicator.down({
        message: `${behind.map((status) => `${status.name} ${status.lag}${status.lagCapped ? '+' : ''} events behind`).join(', ')} (bound ${bound})`,
      });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  };

  private async report(response: Response, checks: HealthIndicatorFunction[]) {
    try {
      return publicHealthReport(await this.health.check(checks));
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
