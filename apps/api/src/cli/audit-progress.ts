/**
 * The progress bar of the audit tools on stderr: percent, rate and time left when the total is known
 * up front, a counter with its rate otherwise. Redrawn in place on a terminal; in a CI log, where
 * every write is a line, one line every few seconds.
 */
import type { CliIo } from './audit-cli-support';

export interface ProgressFigures {
  readonly what: string;
  readonly unit: string;
  readonly done: number;
  /** Known up front, or undefined; an estimate may fall short, so done may pass it. */
  readonly total?: number;
  readonly elapsedMs: number;
}

const BAR_WIDTH = 24;

/** One line, e.g. `verified [######..........] 25.0% 1,000/4,000 events, 2,000 events/s, ETA 0:02`. */
export function formatProgress({ what, unit, done, total, elapsedMs }: ProgressFigures): string {
  const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : undefined;
  const speed = `${perSecond === undefined ? '—' : Math.round(perSecond).toLocaleString('en')} ${unit}/s`;
  if (total === undefined || total <= 0) return `${what}: ${done.toLocaleString('en')} ${unit}, ${speed}`;
  const fraction = Math.min(1, done / total);
  const filled = Math.floor(fraction * BAR_WIDTH);
  const left = Math.max(0, total - done);
  const eta = left === 0 ? 0 : perSecond ? left / perSecond : undefined;
  return `${what} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(1)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${unit}, ${speed}, ETA ${eta === undefined ? '—' : formatDuration(eta)}`;
}

/** m:ss, or h:mm:ss from an hour. */
export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface ProgressOptions {
  readonly unit?: string;
  readonly total?: number;
  readonly now?: () => number;
}

export interface ProgressReporter {
  update(done: number): void;
  done(done: number): void;
}

// A terminal redraws cheaply; a log keeps every line, so it gets few.
const TTY_EVERY_MS = 250;
const LOG_EVERY_MS = 5000;

export function progressReporter(io: CliIo, what: string, options: ProgressOptions = {}): ProgressReporter {
  const now = options.now ?? Date.now;
  const started = now();
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
  const every = tty ? TTY_EVERY_MS : LOG_EVERY_MS;
  let last = started;
  const line = (done: number) =>
    formatProgress({ what, unit: options.unit ?? 'events', done, total: options.total, elapsedMs: now() - started });
  return {
    update(done) {
      if (now() - last < every) return;
      last = now();
      // \x1b[K clears what a longer earlier line left at the end.
      io.stderr.write(tty ? `\r${line(done)}\x1b[K` : `${line(done)}\n`);
    },
    // The total may have been an estimate: the last line gives the count as it came out.
    done(done) {
      const figures = formatProgress({ what, unit: options.unit ?? 'events', done, elapsedMs: now() - started });
      io.stderr.write(
        `${tty ? '\r' : ''}${figures} in ${((now() - started) / 1000).toFixed(1)} s${tty ? '\x1b[K' : ''}\n`,
      );
    },
  };
}
