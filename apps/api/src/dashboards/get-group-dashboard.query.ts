/**
 * The per-unit and per-leader dashboards: one entry per unit (counting every task it leads or
 * co-operates on, as the board's `unit` filter does) or per lead leader, optionally within a programme.
 */
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { findNames, queryDashboard } from '@app/read-models';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import type { GroupDashboardView } from './dashboard-views';

export class GetGroupDashboardQuery extends Query<GroupDashboardView> {
  constructor(
    readonly grouping: 'unit' | 'leader',
    readonly programmeId: string | undefined,
  ) {
    super();
  }
}

@QueryHandler(GetGroupDashboardQuery)
export class GetGroupDashboardHandler implements IQueryHandler<GetGroupDashboardQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ grouping, programmeId }: GetGroupDashboardQuery): Promise<GroupDashboardView> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const groups = await queryDashboard(manager, grouping, { programmeId }, now);
    const keys = groups.map((group) => group.key);
    const names = await findNames(manager, grouping === 'unit' ? { units: keys } : { officials: keys });
    const named = grouping === 'unit' ? names.units : names.officials;
    return {
      asOf: now.toISOString(),
      programmeId: programmeId ?? null,
      items: groups.map((group) => ({
        subject: { id: group.key, name: named.get(group.key) ?? null },
        counts: group.counts,
      })),
    };
  }
}
