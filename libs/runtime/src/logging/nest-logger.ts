/**
 * Nest's logger over the process's pino logger (nestjs-pino): inside a request every line carries the
 * request's bindings (request id, correlation id), outside one the process's. Nest's start-up chatter
 * (every route mapped, every module initialised) is debug: one line per route at info buried the lines
 * that matter.
 */
import { Logger as NestLogger, type LoggerService } from '@nestjs/common';
import { Logger as PinoNestLogger, PinoLogger, type Params } from 'nestjs-pino';
import { processLogger, setLogLevel, type LogLevelName } from './process-logger';

const START_UP_CONTEXTS = new Set(['RouterExplorer', 'RoutesResolver', 'InstanceLoader']);

export class LedgerLogger extends PinoNestLogger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) return this.debug(message, ...optionalParams);
    super.log(message, ...optionalParams);
  }
}

/** Params for nestjs-pino without the HTTP side (the projector process, CLIs). */
export function plainLoggingParams(): Params {
  return { pinoHttp: { logger: processLogger(), autoLogging: false } };
}

export function createNestLogger(params: Params): LedgerLogger {
  return new LedgerLogger(new PinoLogger(params), params);
}

/**
 * Makes every `new Logger(context)` of the process write JSON through pino at `level`, from the first
 * line on (before Nest's application exists). Returns the logger to hand to Nest.
 */
export function useProcessLogger(level: LogLevelName | 'silent', params: Params = plainLoggingParams()): LoggerService {
  setLogLevel(level);
  const logger = createNestLogger(params);
  NestLogger.overrideLogger(logger);
  return logger;
}
