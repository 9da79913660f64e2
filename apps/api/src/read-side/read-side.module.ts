/** The read side over HTTP: the board, details, timelines, dashboards, the directory's reads, and the projections' status and operations. */
import { Module } from '@nestjs/common';
import { ProjectionOperationsController } from '../projections/projection-operations.controller';
import { QUERY_CONTROLLERS, QUERY_PROVIDERS } from './index';

@Module({
  controllers: [...QUERY_CONTROLLERS, ProjectionOperationsController],
  providers: QUERY_PROVIDERS,
})
export class ReadSideModule {}
