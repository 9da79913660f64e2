/**
 * The periods 报表 offers, in Beijing time as the API counts them: the default is the last one over,
 * across a year's turn too, and no period after the running one can be picked (the API has no report of it).
 */
import dayjs from 'dayjs';
import {
  currentPeriodKey,
  isAfterCurrentPeriod,
  lastCompletePeriodKey,
  periodKeyOf,
  periodStart,
} from '../../src/period-reports';

const beijing = (time: string) => new Date(`${time}+08:00`);

describe('the last period that is over (the default)', () => {
  it('given mid-January, then it is last December, last year’s fourth quarter and last year', () => {
    const january = beijing('2026-01-15T09:00:00');
    expect(lastCompletePeriodKey('month', january)).toBe('2025-12');
    expect(lastCompletePeriodKey('quarter', january)).toBe('2025-Q4');
    expect(lastCompletePeriodKey('year', january)).toBe('2025');
  });

  it('given the first hour of July in Beijing (still 30 June in UTC), then June and the second quarter are over', () => {
    const july = beijing('2026-07-01T00:30:00');
    expect(lastCompletePeriodKey('month', july)).toBe('2026-06');
    expect(lastCompletePeriodKey('quarter', july)).toBe('2026-Q2');
    expect(currentPeriodKey('quarter', july)).toBe('2026-Q3');
  });

  it('given the last day of a quarter, then the quarter before is the last one over', () => {
    expect(lastCompletePeriodKey('quarter', beijing('2026-09-30T23:00:00'))).toBe('2026-Q2');
  });
});

describe('the picker’s dates and the keys', () => {
  it('names the period a picked date falls in, and shows a key from its first day', () => {
    expect(periodKeyOf('quarter', dayjs(new Date(2026, 7, 20)))).toBe('2026-Q3');
    expect(periodKeyOf('month', dayjs(new Date(2026, 7, 20)))).toBe('2026-08');
    expect(periodKeyOf('year', dayjs(new Date(2026, 7, 20)))).toBe('2026');
    expect(periodStart('2026-Q3').format('YYYY-MM-DD')).toBe('2026-07-01');
    expect(periodStart('2026-08').format('YYYY-MM-DD')).toBe('2026-08-01');
    expect(periodStart('2026').format('YYYY-MM-DD')).toBe('2026-01-01');
  });

  it('offers the running period but none after it', () => {
    const now = beijing('2026-05-10T09:00:00');
    expect(isAfterCurrentPeriod('quarter', dayjs(new Date(2026, 4, 1)), now)).toBe(false);
    expect(isAfterCurrentPeriod('quarter', dayjs(new Date(2026, 6, 1)), now)).toBe(true);
    expect(isAfterCurrentPeriod('month', dayjs(new Date(2026, 5, 1)), now)).toBe(true);
    expect(isAfterCurrentPeriod('year', dayjs(new Date(2025, 0, 1)), now)).toBe(false);
  });
});
