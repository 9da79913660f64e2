/** Collects the "denied …" lines the app writes through Nest's Logger (context AccessDenied, error level). */
import { Logger } from '@nestjs/common';

export interface DenialLog {
  readonly lines: string[];
  stop(): void;
}

export function captureDenials(): DenialLog {
  const lines: string[] = [];
  const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation(function (this: Logger, message: unknown) {
    if ((this as unknown as { context?: string }).context === 'AccessDenied') lines.push(String(message));
  });
  return { lines, stop: () => spy.mockRestore() };
}
