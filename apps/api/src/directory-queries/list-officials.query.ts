/** The officials by id, each with their unit: what a task's lead leader names. */
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { queryOfficials, type DirectoryPageRequest, type OfficialFilter } from '@app/read-models';
import { officialView, pageView } from './directory-view-mapper';
import type { OfficialPageView } from './directory-views';

export class ListOfficialsQuery extends Query<OfficialPageView> {
  constructor(
    readonly filter: OfficialFilter,
    readonly page: DirectoryPageRequest,
  ) {
    super();
  }
}

@QueryHandler(ListOfficialsQuery)
export class ListOfficialsHandler implements IQueryHandler<ListOfficialsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter, page }: ListOfficialsQuery): Promise<OfficialPageView> {
    return pageView(await queryOfficials(this.dataSource.manager, filter, page), page, officialView);
  }
}
