/** One programme as the organisation read model knows it; 404 when unknown. */
import { NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { findProgramme } from '@app/read-models';
import { programmeView } from './directory-view-mapper';
import type { ProgrammeView } from './directory-views';

export class GetProgrammeQuery extends Query<ProgrammeView> {
  constructor(readonly programmeId: string) {
    super();
  }
}

@QueryHandler(GetProgrammeQuery)
export class GetProgrammeHandler implements IQueryHandler<GetProgrammeQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ programmeId }: GetProgrammeQuery): Promise<ProgrammeView> {
    const programme = await findProgramme(this.dataSource.manager, programmeId);
    if (!programme)
      throw new NotFoundException({
        code: 'PROGRAMME_NOT_FOUND',
        message: `no programme ${programmeId} in the read models`,
      });
    return programmeView(programme);
  }
}
