import { START } from '@app/event-store';
import { DEFAULT_NOTIFIER_SETTINGS, isToldAfterOrigin, loadNotifierSettings, type NotifierOrigin } from '../src';

const ORIGIN: NotifierOrigin = { position: { commit: 100n, prepare: 7n }, at: new Date('2026-03-03T01:00:00Z') };

describe('which causes the notifier tells, given where it began', () => {
  it('tells every cause after the origin, whatever its time', () => {
    expect(isToldAfterOrigin(ORIGIN, 0, { commit: 100n, prepare: 8n }, '2025-01-01T00:00:00Z')).toBe(true);
    expect(isToldAfterOrigin(ORIGIN, 0, { commit: 101n, prepare: 0n }, '2025-01-01T00:00:00Z')).toBe(true);
  });

  it('passes over a cause at or before the origin when no look-back is set', () => {
    expect(isToldAfterOrigin(ORIGIN, 0, ORIGIN.position, '2026-03-03T00:59:00Z')).toBe(false);
    expect(isToldAfterOrigin(ORIGIN, 0, { commit: 99n, prepare: 9n }, '2026-03-03T00:59:00Z')).toBe(false);
  });

  it('tells a cause before the origin that is younger than the look-back, and passes over an older one', () => {
    expect(isToldAfterOrigin(ORIGIN, 2, { commit: 50n, prepare: 0n }, '2026-03-01T01:00:01Z')).toBe(true);
    expect(isToldAfterOrigin(ORIGIN, 2, { commit: 50n, prepare: 0n }, '2026-03-01T01:00:00Z')).toBe(false);
  });

  it('tells everything on a ledger whose origin is the start (its log was empty at the first start)', () => {
    const fresh: NotifierOrigin = { position: START, at: ORIGIN.at };
    expect(isToldAfterOrigin(fresh, 0, { commit: 1n, prepare: 0n }, '2020-01-01T00:00:00Z')).toBe(true);
  });
});

describe('NOTIFIER_LOOKBACK_DAYS', () => {
  it('defaults to no look-back, takes a number of days, and refuses what is not one', () => {
    expect(DEFAULT_NOTIFIER_SETTINGS.lookbackDays).toBe(0);
    expect(loadNotifierSettings({}).lookbackDays).toBe(0);
    expect(loadNotifierSettings({ NOTIFIER_LOOKBACK_DAYS: '3' }).lookbackDays).toBe(3);
    expect(loadNotifierSettings({ NOTIFIER_LOOKBACK_DAYS: '0' }).lookbackDays).toBe(0);
    expect(() => loadNotifierSettings({ NOTIFIER_LOOKBACK_DAYS: 'a week' })).toThrow(/NOTIFIER_LOOKBACK_DAYS/);
  });
});
