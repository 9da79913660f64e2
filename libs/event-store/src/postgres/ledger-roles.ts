/**
 * Least privilege in the database. Three roles: the owner, which owns the event log and runs its
 * migrations; the application's role (the API, and in the embedded mode its projector too), which
 * may read events and append them only through append_events; the projector's role, which reads
 * events and writes the read models (and appends through append_events too: the deadline watcher it
 * hosts records missed deadlines). Neither of the last two owns the log, so neither can UPDATE,
 * DELETE, TRUNCATE, disable its trigger or drop it. LEDGER_PRIVILEGES_SQL is what a DATABASE_URL
 * deployment runs (as the owner, after the migrations); provisionLedgerRoles does it all for the
 * embedded server.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { migrateEventStore } from './migrate';
import { APPEND_SIGNATURE } from './migrations';

export interface LedgerRoleNames {
  readonly owner: string;
  readonly application: string;
  readonly projector: string;
}

export function ledgerRoleNames(prefix = 'ledger'): LedgerRoleNames {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(prefix))
    throw new Error(`a role prefix is lower-case letters, digits and _, not ${prefix}`);
  return { owner: `${prefix}_owner`, application: `${prefix}_app`, projector: `${prefix}_projector` };
}

/**
 * The grants on the event log, run by its owner after the migrations. append_events runs with its
 * owner's rights (security definer, search_path pinned so no object of the caller's can stand in
 * for a table or operator), so the application needs no INSERT on events: it appends only as the
 * function decides (expected revision, revisions in order, the stream's head kept).
 */
export function ledgerPrivilegesSql(roles: LedgerRoleNames = ledgerRoleNames()): string {
  const { application, projector } = roles;
  return `
revoke all on events, event_streams, event_store_migrations from public;
revoke all on sequence events_global_position_seq from public;
grant select on events, event_streams, event_store_migrations to ${application}, ${projector};
alter function ${APPEND_SIGNATURE} security definer set search_path = pg_catalog, public;
revoke all on function ${APPEND_SIGNATURE} from public;
grant execute on function ${APPEND_SIGNATURE} to ${application}, ${projector};
revoke all on function events_are_immutable() from public;
revoke all on evidence_files from public;
grant select, insert on evidence_files to ${application};
grant select on evidence_files to ${projector};
revoke all on function evidence_files_are_immutable() from public;
revoke all on ledger_settings from public;
grant select, insert on ledger_settings to ${application}, ${projector};
revoke all on function ledger_settings_are_immutable() from public;`;
}

/** Schema rights: the application and the projector create their own tables (read models, checkpoints, keys, seals), and the application reads what the projector writes. */
export function schemaPrivilegesSql(roles: LedgerRoleNames = ledgerRoleNames()): string {
  const { owner, application, projector } = roles;
  return `
revoke create on schema public from public;
grant usage, create on schema public to ${owner}, ${application}, ${projector};
alter default privileges for role ${projector} in schema public grant select on tables to ${application};`;
}

export interface LedgerDatabaseUrls {
  readonly ownerUrl: string;
  readonly applicationUrl: string;
  readonly projectorUrl: string;
}

const EVENT_STORE_TABLES = ['events', 'event_streams', 'event_store_migrations', 'evidence_files', 'ledger_settings'];

/**
 * As a superuser: makes the roles (passwords kept in the data folder, never a constant), hands the
 * event log to the owner and everything else a process made before to the application's role,
 * migrates as the owner, and grants. Idempotent: every start of the embedded mode runs it.
 */
export async function provisionLedgerRoles(
  superuserUrl: string,
  options: { readonly dataDir?: string; readonly prefix?: string; readonly passwords?: Record<string, string> } = {},
): Promise<LedgerDatabaseUrls> {
  const roles = ledgerRoleNames(options.prefix);
  const passwords = options.passwords ?? readOrCreatePasswords(options.dataDir!, roles);
  const admin = new Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    // Roles are the server's, not the database's: one process at a time, across databases too.
    await admin.query('select pg_advisory_lock(7246021)');
    const database = (await admin.query<{ name: string }>('select current_database() as name')).rows[0].name;
    for (const role of [roles.owner, roles.application, roles.projector]) {
      const exists = (await admin.query('select 1 from pg_roles where rolname = $1', [role])).rowCount! > 0;
      const password = passwords[role].replace(/'/g, "''");
      await admin.query(
        `${exists ? 'alter' : 'create'} role ${role} with login nosuperuser nocreatedb nocreaterole noinherit password '${password}'`,
      );
      await admin.query(`grant connect on database "${database}" to ${role}`);
    }
    await admin.query(schemaPrivilegesSql(roles));
    await handOver(admin, roles);
  } finally {
    await admin.query('select pg_advisory_unlock(7246021)').catch(() => undefined);
    await admin.end();
  }
  const urls = {
    ownerUrl: as(superuserUrl, roles.owner, passwords),
    applicationUrl: as(superuserUrl, roles.application, passwords),
    projectorUrl: as(superuserUrl, roles.projector, passwords),
  };
  const ownerPool = new Pool({ connectionString: urls.ownerUrl, max: 1 });
  try {
    await migrateEventStore(ownerPool);
    await ownerPool.query(ledgerPrivilegesSql(roles));
  } finally {
    await ownerPool.end();
  }
  return urls;
}

/** The log's objects to the owner; tables the superuser made before (an older data folder's read models) to the application. */
async function handOver(admin: Client, roles: LedgerRoleNames): Promise<void> {
  const { rows } = await admin.query<{ tablename: string; tableowner: string }>(
    "select tablename, tableowner from pg_tables where schemaname = 'public'",
  );
  const superuser = (await admin.query<{ name: string }>('select current_user as name')).rows[0].name;
  for (const { tablename, tableowner } of rows) {
    if (EVENT_STORE_TABLES.includes(tablename)) await admin.query(`alter table "${tablename}" owner to ${roles.owner}`);
    else if (tableowner === superuser) await admin.query(`alter table "${tablename}" owner to ${roles.application}`);
  }
  const functions = await admin.query<{ signature: string }>(
    "select p.oid::regprocedure::text as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and p.proname in ('append_events', 'events_are_immutable', 'evidence_files_are_immutable', 'ledger_settings_are_immutable')",
  );
  for (const { signature } of functions.rows) await admin.query(`alter function ${signature} owner to ${roles.owner}`);
}

function as(url: string, role: string, passwords: Record<string, string>): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = passwords[role];
  return parsed.toString();
}

function readOrCreatePasswords(dataDir: string, roles: LedgerRoleNames): Record<string, string> {
  const file = join(dataDir, 'postgres-role-passwords.json');
  const kept = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, string>;
  let changed = false;
  for (const role of [roles.owner, roles.application, roles.projector]) {
    if (kept[role]) continue;
    kept[role] = randomBytes(18).toString('base64url');
    changed = true;
  }
  if (changed) writeFileSync(file, JSON.stringify(kept, null, 2) + '\n', { mode: 0o600 });
  return kept;
}
