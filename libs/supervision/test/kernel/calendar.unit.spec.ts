import {
  calendarDateOf,
  daysBetween,
  daysUntil,
  endOfDay,
  hasDeadlinePassed,
  isCalendarDate,
} from '../../src/kernel/calendar';

describe('calendar dates in Beijing time', () => {
  it('recognises real dates written YYYY-MM-DD only', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
    expect(isCalendarDate(20260201)).toBe(false);
  });

  it('reads today in Beijing, eight hours ahead of UTC', () => {
    expect(calendarDateOf(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(calendarDateOf(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(calendarDateOf('2026-03-01T16:00:00.000Z')).toBe('2026-03-02');
  });

  it('ends a day at midnight Beijing time', () => {
    expect(endOfDay('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(hasDeadlinePassed('2026-12-31', new Date('2026-12-31T15:59:59.999Z'))).toBe(false);
    expect(hasDeadlinePassed('2026-12-31', new Date('2026-12-31T16:00:00.000Z'))).toBe(true);
  });

  it('counts calendar days to a date and whole days between instants', () => {
    expect(daysUntil('2026-03-09', new Date('2026-03-01T16:30:00Z'))).toBe(7);
    expect(daysUntil('2026-03-02', new Date('2026-03-01T16:30:00Z'))).toBe(0);
    expect(daysUntil('2026-03-01', new Date('2026-03-01T16:30:00Z'))).toBe(-1);
    expect(daysBetween('2026-03-01T00:00:00Z', new Date('2026-03-31T00:00:00Z'))).toBe(30);
    expect(daysBetween(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-30T23:59:00Z'))).toBe(29);
  });
});
