/** One unit as the organisation read model knows it; 404 when unknown (where a registered unit's Location points). */
import { NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { findUnit } from '@app/read-models';
import { unitView } from './directory-view-mapper';
import type { UnitView } from './directory-views';

export class GetUnitQuery extends Query<UnitView> {
  constructor(readonly unitId: string) {
    super();
  }
}

@QueryHandler(GetUnitQuery)
export class GetUnitHandler implements IQueryHandler<GetUnitQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ unitId }: GetUnitQuery): Promise<UnitView> {
    const unit = await findUnit(this.dataSource.manager, unitId);
    if (!unit) throw new NotFoundException({ code: 'UNIT_NOT_FOUND', message: `no unit ${unitId} in the read models` });
    return unitView(unit);
  }
}
