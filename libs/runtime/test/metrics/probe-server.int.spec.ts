import { LedgerMetrics } from '../../src/metrics/ledger-metrics';
import { metricsPortFrom, startProbeServer } from '../../src/metrics/probe-server';

describe('the projector process’s probe server', () => {
  it('serves the metrics and liveness on loopback, and nothing else', async () => {
    const metrics = new LedgerMetrics();
    metrics.watcherRound({ recorded: 1, urged: 0, failed: 0 });
    const probes = await startProbeServer(metrics, 0);
    try {
      const base = `http://127.0.0.1:${probes.port}`;
      const scraped = await fetch(`${base}/metrics`);
      expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await scraped.text()).toMatch(/^ledger_deadline_watcher_rounds_total\{result="ok"\} 1$/m);
      expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'ok' });
      expect((await fetch(`${base}/api/tasks`)).status).toBe(404);
    } finally {
      await probes.close();
    }
  });

  it('reads METRICS_PORT: unset means no server, a bad one stops the start', () => {
    expect(metricsPortFrom({})).toBeUndefined();
    expect(metricsPortFrom({ METRICS_PORT: '9464' })).toBe(9464);
    expect(() => metricsPortFrom({ METRICS_PORT: 'ninety' })).toThrow('METRICS_PORT must be a port number, not ninety');
  });
});
