/** The programmes (督办批次), newest year first. */
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { queryProgrammes, type DirectoryPageRequest, type ProgrammeFilter } from '@app/read-models';
import { pageView, programmeView } from './directory-view-mapper';
import type { ProgrammePageView } from './directory-views';

export class ListProgrammesQuery extends Query<ProgrammePageView> {
  constructor(
    readonly filter: ProgrammeFilter,
    readonly page: DirectoryPageRequest,
  ) {
    super();
  }
}

@QueryHandler(ListProgrammesQuery)
export class ListProgrammesHandler implements IQueryHandler<ListProgrammesQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter, page }: ListProgrammesQuery): Promise<ProgrammePageView> {
    return pageView(await queryProgrammes(this.dataSource.manager, filter, page), page, programmeView);
  }
}
