/**
 * `DATABASE_URL=<the owner's URL> npm run db:migrate`: for a DATABASE_URL deployment, brings the event
 * log's schema up to date as its owner and grants the application's and the projector's roles what
 * they may do (README, "Database roles"); the API and the projector then connect with their own
 * roles. LEDGER_ROLE_PREFIX (default ledger) names the roles: <prefix>_app, <prefix>_projector.
 * Exit 0 done, 2 usage.
 */
import { Pool } from 'pg';
import { ledgerPrivilegesSql, ledgerRoleNames, migrateEventStore } from '@app/event-store';

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write(
      'usage: DATABASE_URL=<the event log owner’s URL> [LEDGER_ROLE_PREFIX=ledger] npm run db:migrate\n',
    );
    return 2;
  }
  const roles = ledgerRoleNames(process.env.LEDGER_ROLE_PREFIX || undefined);
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const applied = await migrateEventStore(pool);
    await pool.query(ledgerPrivilegesSql(roles));
    process.stdout.write(
      `event log migrated (${applied.length === 0 ? 'already up to date' : `applied ${applied.join(', ')}`}); ${roles.application} may read and append, ${roles.projector} may read and append\n`,
    );
    return 0;
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
