import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli/audit-cli-support';
import { formatDuration, formatProgress, progressReporter } from '../../src/cli/audit-progress';

describe('the audit tools’ progress line', () => {
  describe('with the total known up front', () => {
    it('shows the bar, the percent, the counts, the rate and the time left at that rate', () => {
      expect(formatProgress({ what: 'verified', unit: 'events', done: 1000, total: 4000, elapsedMs: 500 })).toBe(
        'verified [######..................] 25.0% 1,000/4,000 events, 2,000 events/s, ETA 0:02',
      );
    });

    it('stops at 100% with nothing left when the estimated total fell short', () => {
      expect(formatProgress({ what: 'verified', unit: 'events', done: 4100, total: 4000, elapsedMs: 2000 })).toBe(
        'verified [########################] 100.0% 4,100/4,000 events, 2,050 events/s, ETA 0:00',
      );
    });

    it('gives no rate and no time left before any time has passed', () => {
      expect(formatProgress({ what: 'exported', unit: 'events', done: 0, total: 10, elapsedMs: 0 })).toBe(
        'exported [........................] 0.0% 0/10 events, — events/s, ETA —',
      );
    });
  });

  it('is a counter with its rate when the total is not known (or the log is empty)', () => {
    expect(formatProgress({ what: 'verified', unit: 'events', done: 12345, elapsedMs: 2000 })).toBe(
      'verified: 12,345 events, 6,173 events/s',
    );
    expect(formatProgress({ what: 'verified', unit: 'events', done: 0, total: 0, elapsedMs: 10 })).toBe(
      'verified: 0 events, 0 events/s',
    );
  });

  it('writes durations as m:ss, and h:mm:ss from an hour, rounding up', () => {
    expect([formatDuration(0), formatDuration(59.2), formatDuration(61), formatDuration(3725)]).toEqual([
      '0:00',
      '1:00',
      '1:01',
      '1:02:05',
    ]);
  });

  describe('the reporter', () => {
    function givenStderr(isTTY: boolean) {
      const written: string[] = [];
      const stderr = { isTTY, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WritableStream;
      const io: CliIo = { stdout: new PassThrough(), stderr, env: {} };
      let clock = 0;
      return { io, written, advance: (ms: number) => (clock += ms), now: () => clock };
    }

    it('on a terminal redraws one line in place, at most every 250 ms', () => {
      const { io, written, advance, now } = givenStderr(true);
      const progress = progressReporter(io, 'verified', { total: 100, now });
      advance(100);
      progress.update(10);
      advance(200);
      progress.update(30);
      advance(300);
      progress.update(60);
      progress.done(100);
      expect(written).toEqual([
        '\rverified [#######.................] 30.0% 30/100 events, 100 events/s, ETA 0:01\x1b[K',
        '\rverified [##############..........] 60.0% 60/100 events, 100 events/s, ETA 0:01\x1b[K',
        '\rverified: 100 events, 167 events/s in 0.6 s\x1b[K\n',
      ]);
    });

    it('in a log writes a whole line every 5 seconds only', () => {
      const { io, written, advance, now } = givenStderr(false);
      const progress = progressReporter(io, 'verified', { total: 1000, now });
      for (let second = 1; second <= 12; second++) {
        advance(1000);
        progress.update(second * 50);
      }
      progress.done(1000);
      expect(written).toEqual([
        'verified [######..................] 25.0% 250/1,000 events, 50 events/s, ETA 0:15\n',
        'verified [############............] 50.0% 500/1,000 events, 50 events/s, ETA 0:10\n',
        'verified: 1,000 events, 83 events/s in 12.0 s\n',
      ]);
    });
  });
});
