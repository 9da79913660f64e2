/**
 * The projector process has no API: with METRICS_PORT set it serves `/metrics` (its own counters: the
 * watcher's rounds and commands, appends, the process's figures) and `/health/live` on a port of its
 * own, for Prometheus and the container healthcheck. Bind it to a private network only (METRICS_HOST,
 * default 127.0.0.1): it has no authentication, unlike the API's /metrics.
 */
import { createServer, type Server } from 'node:http';
import type { LedgerMetrics } from './ledger-metrics';

export interface ProbeServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startProbeServer(metrics: LedgerMetrics, port: number, host = '127.0.0.1'): Promise<ProbeServer> {
  const server: Server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/health/live') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (request.method === 'GET' && request.url === '/metrics') {
      metrics.text().then(
        (text) => response.writeHead(200, { 'content-type': metrics.contentType }).end(text),
        () => response.writeHead(500).end(),
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"NOT_FOUND"}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** METRICS_PORT: unset or empty, no probe server. */
export function metricsPortFrom(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.METRICS_PORT) return undefined;
  const port = Number(env.METRICS_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`METRICS_PORT must be a port number, not ${env.METRICS_PORT}`);
  return port;
}
