#!/bin/sh
# Runs once, when the compose database's volume is first created (docker-entrypoint-initdb.d): the three
# roles of the README's "Database roles". ledger_owner owns the database and runs the migrations (the
# compose `migrate` service); the API connects as ledger_app, the projector as ledger_projector.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$LEDGER_OWNER_PASSWORD" -v app_password="$LEDGER_APP_PASSWORD" -v projector_password="$LEDGER_PROJECTOR_PASSWORD" <<'SQL'
create role ledger_owner login password :'owner_password';
create role ledger_app login password :'app_password';
create role ledger_projector login password :'projector_password';
alter database ledger owner to ledger_owner;
revoke all on database ledger from public;
grant connect on database ledger to ledger_owner, ledger_app, ledger_projector;
revoke create on schema public from public;
grant usage, create on schema public to ledger_owner, ledger_app, ledger_projector;
alter default privileges for role ledger_projector in schema public grant select on tables to ledger_app;
SQL
