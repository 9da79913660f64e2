/** A programme's dashboard: its tasks by status and light, overdue, stale and the on-time completion rate; 404 when unknown. */
import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { emptyCounts, findProgramme, queryDashboard } from '@app/read-models';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import type { ProgrammeDashboardView } from './dashboard-views';

export class GetProgrammeDashboardQuery extends Query<ProgrammeDashboardView> {
  constructor(readonly programmeId: string) {
    super();
  }
}

@QueryHandler(GetProgrammeDashboardQuery)
export class GetProgrammeDashboardHandler implements IQueryHandler<GetProgrammeDashboardQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ programmeId }: GetProgrammeDashboardQuery): Promise<ProgrammeDashboardView> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const [programme, groups] = await Promise.all([
      findProgramme(manager, programmeId),
      queryDashboard(manager, 'programme', { programmeId }, now),
    ]);
    if (!programme && groups.length === 0)
      throw new NotFoundException({
        code: 'PROGRAMME_NOT_FOUND',
        message: `no programme ${programmeId} in the read models`,
      });
    return {
      asOf: now.toISOString(),
      programme: {
        id: programmeId,
        name: programme?.title ?? null,
        year: programme?.year ?? null,
        plannedTaskCount: programme?.plannedTaskCount ?? null,
        status: programme?.status ?? null,
      },
      counts: groups[0]?.counts ?? emptyCounts(),
    };
  }
}
