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
  entrypoint?: string[];
  depends_on?: Record<string, { condition: string }>;
  build?: unknown;
  command?: string[];
  restart?: string;
  profiles?: string[];
  environment?: Record<string, string | number>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
}

describe('the deployment files', () => {
  const compose = readYaml('docker-compose.yml') as { services: Record<string, Service> };
  const { api, projector, postgres, prometheus, grafana, migrate } = compose.services;
  const ONE_SHOT = ['migrate', 'kurrentdb-certs', 'minio-bucket'];
  const CLUSTER_NODES = ['kurrentdb-1', 'kurrentdb-2', 'kurrentdb-3'];

  it('builds one image, once, for the migrations, the API and the projector', () => {
    expect(api.image).toBeDefined();
    expect(projector.image).toBe(api.image);
    expect(migrate.image).toBe(api.image);
    expect(
      Object.entries(compose.services)
        .filter(([, service]) => service.build !== undefined)
        .map(([name]) => name),
    ).toEqual(['migrate']);
  });

  it('gives every long-running service a restart policy, the one-shot ones none, and the API and the projector healthchecks on their probes', () => {
    for (const [name, service] of Object.entries(compose.services))
      expect([name, service.restart]).toEqual([name, ONE_SHOT.includes(name) ? 'no' : 'unless-stopped']);
    expect(api.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${api.environment!.PORT}/health/ready`);
    expect(projector.healthcheck!.test.join(' ')).toContain(
      `http://127.0.0.1:${projector.environment!.METRICS_PORT}/health/live`,
    );
    expect(projector.environment).toMatchObject({ NODE_ENV: 'production', METRICS_HOST: '0.0.0.0' });
  });

  it('starts production with an empty ledger, and ends idle transactions on the database', () => {
    expect(api.environment).toMatchObject({
      NODE_ENV: 'production',
      SEED_DEMO: '${SEED_DEMO:-false}',
      RUN_PROJECTOR: 'false',
    });
    expect(postgres.command!.join(' ')).toMatch(/-c idle_in_transaction_session_timeout=\d+s/);
  });

  it('runs the migrations once as the owner, and the API and the projector each as its own least-privileged role', () => {
    const roleOf = (url: string | number | undefined) => /^postgres:\/\/([a-z_]+):/.exec(String(url))?.[1];
    expect(roleOf(migrate.environment!.DATABASE_URL)).toBe('ledger_owner');
    expect(migrate.command).toEqual(['node', 'dist/apps/api/src/cli/db-migrate.js']);
    expect(roleOf(api.environment!.DATABASE_URL)).toBe('ledger_app');
    expect(roleOf(projector.environment!.DATABASE_URL)).toBe('ledger_projector');
    for (const service of [api, projector])
      expect(service.depends_on!.migrate).toEqual({ condition: 'service_completed_successfully' });
    // The projector's role makes the read-model tables; the API's may only read them, so it starts after.
    expect(api.depends_on!.projector).toEqual({ condition: 'service_healthy' });
    // No ledger process connects as the superuser, which only runs the role script on a new volume.
    const superuser = String(postgres.environment!.POSTGRES_USER);
    for (const service of Object.values(compose.services))
      expect(roleOf(service.environment?.DATABASE_URL) ?? 'none').not.toBe(superuser);
    const script = postgres.volumes!.find((volume) => volume.includes('/docker-entrypoint-initdb.d/'))!.split(':')[0];
    const sql = readFileSync(join(ROOT, script), 'utf8');
    for (const role of ['ledger_owner', 'ledger_app', 'ledger_projector'])
      expect(sql).toContain(`create role ${role} login`);
    expect(sql).toContain('alter database ledger owner to ledger_owner');
    expect(sql).toContain(
      'alter default privileges for role ledger_projector in schema public grant select on tables to ledger_app',
    );
  });

  it('runs a secure 3-node KurrentDB cluster in the cluster profile, with certificates made by a one-shot service', () => {
    const certs = compose.services['kurrentdb-certs'];
    expect(certs.profiles).toEqual(['cluster']);
    expect(certs.image).toMatch(/es-gencert-cli/);
    const made = certs.command!.join(' ');
    expect(made).toContain('es-gencert-cli create-ca');
    for (const name of CLUSTER_NODES) {
      const node = compose.services[name];
      expect([name, node.profiles]).toEqual([name, ['cluster']]);
      expect(node.image).toBe(compose.services.eventstore.image);
      expect(node.depends_on).toEqual({ 'kurrentdb-certs': { condition: 'service_completed_successfully' } });
      expect(node.environment).toMatchObject({
        KURRENTDB_CLUSTER_SIZE: 3,
        KURRENTDB_CERTIFICATE_FILE: `/certs/${name}/node.crt`,
        KURRENTDB_TRUSTED_ROOT_CERTIFICATES_PATH: '/certs/ca',
      });
      expect(node.environment!.KURRENTDB_INSECURE).toBeUndefined();
      // Each node seeds its gossip with the two others.
      expect(String(node.environment!.KURRENTDB_GOSSIP_SEED).split(',').sort()).toEqual(
        CLUSTER_NODES.filter((other) => other !== name).map((other) => `${other}:2113`),
      );
      expect(made).toContain(name);
      expect(node.healthcheck!.test.join(' ')).toContain('https://localhost:2113/health/live');
    }
    // The app can be pointed at it: the connection string is the operator's, and the CA is mounted where tlsCAFile finds it.
    expect(api.environment!.EVENTSTORE_CONNECTION_STRING).toBe(
      '${EVENTSTORE_CONNECTION_STRING:-esdb://eventstore:2113?tls=false}',
    );
    for (const service of [api, projector]) expect(service.volumes).toContain('kurrentdb-certs:/certs:ro');
  });

  it('runs Prometheus and Grafana only in the observability profile, with every file they mount checked in (the token is the operator’s)', () => {
    expect(prometheus.profiles).toEqual(['observability']);
    expect(grafana.profiles).toEqual(['observability']);
    expect(api.profiles).toBeUndefined();
    const mounted = [...prometheus.volumes!, ...grafana.volumes!]
      .filter((volume) => volume.startsWith('./'))
      .map((volume) => volume.split(':')[0]);
    expect(mounted).toContain('./ops/prometheus/admin.token');
    for (const path of mounted.filter((path) => !path.endsWith('admin.token')))
      expect([path, existsSync(join(ROOT, path))]).toEqual([path, true]);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toMatch(/^ops\/prometheus\/admin\.token$/m);
  });

  it('runs MinIO for the evidence files only in the s3 profile, and leaves the API on PostgreSQL unless EVIDENCE_STORE says s3', () => {
    const { minio } = compose.services;
    expect(minio.profiles).toEqual(['s3']);
    expect(compose.services['minio-bucket'].profiles).toEqual(['s3']);
    expect(minio.ports).toEqual(['127.0.0.1:9000:9000']);
    expect(api.environment!.EVIDENCE_STORE).toBe('${EVIDENCE_STORE:-postgres}');
    expect(
      Object.keys(api.environment!)
        .filter((name) => name.startsWith('S3_'))
        .sort(),
    ).toEqual([
      'S3_ACCESS_KEY_ID',
      'S3_BUCKET',
      'S3_ENDPOINT',
      'S3_FORCE_PATH_STYLE',
      'S3_KEY_PREFIX',
      'S3_REGION',
      'S3_SECRET_ACCESS_KEY',
    ]);
  });

  it('scrapes the API with the admin token it mounts, and the projector on its metrics port', () => {
    const config = readYaml('ops/prometheus/prometheus.yml') as {
      scrape_configs: {
        job_name: string;
        authorization?: { credentials_file: string };
        static_configs: { targets: string[] }[];
      }[];
    };
    const jobs = Object.fromEntries(config.scrape_configs.map((job) => [job.job_name, job]));
    expect(jobs['ledger-api'].static_configs[0].targets).toEqual([`api:${api.environment!.PORT}`]);
    expect(prometheus.volumes).toContain(
      `./ops/prometheus/admin.token:${jobs['ledger-api'].authorization!.credentials_file}:ro`,
    );
    expect(jobs['ledger-projector'].static_configs[0].targets).toEqual([
      `projector:${projector.environment!.METRICS_PORT}`,
    ]);
    expect(jobs['ledger-projector'].authorization).toBeUndefined();
  });

  it('plots on the dashboard only metrics the app exports', async () => {
    const dashboard = JSON.parse(
      readFileSync(join(ROOT, 'ops/grafana/dashboards/supervision-ledger.json'), 'utf8'),
    ) as { uid: string; panels: { title: string; targets: { expr: string }[] }[] };
    const metrics = new LedgerMetrics();
    registerReadSideGauges(metrics, { status: async () => [], heldBack: async () => null });
    const exported = new Set(
      (await metrics.registry.getMetricsAsJSON()).flatMap((metric) =>
        String(metric.type) === 'histogram'
          ? ['_bucket', '_count', '_sum'].map((suffix) => metric.name + suffix)
          : [metric.name],
      ),
    );
    const plotted = dashboard.panels.flatMap((panel) =>
      panel.targets.flatMap((target) => target.expr.match(/\b(ledger|http)_[a-z_]+\b/g) ?? []),
    );
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(8);
    expect(plotted.length).toBeGreaterThanOrEqual(12);
    expect([...new Set(plotted)].filter((name) => !exported.has(name))).toEqual([]);
    const provisioning = readYaml('ops/grafana/provisioning/dashboards/ledger.yml') as {
      providers: { options: { path: string } }[];
    };
    expect(grafana.volumes).toContain(`./ops/grafana/dashboards:${provisioning.providers[0].options.path}:ro`);
  });
});
