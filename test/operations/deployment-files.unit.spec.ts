/**
 * The compose file, the Prometheus configuration and the Grafana dashboard, checked without a Docker
 * engine: they parse, the services are wired as the README says, and every metric the dashboard
 * plots is one the app exports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LedgerMetrics, registerReadSideGauges } from '@app/runtime';

const ROOT = join(__dirname, '..', '..');
const readYaml = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'), { merge: true });

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  restart?: string;
  profiles?: string[];
  environment?: Record<string, string | number>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}

describe('the deployment files', () => {
  const compose = readYaml('docker-compose.yml') as { services: Record<string, Service> };
  const { api, projector, postgres, prometheus, grafana } = compose.services;

  it('builds one image, once, for the API and the projector', () => {
    expect(api.image).toBeDefined();
    expect(projector.image).toBe(api.image);
    expect(Object.entries(compose.services).filter(([, service]) => service.build !== undefined).map(([name]) => name)).toEqual(['api']);
  });

  it('gives every service a restart policy and the API and the projector healthchecks on their probes', () => {
    for (const [name, service] of Object.entries(compose.services)) expect([name, service.restart]).toEqual([name, 'unless-stopped']);
    expect(api.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${api.environment!.PORT}/health/ready`);
    expect(projector.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${projector.environment!.METRICS_PORT}/health/live`);
    expect(projector.environment).toMatchObject({ NODE_ENV: 'production', METRICS_HOST: '0.0.0.0' });
  });

  it('starts production with an empty ledger, and ends idle transactions on the database', () => {
    expect(api.environment).toMatchObject({ NODE_ENV: 'production', SEED_DEMO: '${SEED_DEMO:-false}', RUN_PROJECTOR: 'false' });
    expect(postgres.command!.join(' ')).toMatch(/-c idle_in_transaction_session_timeout=\d+s/);
  });

  it('runs Prometheus and Grafana only in the observability profile, with every file they mount checked in (the token is the operator’s)', () => {
    expect(prometheus.profiles).toEqual(['observability']);
    expect(grafana.profiles).toEqual(['observability']);
    expect(api.profiles).toBeUndefined();
    const mounted = [...prometheus.volumes!, ...grafana.volumes!].filter((volume) => volume.startsWith('./')).map((volume) => volume.split(':')[0]);
    expect(mounted).toContain('./ops/prometheus/admin.token');
    for (const path of mounted.filter((path) => !path.endsWith('admin.token'))) expect([path, existsSync(join(ROOT, path))]).toEqual([path, true]);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toMatch(/^ops\/prometheus\/admin\.token$/m);
  });

  it('scrapes the API with the admin token it mounts, and the projector on its metrics port', () => {
    const config = readYaml('ops/prometheus/prometheus.yml') as { scrape_configs: { job_name: string; authorization?: { credentials_file: string }; static_configs: { targets: string[] }[] }[] };
    const jobs = Object.fromEntries(config.scrape_configs.map((job) => [job.job_name, job]));
    expect(jobs['ledger-api'].static_configs[0].targets).toEqual([`api:${api.environment!.PORT}`]);
    expect(prometheus.volumes).toContain(`./ops/prometheus/admin.token:${jobs['ledger-api'].authorization!.credentials_file}:ro`);
    expect(jobs['ledger-projector'].static_configs[0].targets).toEqual([`projector:${projector.environment!.METRICS_PORT}`]);
    expect(jobs['ledger-projector'].authorization).toBeUndefined();
  });

  it('plots on the dashboard only metrics the app exports', async () => {
    const dashboard = JSON.parse(readFileSync(join(ROOT, 'ops/grafana/dashboards/supervision-ledger.json'), 'utf8')) as { uid: string; panels: { title: string; targets: { expr: string }[] }[] };
    const metrics = new LedgerMetrics();
    registerReadSideGauges(metrics, { status: async () => [], heldBack: async () => null });
    const exported = new Set((await metrics.registry.getMetricsAsJSON()).flatMap((metric) => (String(metric.type) === 'histogram' ? ['_bucket', '_count', '_sum'].map((suffix) => metric.name + suffix) : [metric.name])));
    const plotted = dashboard.panels.flatMap((panel) => panel.targets.flatMap((target) => target.expr.match(/\b(ledger|http)_[a-z_]+\b/g) ?? []));
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(8);
    expect(plotted.length).toBeGreaterThanOrEqual(12);
    expect([...new Set(plotted)].filter((name) => !exported.has(name))).toEqual([]);
    const provisioning = readYaml('ops/grafana/provisioning/dashboards/ledger.yml') as { providers: { options: { path: string } }[] };
    expect(grafana.volumes).toContain(`./ops/grafana/dashboards:${provisioning.providers[0].options.path}:ro`);
  });
});
