/** What operators and their tools read: the health probes and the metrics. */
import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MetricsController } from '../metrics/metrics.controller';
import { HealthController, READINESS } from './health.controller';

@Module({})
export class OperationsModule {
  /** `readyMaxLagEvents`: how far behind the log a read model may be while /health/ready answers 200. */
  static register(readyMaxLagEvents: number | undefined): DynamicModule {
    return {
      module: OperationsModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
      providers: [{ provide: READINESS, useValue: { maxLagEvents: readyMaxLagEvents } }],
    };
  }
}
