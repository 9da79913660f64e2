/** LOG_LEVEL → Nest's log levels, the same for the API and the projector. */
import type { LogLevel } from '@nestjs/common';

const LOG_LEVELS: Record<'error' | 'warn' | 'log' | 'debug', LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

export function logLevelsFor(level: keyof typeof LOG_LEVELS): LogLevel[] {
  return LOG_LEVELS[level];
}
