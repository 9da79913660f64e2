/**
 * The event store's schema, as numbered migrations applied once each. The log is append-only:
 * a trigger refuses UPDATE, DELETE and TRUNCATE, so only a superuser disabling it can alter history.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const EVENTS_TABLE = `
create table if not exists events (
  global_position bigserial primary key,
  -- The appending transaction's id: readers order by (transaction_id, global_position) and see only
  -- transactions below the oldest one still running, so a late commit can never be skipped.
  transaction_id xid8 not null default pg_current_xact_id(),
  stream_id text not null,
  stream_revision bigint not null,
  event_id uuid not null unique,
  event_type text not null,
  data jsonb not null,
  metadata jsonb not null,
  recorded_at timestamptz not null default clock_timestamp(),
  unique (stream_id, stream_revision)
);
create index if not exists events_log_order on events (transaction_id, global_position);
create table if not exists event_streams (
  stream_id text primary key,
  revision bigint not null
);`;

// One round trip per append. p_expected: -1 no stream, -2 any, otherwise the exact revision.
const APPEND_FUNCTION = `
create or replace function append_events(
  p_stream text, p_expected bigint, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[]
) returns table (next_revision bigint, tx xid8, last_position bigint)
language plpgsql as $$
declare
  v_count int := cardinality(p_ids);
  v_current bigint;
  v_first bigint;
  v_matches int;
begin
  insert into event_streams (stream_id, revision) values (p_stream, -1) on conflict (stream_id) do nothing;
  -- The row lock serialises appends to one stream; statements after it see what the winner committed.
  select s.revision into v_current from event_streams s where s.stream_id = p_stream for update;
  select e.stream_revision into v_first from events e where e.event_id = p_ids[1] and e.stream_id = p_stream;
  if found then
    select count(*) into v_matches
      from unnest(p_ids) with ordinality as i(id, n)
      join events e on e.event_id = i.id and e.stream_id = p_stream and e.stream_revision = v_first + i.n - 1;
    if v_matches = v_count and (p_expected = -2 or p_expected = v_first - 1) then
      return query select e.stream_revision, e.transaction_id, e.global_position from events e where e.event_id = p_ids[v_count];
      return;
    end if;
  end if;
  if p_expected <> -2 and p_expected <> v_current then
    raise exception 'wrong expected version' using errcode = 'EL409', detail = v_current::text;
  end if;
  return query
    with inserted as (
      insert into events (stream_id, stream_revision, event_id, event_type, data, metadata)
      select p_stream, v_current + i.n, i.id, p_types[i.n], p_data[i.n], p_metadata[i.n]
        from unnest(p_ids) with ordinality as i(id, n)
        order by i.n
      returning global_position
    )
    select v_current + v_count, pg_current_xact_id(), max(global_position) from inserted;
  update event_streams set revision = v_current + v_count where stream_id = p_stream;
  perform pg_notify('ledger_events', '');
end;
$$;`;

const IMMUTABLE_LOG = `
create or replace function events_are_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'the event log is append-only: % refused', tg_op using errcode = 'EL403';
end;
$$;
drop trigger if exists events_refuse_change on events;
create trigger events_refuse_change before update or delete on events for each row execute function events_are_immutable();
drop trigger if exists events_refuse_truncate on events;
create trigger events_refuse_truncate before truncate on events for each statement execute function events_are_immutable();`;

// Version 2 of the hash chain covers the recorded time, so the writer picks it and the function
// records it as given (the store's clock only where none is given). The only change from version 2
// of the function is p_recorded_at; the six-argument form is dropped rather than overloaded, since
// two forms would make a six-argument call ambiguous.
const APPEND_RECORDED_AT = `
drop function if exists append_events(text, bigint, uuid[], text[], jsonb[], jsonb[]);
create or replace function append_events(
  p_stream text, p_expected bigint, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[], p_recorded_at timestamptz[]
) returns table (next_revision bigint, tx xid8, last_position bigint)
language plpgsql as $$
declare
  v_count int := cardinality(p_ids);
  v_current bigint;
  v_first bigint;
  v_matches int;
begin
  insert into event_streams (stream_id, revision) values (p_stream, -1) on conflict (stream_id) do nothing;
  -- The row lock serialises appends to one stream; statements after it see what the winner committed.
  select s.revision into v_current from event_streams s where s.stream_id = p_stream for update;
  select e.stream_revision into v_first from events e where e.event_id = p_ids[1] and e.stream_id = p_stream;
  if found then
    select count(*) into v_matches
      from unnest(p_ids) with ordinality as i(id, n)
      join events e on e.event_id = i.id and e.stream_id = p_stream and e.stream_revision = v_first + i.n - 1;
    if v_matches = v_count and (p_expected = -2 or p_expected = v_first - 1) then
      return query select e.stream_revision, e.transaction_id, e.global_position from events e where e.event_id = p_ids[v_count];
      return;
    end if;
  end if;
  if p_expected <> -2 and p_expected <> v_current then
    raise exception 'wrong expected version' using errcode = 'EL409', detail = v_current::text;
  end if;
  return query
    with inserted as (
      insert into events (stream_id, stream_revision, event_id, event_type, data, metadata, recorded_at)
      select p_stream, v_current + i.n, i.id, p_types[i.n], p_data[i.n], p_metadata[i.n], coalesce(p_recorded_at[i.n], clock_timestamp())
        from unnest(p_ids) with ordinality as i(id, n)
        order by i.n
      returning global_position
    )
    select v_current + v_count, pg_current_xact_id(), max(global_position) from inserted;
  update event_streams set revision = v_current + v_count where stream_id = p_stream;
  perform pg_notify('ledger_events', '');
end;
$$;`;

// Version 5: version 4 without pg_notify, which took the notify-queue lock at every commit and so
// serialised concurrent appends; the appender notifies after the commit (commit-notifier.ts).
const NOTIFY_LINE = "  perform pg_notify('ledger_events', '');\n";
if (!APPEND_RECORDED_AT.includes(NOTIFY_LINE))
  throw new Error('append function 4 changed: write migration 5 out in full');
const APPEND_WITHOUT_NOTIFY = APPEND_RECORDED_AT.replace(
  'drop function if exists append_events(text, bigint, uuid[], text[], jsonb[], jsonb[]);\n',
  '',
).replace(NOTIFY_LINE, '');

// Evidence files (佐证材料): the bytes the events' attachments name, keyed by their SHA-256. Beside the
// log and as immutable as it: written once (the same bytes again are the same row), never changed.
const EVIDENCE_FILES = `
create table if not exists evidence_files (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text not null,
  size bigint not null check (size > 0),
  bytes bytea not null,
  stored_at timestamptz not null default clock_timestamp()
);
create or replace function evidence_files_are_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'evidence files are written once: % refused', tg_op using errcode = 'EL403';
end;
$$;
drop trigger if exists evidence_files_refuse_change on evidence_files;
create trigger evidence_files_refuse_change before update or delete on evidence_files for each row execute function evidence_files_are_immutable();
drop trigger if exists evidence_files_refuse_truncate on evidence_files;
create trigger evidence_files_refuse_truncate before truncate on evidence_files for each statement execute function evidence_files_are_immutable();`;

// Version 7: the bytes may live in an S3-compatible bucket (EVIDENCE_STORE=s3). The row stays (type,
// size, when stored, under the same written-once trigger) and says where the bytes are; a row in the
// bucket holds none, a row in PostgreSQL holds them. ALTER TABLE is the owner's, not a row change: the
// triggers of version 6 are untouched.
const EVIDENCE_STORED_IN = `
alter table evidence_files add column if not exists stored_in text not null default 'postgres';
alter table evidence_files alter column bytes drop not null;
alter table evidence_files drop constraint if exists evidence_files_stored_in;
alter table evidence_files add constraint evidence_files_stored_in check (
  stored_in in ('postgres', 's3') and (stored_in = 'postgres') = (bytes is not null)
);`;

// The ledger's settings chosen once, when it is created (its hash algorithm): a row per setting,
// written once by the first process to start and never changed, so the ledger cannot be switched
// to another algorithm under the events already hashed with one.
export const LEDGER_SETTINGS = `
create table if not exists ledger_settings (
  name text primary key,
  value text not null,
  set_at timestamptz not null default clock_timestamp()
);
create or replace function ledger_settings_are_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'ledger settings are written once, when the ledger is created: % refused', tg_op using errcode = 'EL403';
end;
$$;
drop trigger if exists ledger_settings_refuse_change on ledger_settings;
create trigger ledger_settings_refuse_change before update or delete on ledger_settings for each row execute function ledger_settings_are_immutable();
drop trigger if exists ledger_settings_refuse_truncate on ledger_settings;
create trigger ledger_settings_refuse_truncate before truncate on ledger_settings for each statement execute function ledger_settings_are_immutable();`;

// Version 9: a batch's per-event work is the rows and their index entries, nothing more.
// - The primary key is the log's order, (transaction_id, global_position), which the readers' index
//   was already: one index fewer for every event written. global_position stays unique as the
//   sequence hands it out, and the pair is unique with it.
// - The events come out of one multi-array unnest, not an array subscript per column per event
//   (each subscript of a jsonb[] walks the array from its start).
// - An existing stream is locked by the one statement that reads its head; the insert that makes
//   the row runs only for a new stream.
// CREATE OR REPLACE resets a function's security settings: whatever the grants made of version 5
// (security definer, search_path pinned) is given back to version 9, so an upgraded ledger's
// application role appends as before, whether or not its privileges are granted again.
/** The append function's signature, as GRANT and ALTER FUNCTION name it. */
export const APPEND_SIGNATURE = 'append_events(text, bigint, uuid[], text[], jsonb[], jsonb[], timestamptz[])';
const SET_BASED_APPEND = `
create unique index if not exists events_log_key on events (transaction_id, global_position);
alter table events drop constraint if exists events_pkey;
alter table events alter column global_position set not null;
alter table events add constraint events_pkey primary key using index events_log_key;
drop index if exists events_log_order;
select set_config('ledger.append_was_definer',
  coalesce((select prosecdef::text from pg_proc where oid = to_regprocedure('${APPEND_SIGNATURE}')), 'false'), true);
create or replace function append_events(
  p_stream text, p_expected bigint, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[], p_recorded_at timestamptz[]
) returns table (next_revision bigint, tx xid8, last_position bigint)
language plpgsql as $$
declare
  v_count int := cardinality(p_ids);
  v_current bigint;
  v_first bigint;
  v_matches int;
begin
  -- The row lock serialises appends to one stream; statements after it see what the winner committed.
  select s.revision into v_current from event_streams s where s.stream_id = p_stream for update;
  if not found then
    insert into event_streams (stream_id, revision) values (p_stream, -1) on conflict (stream_id) do nothing;
    select s.revision into v_current from event_streams s where s.stream_id = p_stream for update;
  end if;
  select e.stream_revision into v_first from events e where e.event_id = p_ids[1] and e.stream_id = p_stream;
  if found then
    select count(*) into v_matches
      from unnest(p_ids) with ordinality as i(id, n)
      join events e on e.event_id = i.id and e.stream_id = p_stream and e.stream_revision = v_first + i.n - 1;
    if v_matches = v_count and (p_expected = -2 or p_expected = v_first - 1) then
      return query select e.stream_revision, e.transaction_id, e.global_position from events e where e.event_id = p_ids[v_count];
      return;
    end if;
  end if;
  if p_expected <> -2 and p_expected <> v_current then
    raise exception 'wrong expected version' using errcode = 'EL409', detail = v_current::text;
  end if;
  return query
    with inserted as (
      insert into events (stream_id, stream_revision, event_id, event_type, data, metadata, recorded_at)
      select p_stream, v_current + i.n, i.id, i.type, i.data, i.metadata, coalesce(i.recorded_at, clock_timestamp())
        from unnest(p_ids, p_types, p_data, p_metadata, p_recorded_at) with ordinality as i(id, type, data, metadata, recorded_at, n)
        order by i.n
      returning global_position
    )
    select v_current + v_count, pg_current_xact_id(), max(global_position) from inserted;
  update event_streams set revision = v_current + v_count where stream_id = p_stream;
end;
$$;
do $$
begin
  if current_setting('ledger.append_was_definer')::boolean then
    alter function ${APPEND_SIGNATURE} security definer set search_path = pg_catalog, public;
  end if;
end;
$$;`;

export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'events table and streams', sql: EVENTS_TABLE },
  { version: 2, name: 'append function', sql: APPEND_FUNCTION },
  { version: 3, name: 'append-only log', sql: IMMUTABLE_LOG },
  { version: 4, name: 'append records the writer’s time', sql: APPEND_RECORDED_AT },
  { version: 5, name: 'append function notifies after commit, not inside it', sql: APPEND_WITHOUT_NOTIFY },
  { version: 6, name: 'evidence files, written once', sql: EVIDENCE_FILES },
  { version: 7, name: 'evidence files may be stored in an S3-compatible bucket', sql: EVIDENCE_STORED_IN },
  { version: 8, name: 'ledger settings, written once', sql: LEDGER_SETTINGS },
  { version: 9, name: 'set-based batch append, the log order as primary key', sql: SET_BASED_APPEND },
];
