/**
 * Least privilege in the database: the application's credentials read events and append them
 * through append_events, and nothing else touches the log — not by any SQL the role has.
 */
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { provisionLedgerRoles, type LedgerDatabaseUrls } from '@app/event-store';
import {
  DEFAULT_NOTIFIER_SETTINGS,
  markInboxRead,
  notifierProjection,
  retryDelivery,
  writeDeliveries,
  type DeliveryRecord,
} from '@app/notifier';
import { createTestDatabase } from '@app/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { auditGet, givenHistory } from '../audit/audit-support';

async function asRole(url: string, sql: string, values: unknown[] = []): Promise<{ rows: Record<string, unknown>[] }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

const APPEND =
  'select * from append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[])';
const appendArgs = (stream: string, expected: bigint, ids: string[]) => [
  stream,
  expected.toString(),
  ids,
  ids.map(() => 'Forged'),
  ids.map(() => '{}'),
  ids.map(() => '{}'),
  ids.map(() => null),
];

describe('the application’s database role', () => {
  let app: TestApp;
  let urls: LedgerDatabaseUrls;
  let taskId: string;
  let before: { rows: Record<string, unknown>[] };
  const prefix = `lp${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const superuserUrl = await createTestDatabase('least_privilege');
    const passwords = Object.fromEntries(
      ['owner', 'app', 'projector'].map((role) => [`${prefix}_${role}`, randomBytes(12).toString('hex')]),
    );
    urls = await provisionLedgerRoles(superuserUrl, { prefix, passwords });
    // The whole application on the application's credentials: commands, the projector, the audit.
    app = await startTestApp({ databaseUrl: urls.applicationUrl });
    taskId = await givenHistory(app);
    before = await asRole(urls.ownerUrl, 'select * from events order by global_position');
  });
  afterAll(() => app?.close());

  it('runs the ledger: commands append, the projector writes the read models, the audit reads the log', async () => {
    expect(before.rows.length).toBeGreaterThanOrEqual(10);
    expect(before.rows.every((row) => row.recorded_at instanceof Date)).toBe(true);
    const owners = await asRole(
      urls.ownerUrl,
      "select tablename, tableowner from pg_tables where schemaname = 'public' and tablename in ('events', 'event_streams')",
    );
    expect(owners.rows.map((row) => row.tableowner)).toEqual([`${prefix}_owner`, `${prefix}_owner`]);
    expect((await auditGet(app, `/api/audit/tasks/${taskId}/history`)).status).toBe(200);
    expect((await auditGet(app, '/api/audit/verify')).body).toMatchObject({ ok: true });
  });

  it.each([
    ['UPDATE', "update events set data = jsonb_set(data, '{title}', '\"改过的标题\"')"],
    ['DELETE', 'delete from events'],
    ['TRUNCATE', 'truncate events'],
    [
      'INSERT past the append function',
      "insert into events (stream_id, stream_revision, event_id, event_type, data, metadata) values ('task-x', 0, gen_random_uuid(), 'Forged', '{}', '{}')",
    ],
    ['moving a stream’s head', 'update event_streams set revision = 0'],
    ['ALTER TABLE … DISABLE TRIGGER', 'alter table events disable trigger events_refuse_change'],
    ['DROP TRIGGER', 'drop trigger events_refuse_change on events'],
    ['turning triggers off for the session', 'set session_replication_role = replica'],
    ['DROP TABLE', 'drop table events'],
    ['ALTER TABLE … RENAME', 'alter table events rename to old_events'],
    ['LOCK … ACCESS EXCLUSIVE', 'begin; lock table events in access exclusive mode; commit'],
    ['a rule on the table', 'create rule quiet as on insert to events do instead nothing'],
    [
      'replacing the append function',
      'create or replace function append_events(p_stream text, p_expected bigint, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[], p_recorded_at timestamptz[]) returns table (next_revision bigint, tx xid8, last_position bigint) language sql as $$ select 0::bigint, pg_current_xact_id(), 0::bigint $$',
    ],
    [
      'making the append function run with the caller’s rights',
      'alter function append_events(text, bigint, uuid[], text[], jsonb[], jsonb[], timestamptz[]) security invoker',
    ],
    ['calling the trigger function', 'select events_are_immutable()'],
  ])('cannot alter or delete an event by %s', async (_, sql) => {
    await expect(asRole(urls.applicationUrl, sql)).rejects.toMatchObject({
      code: expect.stringMatching(/^(42501|0A000|42883)$/),
    });
  });

  it('may store and read evidence files, and cannot change or remove one by any SQL it has', async () => {
    const hash = 'e'.repeat(64);
    await asRole(
      urls.applicationUrl,
      "insert into evidence_files (sha256, media_type, size, bytes) values ($1, 'application/pdf', 4, '\\x25504446')",
      [hash],
    );
    expect(
      (await asRole(urls.applicationUrl, 'select size from evidence_files where sha256 = $1', [hash])).rows,
    ).toEqual([{ size: '4' }]);
    const owners = await asRole(
      urls.ownerUrl,
      "select tableowner from pg_tables where schemaname = 'public' and tablename = 'evidence_files'",
    );
    expect(owners.rows).toEqual([{ tableowner: `${prefix}_owner` }]);
    for (const sql of [
      "update evidence_files set bytes = '\\x00'",
      'delete from evidence_files',
      'truncate evidence_files',
      'alter table evidence_files disable trigger evidence_files_refuse_change',
      'drop table evidence_files',
      "insert into evidence_files (sha256, media_type, size, bytes) values ($1, 'application/pdf', 1, '\\x00') on conflict (sha256) do update set bytes = excluded.bytes",
    ]) {
      await expect(asRole(urls.applicationUrl, sql, sql.includes('$1') ? [hash] : [])).rejects.toMatchObject({
        code: expect.stringMatching(/^(42501|EL403)$/),
      });
    }
    expect(
      (await asRole(urls.ownerUrl, "select encode(bytes, 'hex') as hex from evidence_files where sha256 = $1", [hash]))
        .rows,
    ).toEqual([{ hex: '25504446' }]);
  });

  it('cannot bend the append function to rewrite: a stale revision, another stream’s event ids, or a replay change nothing', async () => {
    const [first] = before.rows as { event_id: string; stream_id: string }[];
    await expect(
      asRole(urls.applicationUrl, APPEND, appendArgs(first.stream_id, 0n, [randomUUID()])),
    ).rejects.toMatchObject({ code: 'EL409' });
    await expect(
      asRole(urls.applicationUrl, APPEND, appendArgs(`task-${randomUUID()}`, -1n, [first.event_id])),
    ).rejects.toMatchObject({ code: '23505' });
    const replay = await asRole(urls.applicationUrl, APPEND, appendArgs(first.stream_id, -1n, [first.event_id]));
    expect(replay.rows).toHaveLength(1);
  });

  it('leaves every event as it was, and the chains intact', async () => {
    const after = await asRole(urls.ownerUrl, 'select * from events order by global_position');
    expect(after.rows).toEqual(before.rows);
    expect((await auditGet(app, '/api/audit/verify')).body).toMatchObject({
      ok: true,
      eventsChecked: before.rows.length,
    });
  });
});

describe('the projector’s database role', () => {
  it('reads events, appends only through append_events (its deadline watcher does), cannot alter them, and makes read models the application reads', async () => {
    const superuserUrl = await createTestDatabase('least_privilege_projector');
    const prefix = `lq${randomBytes(4).toString('hex')}`;
    const passwords = Object.fromEntries(
      ['owner', 'app', 'projector'].map((role) => [`${prefix}_${role}`, randomBytes(12).toString('hex')]),
    );
    const urls = await provisionLedgerRoles(superuserUrl, { prefix, passwords });
    expect((await asRole(urls.projectorUrl, 'select count(*)::int as n from events')).rows).toEqual([{ n: 0 }]);
    await asRole(urls.projectorUrl, APPEND, appendArgs('task-p', -1n, [randomUUID()]));
    for (const sql of [
      'delete from events',
      'update events set data = data',
      'truncate events',
      'alter table events disable trigger events_refuse_change',
    ]) {
      await expect(asRole(urls.projectorUrl, sql)).rejects.toMatchObject({ code: '42501' });
    }
    await asRole(
      urls.projectorUrl,
      'create table board_probe (id int primary key); insert into board_probe values (1)',
    );
    expect((await asRole(urls.applicationUrl, 'select id from board_probe')).rows).toEqual([{ id: 1 }]);
    await expect(asRole(urls.applicationUrl, 'delete from board_probe')).rejects.toMatchObject({ code: '42501' });
  });
});

describe('the notifier’s tables, made by the projector’s role', () => {
  const prefix = `ln${randomBytes(4).toString('hex')}`;
  let urls: LedgerDatabaseUrls;
  let asProjector: DataSource;
  let asApplication: DataSource;
  const delivery = (channel: 'inbox' | 'webhook', address: string): DeliveryRecord => ({
    id: randomUUID(),
    causeId: randomUUID(),
    cause: 'urged',
    taskId: 'task-n',
    recipient: 'unit:u-1',
    channel,
    address,
    title: '督办提醒',
    body: '请尽快办理',
    occurredAt: '2026-03-02T08:00:00.000Z',
  });
  const inbox = delivery('inbox', 'unit:u-1');
  const webhook = delivery('webhook', 'https://hooks.example/ledger');
  const connect = (url: string) =>
    new DataSource({ type: 'postgres', url, entities: [], synchronize: false, logging: ['error'] }).initialize();

  beforeAll(async () => {
    const superuserUrl = await createTestDatabase('least_privilege_notifier');
    const passwords = Object.fromEntries(
      ['owner', 'app', 'projector'].map((role) => [`${prefix}_${role}`, randomBytes(12).toString('hex')]),
    );
    urls = await provisionLedgerRoles(superuserUrl, { prefix, passwords });
    asProjector = await connect(urls.projectorUrl);
    asApplication = await connect(urls.applicationUrl);
    // What the projector process does on its first start, named as loadNotifierSettings names the API's role.
    const projection = notifierProjection({}, { applicationRole: `${prefix}_app` });
    await asProjector.transaction((manager) =>
      projection.createTables(manager, Object.fromEntries(projection.tables.map((table) => [table, table]))),
    );
    await writeDeliveries(asProjector.manager, [inbox, webhook]);
    await asProjector.query(
      "update notification_deliveries set status = 'dead', attempts = 8, last_error = '502' where id = $1",
      [webhook.id],
    );
  });
  afterAll(async () => {
    await asProjector?.destroy();
    await asApplication?.destroy();
  });

  it('lets the API’s role mark an inbox entry read and retry a dead delivery', async () => {
    const owners = await asRole(
      urls.ownerUrl,
      "select distinct tableowner from pg_tables where tablename in ('notification_deliveries', 'notification_reads')",
    );
    expect(owners.rows).toEqual([{ tableowner: `${prefix}_projector` }]);
    const read = await markInboxRead(asApplication.manager, inbox.id, ['unit:u-1'], 'u-1', new Date());
    expect(read).toEqual({ readAt: expect.any(String) });
    expect(await retryDelivery(asApplication.manager, webhook.id)).toEqual({ kind: 'retried', status: 'pending' });
    const [row] = await asProjector.query(
      'select status, attempts, last_error, title, recipient from notification_deliveries where id = $1',
      [webhook.id],
    );
    expect(row).toEqual({ status: 'pending', attempts: 0, last_error: null, title: '督办提醒', recipient: 'unit:u-1' });
  });

  it.each([
    [
      'inserting a delivery',
      "insert into notification_deliveries (id, cause_id, cause, recipient, channel, address, title, body, occurred_at, status) values (gen_random_uuid(), 'c', 'urged', 'unit:u-1', 'inbox', 'unit:u-1', '伪造', '伪造', now(), 'delivered')",
    ],
    ['deleting a delivery', 'delete from notification_deliveries'],
    ['rewriting a delivery’s title', "update notification_deliveries set title = '改过的标题'"],
    ['redirecting a delivery', "update notification_deliveries set recipient = 'unit:u-2', address = 'unit:u-2'"],
    ['removing a read mark', 'delete from notification_reads'],
    ['emptying the deliveries', 'truncate notification_deliveries'],
  ])('refuses the API’s role %s', async (_, sql) => {
    await expect(asRole(urls.applicationUrl, sql)).rejects.toMatchObject({ code: '42501' });
  });

  it('grants nothing in the embedded mode, where the API’s role makes the tables itself', async () => {
    expect(DEFAULT_NOTIFIER_SETTINGS.applicationRole).toBe('ledger_app');
    const superuserUrl = await createTestDatabase('least_privilege_notifier_embedded');
    const embedded = `lm${randomBytes(4).toString('hex')}`;
    const passwords = Object.fromEntries(
      ['owner', 'app', 'projector'].map((role) => [`${embedded}_${role}`, randomBytes(12).toString('hex')]),
    );
    const embeddedUrls = await provisionLedgerRoles(superuserUrl, { prefix: embedded, passwords });
    const own = await connect(embeddedUrls.applicationUrl);
    try {
      const projection = notifierProjection({}, { applicationRole: `${embedded}_app` });
      await own.transaction((manager) =>
        projection.createTables(manager, Object.fromEntries(projection.tables.map((table) => [table, table]))),
      );
      const acl = await asRole(
        embeddedUrls.ownerUrl,
        "select relname, relacl from pg_class where relname in ('notification_deliveries', 'notification_reads') order by relname",
      );
      expect(acl.rows).toEqual([
        { relname: 'notification_deliveries', relacl: null },
        { relname: 'notification_reads', relacl: null },
      ]);
    } finally {
      await own.destroy();
    }
  });
});

describe('a DATABASE_URL deployment', () => {
  it('makes the roles with the README’s SQL, migrates as the owner with db:migrate, and the application then appends but cannot alter', async () => {
    const superuserUrl = await createTestDatabase('least_privilege_deployment');
    const prefix = `lr${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    const database = new URL(superuserUrl).pathname.slice(1);
    // README, "Database roles", with the prefix and a password.
    await asRole(
      superuserUrl,
      `
      create role ${prefix}_owner login password '${password}';
      create role ${prefix}_app login password '${password}';
      create role ${prefix}_projector login password '${password}';
      grant connect on database "${database}" to ${prefix}_owner, ${prefix}_app, ${prefix}_projector;
      grant usage, create on schema public to ${prefix}_owner, ${prefix}_app, ${prefix}_projector;
      alter default privileges for role ${prefix}_projector in schema public grant select on tables to ${prefix}_app;`,
    );
    const as = (role: string) =>
      Object.assign(new URL(superuserUrl), { username: `${prefix}_${role}`, password }).toString();
    const migrated = await promisify(execFile)(
      process.execPath,
      [join(__dirname, '../../dist/apps/api/src/cli/db-migrate.js')],
      { env: { PATH: process.env.PATH ?? '', DATABASE_URL: as('owner'), LEDGER_ROLE_PREFIX: prefix } },
    );
    expect(migrated.stdout).toContain(`${prefix}_app may read and append`);
    await asRole(as('app'), APPEND, appendArgs('task-deployed', -1n, [randomUUID()]));
    await expect(asRole(as('app'), 'update events set data = data')).rejects.toMatchObject({ code: '42501' });
    await expect(asRole(as('app'), 'alter table events disable trigger events_refuse_change')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(asRole(as('projector'), 'delete from events')).rejects.toMatchObject({ code: '42501' });
    expect((await asRole(as('projector'), 'select count(*)::int as n from events')).rows).toEqual([{ n: 1 }]);
  });
});
