/**
 * Computes a programme's periodic report by replaying the task streams of the log (PeriodReplay in
 * libs/office), with names from the directory and the programme's title as they stood at the
 * period's end. Reads the whole log: a heavy operation.
 */
import {
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
  BadRequestException,
} from '@nestjs/common';
import { isWithin } from '@app/audit';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { PeriodReplay, parsePeriod, periodReport, type PeriodReport } from '@app/office';
import { CLOCK } from '@app/commands';
import {
  type Clock,
  DIRECTORY_STREAM_ID,
  TASK_STREAM_PREFIX,
  evolveDirectory,
  initialDirectoryState,
  programmeDecider,
  programmeStreamId,
  decodeDirectoryEvent,
} from '@app/supervision';
import { foldStream } from '@app/event-store';

const REPLAY_BATCH = 2000;

@Injectable()
export class PeriodReporter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(programmeId: string, periodKey: string): Promise<PeriodReport> {
    const period = parsePeriod(periodKey);
    if (!period)
      throw new BadRequestException({
        code: 'BAD_PERIOD',
        message: `period must be a month (2026-03), a quarter (2026-Q1) or a year (2026); got "${periodKey.slice(0, 40)}"`,
        details: { fields: [{ field: 'period', problems: ['2026-03, 2026-Q1 or 2026'] }] },
      });
    const now = this.clock.now();
    if (period.from > now)
      throw new UnprocessableEntityException({
        code: 'PERIOD_NOT_STARTED',
        message: `${period.label}尚未开始，没有可统计的数据`,
        details: { period: period.key },
      });
    const programme = await foldStream(this.store, programmeStreamId(programmeId), programmeDecider);
    if (programme.state.status === 'not_launched')
      throw new NotFoundException({ code: 'PROGRAMME_NOT_FOUND', message: `没有编号为${programmeId}的督办批次` });
    const replay = new PeriodReplay(programmeId, period, now);
    for await (const batch of this.store.readAll({ streamPrefixes: [TASK_STREAM_PREFIX], batchSize: REPLAY_BATCH }))
      for (const event of batch) replay.add(event);
    const tally = replay.tally();
    const directory = await this.directoryBefore(tally.asOf);
    return periodReport(programmeId, tally, {
      programmeTitle: programme.state.title,
      unit: (id) => (Object.hasOwn(directory.units, id) ? directory.units[id].name : id),
      leader: (id) => (Object.hasOwn(directory.officials, id) ? directory.officials[id].title : id),
    });
  }

  private async directoryBefore(end: Date) {
    let directory = initialDirectoryState();
    const point = { kind: 'at' as const, at: new Date(end.getTime() - 1) };
    for await (const event of this.store.readStream(DIRECTORY_STREAM_ID)) {
      if (!isWithin(event, point)) break;
      directory = evolveDirectory(directory, decodeDirectoryEvent(event));
    }
    return directory;
  }
}
