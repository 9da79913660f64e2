/**
 * The process's one pino logger: JSON lines on stdout, or pretty coloured lines when stdout is a
 * terminal (a person reading), never colour codes into a file or a collector. Every Nest logger of the
 * process writes through it (see nest-logger.ts), and so does the HTTP request log.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger as Pino } from 'pino';
import pinoPretty from 'pino-pretty';

/** LOG_LEVEL's names (Nest's) → pino's. */
const PINO_LEVELS = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' } as const;
export type LogLevelName = keyof typeof PINO_LEVELS;

/** Where lines go; a test points it elsewhere (captureLogs) without rebuilding the logger. */
class SwitchableDestination implements DestinationStream {
  target: DestinationStream = defaultDestination();
  write(line: string): void {
    this.target.write(line);
  }
}

function defaultDestination(): DestinationStream {
  if (process.stdout.isTTY)
    return pinoPretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'hostname' });
  // Synchronous, so that the line a fatal exit writes is not lost with the process.
  return pino.destination({ dest: 1, sync: true });
}

const destination = new SwitchableDestination();

/** What every line logged while a request is served carries (its request id and correlation id). */
export type RequestLogIds = Readonly<Record<string, string>>;

/**
 * The ids of the request being served, for every line logged meanwhile (the process logger's mixin
 * reads them): one context per request instead of a child logger per request, made whether or not
 * anything is logged.
 */
export const requestLogContext = new AsyncLocalStorage<RequestLogIds>();
let root: Pino | undefined;

export function processLogger(): Pino {
  root ??= pino(
    {
      level: 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // A copy: pino merges the line's own fields into what the mixin returns.
      mixin: () => ({ ...requestLogContext.getStore() }),
      // A bearer token or a cookie in a request's headers never reaches the log.
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
        censor: '[redacted]',
      },
    },
    destination,
  );
  return root;
}

export function setLogLevel(level: LogLevelName | 'silent'): void {
  processLogger().level = level === 'silent' ? 'silent' : PINO_LEVELS[level];
}

/** Sends the process's log lines to `target` until the returned function is called (tests). */
export function captureLogs(target: DestinationStream): () => void {
  const previous = destination.target;
  destination.target = target;
  return () => {
    destination.target = previous;
  };
}
