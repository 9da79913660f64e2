/** One official as the organisation read model knows them; 404 when unknown (where a registered official's Location points). */
import { NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { findOfficial } from '@app/read-models';
import { officialView } from './directory-view-mapper';
import type { OfficialView } from './directory-views';

export class GetOfficialQuery extends Query<OfficialView> {
  constructor(readonly officialId: string) {
    super();
  }
}

@QueryHandler(GetOfficialQuery)
export class GetOfficialHandler implements IQueryHandler<GetOfficialQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ officialId }: GetOfficialQuery): Promise<OfficialView> {
    const official = await findOfficial(this.dataSource.manager, officialId);
    if (!official)
      throw new NotFoundException({
        code: 'OFFICIAL_NOT_FOUND',
        message: `no official ${officialId} in the read models`,
      });
    return officialView(official);
  }
}
