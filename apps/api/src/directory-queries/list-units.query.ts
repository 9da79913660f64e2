/** The units (内设机构, procuratorates, institutions) by id: what a task's lead unit and co-units name. */
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { queryUnits, type DirectoryPageRequest, type UnitFilter } from '@app/read-models';
import { pageView, unitView } from './directory-view-mapper';
import type { UnitPageView } from './directory-views';

export class ListUnitsQuery extends Query<UnitPageView> {
  constructor(
    readonly filter: UnitFilter,
    readonly page: DirectoryPageRequest,
  ) {
    super();
  }
}

@QueryHandler(ListUnitsQuery)
export class ListUnitsHandler implements IQueryHandler<ListUnitsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter, page }: ListUnitsQuery): Promise<UnitPageView> {
    return pageView(await queryUnits(this.dataSource.manager, filter, page), page, unitView);
  }
}
