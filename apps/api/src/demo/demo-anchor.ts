/**
 * The day the live programme is anchored to, kept in the log itself: the first seeding launches the
 * programme ISSUED_DAYS_BEFORE_ANCHOR days before that day, and every later start reads the day back
 * from that event, so a restart (tomorrow or next year) sends exactly the same commands again.
 */
import type { EventStore } from '@app/event-store';
import { calendarDateOf, programmeStreamId } from '@app/supervision';
import { CURRENT_PROGRAMME_ID, anchorDayOf } from './demo-current-programme';

export async function findAnchorDay(store: EventStore, now: Date): Promise<string> {
  for await (const event of store.readStream(programmeStreamId(CURRENT_PROGRAMME_ID))) {
    if (event.type === 'ProgrammeLaunched' && typeof event.data.issuedOn === 'string')
      return anchorDayOf({ issuedOn: event.data.issuedOn });
    break; // a programme stream starts with its launch
  }
  return calendarDateOf(now);
}
