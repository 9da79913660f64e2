/**
 * Fails at once, before a database is started and demo data written, when the HTTP port is taken:
 * the listen at the end would fail the same way, only later. (The port can still be taken in
 * between; then that listen's error is said the same way, see startup-failure.ts.)
 */
import { createServer } from 'node:net';

export function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
